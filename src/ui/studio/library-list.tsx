import type { LibraryRow } from '@/domain/studio/library-filter';
import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import { UpdatedLine } from './updated-line';

type LibraryListProps = {
  locale: Locale;
  rows: LibraryRow[];
  t: Translate;
  formatDate: (instant: Date) => string;
  /** A YYYY-MM-DD calendar date in the viewer's language. */
  formatDay: (day: string) => string;
};

/** The scenarios found, each with its status, review date, facts and a link to its editor. */
export function LibraryList({ locale, rows, t, formatDate, formatDay }: LibraryListProps) {
  if (rows.length === 0) return <p className="notice">{t('studio.library.none')}</p>;
  return (
    <ul className="row-list studio-library-list">
      {rows.map((row) => (
        <li key={row.id} className="row">
          <div className="row-main">
            <p className="row-title">
              <a href={`/${locale}/admin/content/${row.id}`}>{row.title[locale] ?? row.title['zh-CN'] ?? row.id}</a>
            </p>
            <p className="row-meta">
              <code>{row.id}</code>
              <span className={`badge studio-status-${row.status}`}>{t(`studio.status.${row.status}`)}</span>
              <span className={`badge studio-review-${row.review.status}`}>
                {row.review.reviewBy ? t(`studio.review.badge.${row.review.status}`, { date: formatDay(row.review.reviewBy) }) : t('studio.review.none')}
              </span>
              {row.facts.channel && <span>{t(`channel.${row.facts.channel}`)}</span>}
              {row.facts.verdict && <span>{t(`verdict.${row.facts.verdict}`)}</span>}
              {row.facts.audience && <span>{t(`studio.audience.${row.facts.audience}`)}</span>}
              {row.facts.difficulty && <span>{t(`studio.difficulty.${row.facts.difficulty}`)}</span>}
            </p>
            <UpdatedLine latestNumber={row.latestNumber} updatedAt={row.updatedAt} updatedByName={row.updatedByName} t={t} formatDate={formatDate} />
          </div>
        </li>
      ))}
    </ul>
  );
}
