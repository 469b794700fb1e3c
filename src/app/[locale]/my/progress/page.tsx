import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { startAttemptAction } from '@/server/actions/attempts';
import { getDevice } from '@/server/auth/device';
import { getMyProgressPageSubmittingExpired } from '@/server/quiz/my-progress-page';
import { MyProgressView } from '@/ui/progress/my-progress-view';

type ProgressParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: ProgressParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('myProgress.title') } : {};
}

/** "My progress": this device's practice and its students' assignments, as far as their feedback allows. */
export default async function MyProgressPage({ params }: ProgressParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const data = await getMyProgressPageSubmittingExpired(await getDevice(), locale);
  return <MyProgressView data={data} locale={locale} t={getTranslator(locale)} startAction={startAttemptAction} />;
}
