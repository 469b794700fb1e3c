import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { loadStudioSets } from '@/server/content/studio-sets';
import { SetList } from '@/ui/studio/set-list';
import '@/ui/styles/studio.css';

type SetsProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: SetsProps): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.sets.title') } : {};
}

export default async function QuizSetsPage({ params }: SetsProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const admin = await getStaffForPage(locale, `/${locale}/admin/content/sets`, 'admin');
  const sets = await loadStudioSets(admin);
  if (!sets.ok) notFound();
  const t = getTranslator(locale);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <div className="studio-page studio-library">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin`}>{t('admin.title')}</a> › <a href={`/${locale}/admin/content`}>{t('studio.library.title')}</a>
      </p>
      <h1>{t('studio.sets.title')}</h1>
      <p className="lead">{t('studio.sets.intro')}</p>
      <p>
        <a className="button primary" href={`/${locale}/admin/content/sets/new`}>
          {t('studio.sets.new.title')}
        </a>
      </p>
      <p className="studio-result-count">{t('studio.sets.count', { count: sets.rows.length })}</p>
      <SetList locale={locale} rows={sets.rows} t={t} formatDate={(instant) => formatDateTime(instant, locale, timeZone)} />
    </div>
  );
}
