import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { StudioSetRow } from '@/server/content/studio-sets';
import { UpdatedLine } from './updated-line';

type SetListProps = { locale: Locale; rows: StudioSetRow[]; t: Translate; formatDate: (instant: Date) => string };

/** The quiz sets, each with its status, scenario count, who may use it and a link to its editor. */
export function SetList({ locale, rows, t, formatDate }: SetListProps) {
  if (rows.length === 0) return <p className="notice">{t('studio.sets.none')}</p>;
  return (
    <ul className="row-list studio-library-list">
      {rows.map((row) => (
        <li key={row.id} className="row">
          <div className="row-main">
            <p className="row-title">
              <a href={`/${locale}/admin/content/sets/${row.id}`}>{row.title[locale] || row.title['zh-CN'] || row.id}</a>
            </p>
            <p className="row-meta">
              <code>{row.id}</code>
              <span className={`badge studio-status-${row.status}`}>{t(`studio.status.${row.status}`)}</span>
              <span>{t('studio.sets.scenarioCount', { count: row.scenarioIds.length })}</span>
              <span>{t(row.practice ? 'studio.sets.practice' : 'studio.sets.assignmentOnly')}</span>
            </p>
            <UpdatedLine latestNumber={row.latestNumber} updatedAt={row.updatedAt} updatedByName={row.updatedByName} t={t} formatDate={formatDate} />
          </div>
        </li>
      ))}
    </ul>
  );
}
