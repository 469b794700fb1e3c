import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ContentKind } from '@/domain/content/revisions';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { restoreRevisionAction } from '@/server/actions/studio';
import { getStaffForPage } from '@/server/auth/staff';
import { loadRevisionHistory } from '@/server/content/studio-history';
import { RevisionHistory } from '@/ui/studio/revision-history';
import '@/ui/styles/studio.css';

/** The history page of a scenario (…/content/<id>/history) or a set (…/content/sets/<id>/history). */
export type HistoryProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ revision?: string }> };

export async function historyMetadata({ params }: HistoryProps): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.history.title', { id }) } : {};
}

export async function renderHistoryPage({ kind, params, searchParams }: HistoryProps & { kind: ContentKind }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const editor = `/${locale}/admin/content/${kind === 'set' ? `sets/${id}` : id}`;
  const admin = await getStaffForPage(locale, `${editor}/history`, 'admin');
  const history = await loadRevisionHistory(admin, kind, id, (await searchParams).revision);
  if (!history) notFound();
  const t = getTranslator(locale);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const list = kind === 'set' ? { href: `/${locale}/admin/content/sets`, title: t('studio.sets.title') } : { href: `/${locale}/admin/content`, title: t('studio.library.title') };

  return (
    <RevisionHistory
      locale={locale}
      kind={kind}
      id={id}
      breadcrumbs={
        <>
          <a href={list.href}>{list.title}</a> › <a href={editor}>{id}</a>
        </>
      }
      history={history}
      restore={restoreRevisionAction}
      t={t}
      formatDate={(instant) => formatDateTime(instant, locale, timeZone)}
    />
  );
}
