import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { joinCodeFromPath } from '@/domain/classes/join-links';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { joinClassAction } from '@/server/actions/join';
import { getDevice } from '@/server/auth/device';
import { getDeviceStudentByJoinCode } from '@/server/db/students';
import { JoinScreen } from '@/ui/join/join-screen';

type JoinCodeParams = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: JoinCodeParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('join.title') } : {};
}

/** The join form with the code from a link or QR code filled in. */
export default async function JoinWithCodePage({ params }: JoinCodeParams) {
  const { locale, code: segment } = await params;
  if (!isLocale(locale)) notFound();
  const code = joinCodeFromPath(segment);
  // Only the device's own classes are looked up: the page never tells a visitor whether a code exists.
  const joinedHere = await getDeviceStudentByJoinCode(await getDevice(), code);
  return <JoinScreen locale={locale} code={code} joinedHere={joinedHere} memberships={[]} action={joinClassAction} t={getTranslator(locale)} />;
}
