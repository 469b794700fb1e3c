import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getMessages, getTranslator } from '@/i18n/get-messages';
import { checkDraftAction } from '@/server/actions/studio';
import { getStaffForPage } from '@/server/auth/staff';
import { readScenarioFiles } from '@/server/content/studio-files';
import { buildStudentScreenText } from '@/ui/studio/preview-text';
import { StudioEditor } from '@/ui/studio/studio-editor';
import { buildStudioEditorText } from '@/ui/studio/studio-text';
import '@/ui/styles/studio.css';

type EditorParams = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: EditorParams): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.editor.title', { id }) } : {};
}

export default async function ScenarioEditorPage({ params }: EditorParams) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  await getStaffForPage(locale, `/${locale}/admin/content/${id}`, 'admin');
  const files = readScenarioFiles(id);
  if (!files) notFound();
  const t = getTranslator(locale);

  return (
    <div className="studio-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/admin/content`}>{t('studio.library.title')}</a>
      </p>
      <h1>{t('studio.editor.title', { id })}</h1>
      <p className="lead">{t('studio.editor.intro')}</p>
      <StudioEditor
        id={id}
        locale={locale}
        initialFiles={files}
        check={checkDraftAction.bind(null, locale)}
        screens={buildStudentScreenText((at) => ({ t: getTranslator(at), messages: getMessages(at) }))}
        text={buildStudioEditorText(t)}
      />
    </div>
  );
}
