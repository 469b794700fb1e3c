import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { joinClassAction } from '@/server/actions/join';
import { getDevice } from '@/server/auth/device';
import { listDeviceStudents } from '@/server/db/students';
import { JoinScreen } from '@/ui/join/join-screen';

type JoinParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: JoinParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('join.title') } : {};
}

export default async function JoinPage({ params }: JoinParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const memberships = await listDeviceStudents(await getDevice());
  return <JoinScreen locale={locale} code="" memberships={memberships} action={joinClassAction} t={getTranslator(locale)} />;
}
