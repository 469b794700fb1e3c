import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatCalendarDay, REVIEW_STATUSES } from '@/domain/content/freshness';
import { AUDIENCES, CHANNELS, SCRIPTS, VERDICTS } from '@/domain/content/taxonomy';
import { filterLibrary, LIBRARY_STATUSES, parseLibraryQuery } from '@/domain/studio/library-filter';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { loadStudioLibrary } from '@/server/content/studio-library';
import { LibraryFilters } from '@/ui/studio/library-filters';
import { LibraryList } from '@/ui/studio/library-list';
import '@/ui/styles/studio.css';

type LibraryProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LibraryProps): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.library.title') } : {};
}

export default async function ContentLibraryPage({ params, searchParams }: LibraryProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const admin = await getStaffForPage(locale, `/${locale}/admin/content`, 'admin');
  const t = getTranslator(locale);
  const library = await loadStudioLibrary(admin);
  if (!library.ok) notFound();
  const query = parseLibraryQuery(await searchParams);
  const rows = filterLibrary(library.rows, query);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <div className="studio-page studio-library">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin`}>{t('admin.title')}</a>
      </p>
      <h1>{t('studio.library.title')}</h1>
      <p className="lead">{t('studio.library.intro')}</p>
      <p className="studio-library-actions">
        <a className="button primary" href={`/${locale}/admin/content/new`}>
          {t('studio.library.new')}
        </a>{' '}
        <a className="button secondary" href={`/${locale}/admin/content/sets`}>
          {t('studio.sets.title')}
        </a>
        <a className="button secondary" href={`/${locale}/admin/content/import`}>
          {t('studio.gift.link')}
        </a>
      </p>
      <LibraryFilters
        locale={locale}
        query={query}
        options={{
          audience: AUDIENCES.map((value) => ({ value, label: t(`studio.audience.${value}`) })),
          channel: CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) })),
          verdict: VERDICTS.map((value) => ({ value, label: t(`verdict.${value}`) })),
          script: SCRIPTS.map((value) => ({ value, label: t(`script.${value}`) })),
          set: library.setIds.map((value) => ({ value, label: value })),
          difficulty: ([1, 2, 3] as const).map((value) => ({ value: String(value), label: t(`studio.difficulty.${value}`) })),
          status: LIBRARY_STATUSES.map((value) => ({ value, label: t(`studio.status.${value}`) })),
          review: REVIEW_STATUSES.map((value) => ({ value, label: t(`studio.review.${value}`) })),
        }}
        t={t}
      />
      <p className="studio-result-count" role="status">
        {t('studio.library.count', { shown: rows.length, total: library.rows.length })}
      </p>
      <LibraryList locale={locale} rows={rows} t={t} formatDate={(instant) => formatDateTime(instant, locale, timeZone)} formatDay={(day) => formatCalendarDay(day, locale)} />
    </div>
  );
}
