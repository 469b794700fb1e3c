import type { LibraryQuery } from '@/domain/studio/library-filter';
import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';

type Option = { value: string; label: string };
type FilterName = 'audience' | 'channel' | 'verdict' | 'script' | 'set' | 'difficulty' | 'status' | 'review';

type LibraryFiltersProps = { locale: Locale; query: LibraryQuery; options: Record<FilterName, Option[]>; t: Translate };

const FILTERS: FilterName[] = ['status', 'review', 'audience', 'channel', 'verdict', 'difficulty', 'script', 'set'];

/** The library's search and filters: a plain GET form, so a filtered list has its own address. */
export function LibraryFilters({ locale, query, options, t }: LibraryFiltersProps) {
  return (
    <form className="studio-filters panel" method="get" action={`/${locale}/admin/content`} role="search" aria-label={t('studio.library.searchLabel')}>
      <label className="studio-search">
        <span>{t('studio.library.search')}</span>
        <input type="search" name="q" defaultValue={query.q ?? ''} placeholder={t('studio.library.searchHint')} />
      </label>
      {FILTERS.map((name) => (
        <label key={name}>
          <span>{t(`studio.filter.${name}`)}</span>
          <select name={name} defaultValue={query[name] === undefined ? '' : String(query[name])}>
            <option value="">{t('studio.filter.any')}</option>
            {options[name].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="studio-filter-actions">
        <button type="submit" className="button primary">
          {t('studio.library.apply')}
        </button>
        <a href={`/${locale}/admin/content`}>{t('studio.library.clear')}</a>
      </div>
    </form>
  );
}
