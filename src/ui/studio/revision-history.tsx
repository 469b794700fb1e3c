import type { ReactNode } from 'react';
import type { ContentKind } from '@/domain/content/revisions';
import type { Locale } from '@/domain/shared/locales';
import type { FormAction } from '@/domain/shared/form-state';
import type { Translate } from '@/i18n/translate';
import type { RevisionHistory as History } from '@/server/content/studio-history';
import { DiffLines } from './diff-lines';
import { RestoreForm } from './restore-form';

type RevisionHistoryProps = { locale: Locale; kind: ContentKind; id: string; breadcrumbs: ReactNode; history: History; restore: FormAction; t: Translate; formatDate: (instant: Date) => string };

/** The history page of a scenario or set: every revision, newest first, each restorable, beside the chosen one's diff. */
export function RevisionHistory({ locale, kind, id, breadcrumbs, history, restore, t, formatDate }: RevisionHistoryProps) {
  const { list, latest, chosen, before, diff } = history;
  const base = `/${locale}/admin/content/${kind === 'set' ? `sets/${id}` : id}/history`;
  return (
    <div className="studio-page studio-history">
      <p className="breadcrumbs">{breadcrumbs}</p>
      <h1>{t('studio.history.title', { id })}</h1>
      <p className="lead">{t('studio.history.intro')}</p>
      <div className="studio-history-layout">
      <ol className="row-list studio-revisions" reversed>
        {list.map((revision) => (
          <li key={revision.id} className={`row${revision.id === chosen.id ? ' is-chosen' : ''}`}>
            <div className="row-main">
              <p className="row-title">
                <a href={`${base}?revision=${revision.id}`} aria-current={revision.id === chosen.id ? 'true' : undefined}>
                  {t('studio.history.revision', { number: revision.number })}
                </a>
                {revision.isPublished && <span className="badge studio-status-published">{t('studio.status.published')}</span>}
                {revision.isLatest && <span className="badge">{t('studio.history.latest')}</span>}
              </p>
              <p className="row-meta">{t(`studio.history.source.${revision.source}`, { name: revision.authorName ?? '', date: formatDate(revision.createdAt) })}</p>
            </div>
            {!revision.isLatest && (
              <RestoreForm action={restore} locale={locale} kind={kind} id={id} revisionId={revision.id} baseRevisionId={latest.id} label={t('studio.history.restore')} working={t('studio.history.restoring')} />
            )}
          </li>
        ))}
      </ol>
      <section className="panel studio-history-diff" aria-labelledby="studio-diff-heading">
        <h2 id="studio-diff-heading">{before ? t('studio.history.diffHeading', { from: before.number, to: chosen.number }) : t('studio.history.firstRevision', { number: chosen.number })}</h2>
        {diff ? (
          diff.files.map((file) => (
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
