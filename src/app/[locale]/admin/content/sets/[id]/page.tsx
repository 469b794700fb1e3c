import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { publishScenarioAction } from '@/server/actions/studio';
import { checkSetAction, saveSetAction } from '@/server/actions/studio-sets';
import { getStaffForPage } from '@/server/auth/staff';
import { loadScenarioChoices, loadSetForStudio } from '@/server/content/studio-sets';
import { SetGiftLinks } from '@/ui/studio/set-gift-links';
import { SetStudio } from '@/ui/studio/set-studio';
import { buildSetStudioText } from '@/ui/studio/set-text';
import '@/ui/styles/studio.css';

type SetEditorProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ restored?: string; add?: string }> };

export async function generateMetadata({ params }: SetEditorProps): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.sets.editor.title', { id }) } : {};
}

export default async function SetEditorPage({ params, searchParams }: SetEditorProps) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const admin = await getStaffForPage(locale, `/${locale}/admin/content/sets/${id}`, 'admin');
  const [set, choices] = await Promise.all([loadSetForStudio(admin, id), loadScenarioChoices(admin)]);
  if (!set || !choices) notFound();
  const t = getTranslator(locale);
  const { restored, add } = await searchParams;

  return (
    <div className="studio-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin/content`}>{t('studio.library.title')}</a> › <a href={`/${locale}/admin/content/sets`}>{t('studio.sets.title')}</a>
      </p>
      <h1>{t('studio.sets.editor.title', { id })}</h1>
      <p className="lead">{t('studio.sets.editor.intro')}</p>
      <p className="studio-revision-line">
        {set.publishedNumber === null ? t('studio.sets.editor.neverPublished', { number: set.number }) : t('studio.editor.revision', { number: set.number, published: set.publishedNumber })}{' '}
        <a href={`/${locale}/admin/content/sets/${id}/history`}>{t('studio.history.link')}</a>
      </p>
      {restored && <p className="notice success">{t('studio.history.restored', { number: restored })}</p>}
      {set.readIssues.length > 0 && <p className="notice error">{t('studio.sets.editor.unreadable', { message: set.readIssues[0].message })}</p>}
      <SetStudio
        key={set.revisionId}
        locale={locale}
        revisionId={set.revisionId}
        draft={set.draft}
        choices={choices}
        addOnOpen={add}
        check={checkSetAction.bind(null, locale)}
        save={saveSetAction.bind(null, locale)}
        publish={publishScenarioAction.bind(null, locale)}
        text={buildSetStudioText(t)}
      />
      <SetGiftLinks locale={locale} setId={id} number={set.number} publishedNumber={set.publishedNumber} t={t} />
    </div>
  );
}
