import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { createAssignmentAction } from '@/server/actions/assignments';
import { getStaffForPage } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { getClassroom } from '@/server/db/classrooms';
import { AssignmentForm } from '@/ui/assignments/assignment-form';
import { buildAssignmentFormText } from '@/ui/assignments/assignment-form-text';

type NewAssignmentParams = { params: Promise<{ locale: string; classId: string }> };

const MINUTE_MS = 60_000;
const ONE_WEEK_MS = 7 * 24 * 60 * 60_000;

export async function generateMetadata({ params }: NewAssignmentParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('assignmentForm.title') } : {};
}

export default async function NewAssignmentPage({ params }: NewAssignmentParams) {
  const { locale, classId } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await getStaffForPage(locale, `/${locale}/trainer/classes/${classId}/assignments/new`, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);
  const sets = [...getContentLibrary().sets.values()].map((set) => ({ id: set.id, title: set.title[locale], length: set.draw ?? set.scenarioIds.length, isPractice: set.isPractice }));
  const serverZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Open from now by default: in a classroom the students start right after the trainer saves.
  // eslint-disable-next-line react-hooks/purity -- a Server Component renders once per request: now is the request's time
  const opensAt = new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS);
  const defaults = { opensAt: opensAt.toISOString(), closesAt: new Date(opensAt.getTime() + ONE_WEEK_MS).toISOString() };

  return (
    <section className="form-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={`/${locale}/trainer/classes/${classId}`}>{classroom.value.name}</a>
      </p>
      <h1>{t('assignmentForm.title')}</h1>
      <p className="lead">{t('assignmentForm.intro', { className: classroom.value.name })}</p>
      {sets.length === 0 ? (
        <p className="notice error">{t('assignmentForm.noSets')}</p>
      ) : (
        <AssignmentForm locale={locale} classroomId={classId} sets={sets} defaults={defaults} defaultTimeZone={serverZone} text={buildAssignmentFormText(t)} action={createAssignmentAction} />
      )}
    </section>
  );
}
