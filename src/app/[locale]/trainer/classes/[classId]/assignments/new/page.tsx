import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { createAssignmentAction } from '@/server/actions/assignments';
import { getStaffForPage } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet, focusTopic } from '@/server/content/quiz-sets';
import { getClassroom } from '@/server/db/classrooms';
import { AssignmentForm, type SetChoice } from '@/ui/assignments/assignment-form';
import { buildAssignmentFormText } from '@/ui/assignments/assignment-form-text';
import { FocusPreview } from '@/ui/assignments/focus-preview';

type NewAssignmentParams = { params: Promise<{ locale: string; classId: string }>; searchParams?: Promise<{ set?: string | string[] }> };

const MINUTE_MS = 60_000;
const ONE_WEEK_MS = 7 * 24 * 60 * 60_000;

export async function generateMetadata({ params }: NewAssignmentParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('assignmentForm.title') } : {};
}

export default async function NewAssignmentPage({ params, searchParams }: NewAssignmentParams) {
  const { locale, classId } = await params;
  const { set: asked } = (await searchParams) ?? {};
  if (!isLocale(locale)) notFound();
  const staff = await getStaffForPage(locale, `/${locale}/trainer/classes/${classId}/assignments/new`, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);
  const library = getContentLibrary();
  // "Assign as follow-up" on the results page opens this form with a set chosen (?set=focus:…).
  const preselected = typeof asked === 'string' ? findQuizSet(asked, locale, library) : undefined;
  const focus = preselected?.focus && { ...preselected, focus: preselected.focus, draw: preselected.draw ?? preselected.scenarioIds.length, scams: preselected.strata?.[0]?.count ?? 0 };
  const sets: SetChoice[] = [
    ...(focus ? [{ id: focus.id, title: focus.localTitle, length: focus.draw, isPractice: true, isFocus: true }] : []),
    ...[...library.sets.values()].map((set) => ({ id: set.id, title: set.title[locale], length: set.draw ?? set.scenarioIds.length, isPractice: set.isPractice })),
  ];
  // A follow-up is practice of what the class missed: each answer's feedback comes at once.
  const initial = preselected && { setId: preselected.id, ...(focus && { feedback: 'after-each-answer' as const }) };
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
      {asked !== undefined && !preselected && (
        <p className="notice error" role="alert">
          {t('assignmentForm.unknownSet')}
        </p>
      )}
      {focus && (
        <FocusPreview
          scenarios={focus.scenarioIds.flatMap((id) => {
            const scenario = library.scenarios.get(id)?.byLocale[locale];
            return scenario ? [{ id, title: scenario.title, verdict: scenario.verdict }] : [];
          })}
          text={{
            heading: t('focus.preview.heading', { topic: focusTopic(focus.focus, locale) }),
            draw: t('focus.preview.draw', { count: focus.draw, scams: focus.scams, genuine: focus.draw - focus.scams, pool: focus.scenarioIds.length }),
            scam: t('focus.preview.scam'),
            genuine: t('focus.preview.genuine'),
          }}
        />
      )}
      {sets.length === 0 ? (
        <p className="notice error">{t('assignmentForm.noSets')}</p>
      ) : (
        <AssignmentForm
          key={preselected?.id}
          locale={locale}
          classroomId={classId}
          sets={sets}
          defaults={defaults}
          defaultTimeZone={serverZone}
          initial={initial}
          text={buildAssignmentFormText(t)}
          action={createAssignmentAction}
        />
      )}
    </section>
  );
}
