import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { createSetAction } from '@/server/actions/studio-sets';
import { getStaffForPage } from '@/server/auth/staff';
import { NewScenarioForm } from '@/ui/studio/new-scenario-form';
import '@/ui/styles/studio.css';

type NewSetProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: NewSetProps): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.sets.new.title') } : {};
}

export default async function NewSetPage({ params }: NewSetProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await getStaffForPage(locale, `/${locale}/admin/content/sets/new`, 'admin');
  const t = getTranslator(locale);

  return (
    <div className="studio-page staff-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin/content/sets`}>{t('studio.sets.title')}</a>
      </p>
      <h1>{t('studio.sets.new.title')}</h1>
      <p className="lead">{t('studio.sets.new.intro')}</p>
      <section className="panel">
        <NewScenarioForm action={createSetAction} locale={locale} text={{ id: t('studio.new.id'), idHint: t('studio.sets.new.idHint'), submit: t('studio.new.submit'), working: t('studio.new.working') }} />
      </section>
    </div>
  );
}
