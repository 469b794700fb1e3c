import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { deleteAssignmentAction, updateAssignmentAction } from '@/server/actions/assignments';
import { getStaffForPage } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { getAssignmentSettings } from '@/server/db/assignments';
import { AssignmentForm, type SetChoice } from '@/ui/assignments/assignment-form';
import { buildAssignmentFormText } from '@/ui/assignments/assignment-form-text';
import { ConfirmActionForm } from '@/ui/classes/confirm-action-form';

type EditParams = { params: Promise<{ locale: string; assignmentId: string }> };

export async function generateMetadata({ params }: EditParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('assignmentForm.editTitle') } : {};
}

export default async function EditAssignmentPage({ params }: EditParams) {
  const { locale, assignmentId } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await getStaffForPage(locale, `/${locale}/trainer/assignments/${assignmentId}/edit`, 'trainer', 'admin');
  const settings = await getAssignmentSettings(staff, assignmentId);
  if (!settings.ok) notFound();
  const t = getTranslator(locale);
  const library = getContentLibrary();
  const current = settings.value;
  // A focus set has no file: it is offered only as the set the assignment already has.
  const currentSet = findQuizSet(current.setId, locale, library);
  const focus: SetChoice[] = currentSet?.focus ? [{ id: currentSet.id, title: currentSet.localTitle, length: currentSet.draw ?? currentSet.scenarioIds.length, isPractice: true, isFocus: true }] : [];
  // Once students have started, only the rules can change: their attempts are about this set.
  const sets = [
    ...focus,
    ...[...library.sets.values()]
      .filter((set) => !current.hasAttempts || set.id === current.setId)
      .map((set) => ({ id: set.id, title: set.title[locale], length: set.draw ?? set.scenarioIds.length, isPractice: set.isPractice })),
  ];
  const setTitle = currentSet?.localTitle ?? current.setId;

  return (
    <section className="form-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={`/${locale}/trainer/classes/${current.classroomId}`}>{current.classroomName}</a> ›{' '}
        <a href={`/${locale}/trainer/assignments/${assignmentId}`}>{setTitle}</a>
      </p>
      <h1>{t('assignmentForm.editTitle')}</h1>
      <p className="lead">{t(current.hasAttempts ? 'assignmentForm.editIntroStarted' : 'assignmentForm.editIntro')}</p>
      <AssignmentForm
        locale={locale}
        classroomId={current.classroomId}
        assignmentId={assignmentId}
        sets={sets}
        defaults={{ opensAt: current.opensAt.toISOString(), closesAt: current.closesAt.toISOString() }}
        defaultTimeZone={current.timeZone}
        initial={current}
        text={buildAssignmentFormText(t)}
        action={updateAssignmentAction}
      />
      {!current.hasAttempts && (
        <section className="panel danger-zone" aria-labelledby="delete-assignment">
          <h2 id="delete-assignment">{t('assignmentForm.deleteTitle')}</h2>
          <p>{t('assignmentForm.deleteHelp')}</p>
          <ConfirmActionForm
            action={deleteAssignmentAction}
            fields={{ locale, assignmentId }}
            isDanger
            text={{
              trigger: t('assignmentForm.delete'),
              question: t('assignmentForm.deleteQuestion'),
              confirm: t('assignmentForm.deleteConfirm'),
              cancel: t('class.confirm.cancel'),
              pending: t('assignmentForm.deleting'),
            }}
          />
        </section>
      )}
    </section>
  );
}
