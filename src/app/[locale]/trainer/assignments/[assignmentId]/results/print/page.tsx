import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getPrintableResults } from '@/server/assignments/printable-results';
import { getStaffForPage } from '@/server/auth/staff';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { PrintableReport } from '@/ui/results/printable-report';

type PrintParams = { params: Promise<{ locale: string; assignmentId: string }> };

export async function generateMetadata({ params }: PrintParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('print.title') } : {};
}

/** The results of one class on one assignment as a report to print on A4 (or save as PDF). */
export default async function PrintableResultsPage({ params }: PrintParams) {
  const { locale, assignmentId } = await params;
  if (!isLocale(locale)) notFound();
  const resultsHref = `/${locale}/trainer/assignments/${assignmentId}/results`;
  const staff = await getStaffForPage(locale, `${resultsHref}/print`, 'trainer', 'admin');
  const printable = await getPrintableResults(staff, assignmentId);
  if (!printable.ok) notFound();
  const setId = printable.value.results.setId;
  const setTitle = quizSetTitle(setId, locale);
  return <PrintableReport {...printable.value} locale={locale} setTitle={setTitle} resultsHref={resultsHref} printedAt={new Date()} t={getTranslator(locale)} />;
}
