import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { utcDate } from '@/domain/content/freshness';
import { MAX_UPLOAD_BYTES } from '@/domain/media/limits';
import { isLocale } from '@/i18n/config';
import { getMessages, getTranslator } from '@/i18n/get-messages';
import { checkDraftAction, createScenarioAction, publishScenarioAction, saveScenarioAction } from '@/server/actions/studio';
import { getStaffForPage } from '@/server/auth/staff';
import { listStudioImages } from '@/server/content/media';
import { loadScenarioForStudio } from '@/server/content/studio-files';
import { loadStudioSets } from '@/server/content/studio-sets';
import { AddToSet } from '@/ui/studio/add-to-set';
import { NewScenarioForm } from '@/ui/studio/new-scenario-form';
import { buildStudentScreenText } from '@/ui/studio/preview-text';
import { ScenarioStudio } from '@/ui/studio/scenario-studio';
import { buildScenarioStudioText } from '@/ui/studio/studio-text';
import { MediaPanel } from '@/ui/studio/media-panel';
import { buildMediaPanelText } from '@/ui/studio/media-panel-text';
import '@/ui/styles/studio.css';
import '@/ui/styles/studio-media.css';

type EditorProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ restored?: string }> };

export async function generateMetadata({ params }: EditorProps): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.editor.title', { id }) } : {};
}

export default async function ScenarioEditorPage({ params, searchParams }: EditorProps) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const admin = await getStaffForPage(locale, `/${locale}/admin/content/${id}`, 'admin');
  const [scenario, sets] = await Promise.all([loadScenarioForStudio(admin, id), loadStudioSets(admin)]);
  if (!scenario) notFound();
  const images = await listStudioImages(admin);
  const t = getTranslator(locale);
  const { restored } = await searchParams;

  return (
    <div className="studio-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin/content`}>{t('studio.library.title')}</a>
      </p>
      <h1>{t('studio.editor.title', { id })}</h1>
      <p className="lead">{t('studio.editor.intro')}</p>
      {restored && <p className="notice success">{t('studio.history.restored', { number: restored })}</p>}
      <ScenarioStudio
        id={id}
        locale={locale}
        revisionId={scenario.revisionId}
        number={scenario.number}
        publishedNumber={scenario.publishedNumber}
        today={utcDate(new Date())}
        historyHref={`/${locale}/admin/content/${id}/history`}
        files={scenario.files}
        check={checkDraftAction.bind(null, locale)}
        save={saveScenarioAction.bind(null, locale)}
        publish={publishScenarioAction.bind(null, locale)}
        screens={buildStudentScreenText((at) => ({ t: getTranslator(at), messages: getMessages(at) }))}
        text={buildScenarioStudioText(t)}
      />
      {sets.ok && <AddToSet locale={locale} scenarioId={id} sets={sets.rows} t={t} />}
      <MediaPanel uploadUrl={`/api/admin/media?locale=${locale}`} maxBytes={MAX_UPLOAD_BYTES} assets={images} text={buildMediaPanelText(t)} />
      <details className="panel studio-duplicate">
        <summary>{t('studio.duplicate.heading')}</summary>
        <p className="hint">{t('studio.duplicate.help')}</p>
        <NewScenarioForm action={createScenarioAction} locale={locale} from={id} text={{ id: t('studio.new.id'), idHint: t('studio.new.idHint'), submit: t('studio.duplicate.submit'), working: t('studio.new.working') }} />
      </details>
    </div>
  );
}
