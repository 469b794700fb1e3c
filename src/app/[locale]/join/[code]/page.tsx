import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { joinCodeFromPath } from '@/domain/classes/join-links';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { joinClassAction } from '@/server/actions/join';
import { getDevice } from '@/server/auth/device';
import { checkJoinLinkCode } from '@/server/classes/join-limit';
import { getDeviceStudentByJoinCode } from '@/server/db/students';
import { JoinScreen } from '@/ui/join/join-screen';

type JoinCodeParams = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: JoinCodeParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('join.title') } : {};
}

/** The join form with the code from a link or QR code filled in, and the class it opens named. */
export default async function JoinWithCodePage({ params }: JoinCodeParams) {
  const { locale, code: segment } = await params;
  if (!isLocale(locale)) notFound();
  const code = joinCodeFromPath(segment);
  const [joinedHere, check] = await Promise.all([getDeviceStudentByJoinCode(await getDevice(), code), checkJoinLinkCode(code)]);
  return (
    <JoinScreen
      locale={locale}
      code={code}
      classroomName={check.kind === 'class' ? check.classroomName : undefined}
      isCodeUnknown={check.kind === 'unknown-code'}
      joinedHere={joinedHere}
      memberships={[]}
      action={joinClassAction}
      t={getTranslator(locale)}
    />
  );
}
