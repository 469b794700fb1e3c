import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { restoreRevisionAction } from '@/server/actions/studio';
import { getStaffForPage } from '@/server/auth/staff';
import { getRevisionDiff, listRevisions } from '@/server/db/content-revisions';
import { DiffLines } from '@/ui/studio/diff-lines';
import { RestoreForm } from '@/ui/studio/restore-form';
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
  const revisions = await listRevisions(admin, 'scenario', id);
  if (!revisions.ok || revisions.value.length === 0) notFound();
  const t = getTranslator(locale);
  const list = revisions.value;
  const latest = list.find((revision) => revision.isLatest) ?? list[0];
  const { revision: chosenId } = await searchParams;
  const chosen = list.find((revision) => revision.id === chosenId) ?? latest;
  const before = list.find((revision) => revision.number === chosen.number - 1);
  const diff = before ? await getRevisionDiff(admin, before.id, chosen.id) : undefined;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <div className="studio-page studio-history">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin/content`}>{t('studio.library.title')}</a> › <a href={`/${locale}/admin/content/${id}`}>{id}</a>
      </p>
      <h1>{t('studio.history.title', { id })}</h1>
      <p className="lead">{t('studio.history.intro')}</p>
      <div className="studio-history-layout">
        <ol className="row-list studio-revisions" reversed>
          {list.map((revision) => (
            <li key={revision.id} className={`row${revision.id === chosen.id ? ' is-chosen' : ''}`}>
              <div className="row-main">
                <p className="row-title">
                  <a href={`/${locale}/admin/content/${id}/history?revision=${revision.id}`} aria-current={revision.id === chosen.id ? 'true' : undefined}>
                    {t('studio.history.revision', { number: revision.number })}
                  </a>
                  {revision.isPublished && <span className="badge studio-status-published">{t('studio.status.published')}</span>}
                  {revision.isLatest && <span className="badge">{t('studio.history.latest')}</span>}
                </p>
                <p className="row-meta">
                  {t(`studio.history.source.${revision.source}`, { name: revision.authorName ?? '', date: formatDateTime(revision.createdAt, locale, timeZone) })}
                </p>
              </div>
              {!revision.isLatest && (
                <RestoreForm action={restoreRevisionAction} locale={locale} id={id} revisionId={revision.id} baseRevisionId={latest.id} label={t('studio.history.restore')} working={t('studio.history.restoring')} />
              )}
            </li>
          ))}
        </ol>
        <section className="panel studio-history-diff" aria-labelledby="studio-diff-heading">
          <h2 id="studio-diff-heading">{before ? t('studio.history.diffHeading', { from: before.number, to: chosen.number }) : t('studio.history.firstRevision', { number: chosen.number })}</h2>
          {diff?.ok ? (
            diff.value.files.map((file) => (
              <div key={file.path} className="studio-diff">
                <h3>
                  <code>{file.path}</code> <span className="hint">{t('studio.history.changes', { added: file.added, removed: file.removed })}</span>
                </h3>
                {file.status === 'unchanged' ? <p className="hint">{t('studio.stale.noChange')}</p> : <DiffLines lines={file.lines} />}
              </div>
            ))
          ) : (
            <p className="hint">{t('studio.history.noDiff')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
