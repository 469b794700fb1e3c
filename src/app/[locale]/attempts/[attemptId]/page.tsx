import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getDevice } from '@/server/auth/device';
import { getResumeTarget } from '@/server/quiz/pages';

/** Resumes an attempt where it was left: the first unanswered scenario, or the results. */
export default async function ResumeAttemptPage({ params }: { params: Promise<{ locale: string; attemptId: string }> }) {
  const { locale, attemptId } = await params;
  if (!isLocale(locale)) notFound();
  const target = await getResumeTarget(await getDevice(), attemptId);
  if (!target) notFound();
  redirect('summary' in target ? `/${locale}/attempts/${attemptId}/summary` : `/${locale}/attempts/${attemptId}/${target.step}`);
}
