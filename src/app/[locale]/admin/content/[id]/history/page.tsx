import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { restoreRevisionAction } from '@/server/actions/studio';
import { getStaffForPage } from '@/server/auth/staff';
import { loadRevisionHistory } from '@/server/content/studio-history';
import { RevisionHistory } from '@/ui/studio/revision-history';
import '@/ui/styles/studio.css';

type HistoryProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ revision?: string }> };

export async function generateMetadata({ params }: HistoryProps): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.history.title', { id }) } : {};
}

export default async function ScenarioHistoryPage({ params, searchParams }: HistoryProps) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const admin = await getStaffForPage(locale, `/${locale}/admin/content/${id}/history`, 'admin');
  const history = await loadRevisionHistory(admin, 'scenario', id, (await searchParams).revision);
  if (!history) notFound();
  const t = getTranslator(locale);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <RevisionHistory
      locale={locale}
      kind="scenario"
      id={id}
      breadcrumbs={
        <>
          <a href={`/${locale}/admin/content`}>{t('studio.library.title')}</a> › <a href={`/${locale}/admin/content/${id}`}>{id}</a>
        </>
      }
      history={history}
      restore={restoreRevisionAction}
      t={t}
      formatDate={(instant) => formatDateTime(instant, locale, timeZone)}
    />
  );
}
