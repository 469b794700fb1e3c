import type { Translate } from '@/i18n/translate';

export type AssignmentFormText = ReturnType<typeof buildAssignmentFormText>;

/** The assignment form's strings, taken from the catalogue on the server. */
export function buildAssignmentFormText(t: Translate) {
  return {
    set: t('assignmentForm.set'),
    assignmentOnlySets: t('assignmentForm.assignmentOnlySets'),
    practiceSets: t('assignmentForm.practiceSets'),
    focusSets: t('assignmentForm.focusSets'),
    practiceSetWarning: t('assignmentForm.practiceSetWarning'),
    opensAt: t('assignmentForm.opensAt'),
    closesAt: t('assignmentForm.closesAt'),
    /** Template with {zone}. */
    timeZoneNote: t('assignmentForm.timeZoneNote'),
    attemptsAllowed: t('assignmentForm.attemptsAllowed'),
    unlimited: t('assignmentForm.unlimited'),
    grading: t('assignmentForm.grading'),
    gradingHighest: t('assignment.grading.highest'),
    gradingLast: t('assignment.grading.last'),
    gradingFirst: t('assignment.grading.first'),
    gradingHint: t('assignmentForm.gradingHint'),
    timeLimit: t('assignmentForm.timeLimit'),
    timeLimitHint: t('assignmentForm.timeLimitHint'),
    feedback: t('assignmentForm.feedback'),
    feedbackAfterEach: t('assignment.feedback.after-each-answer'),
    feedbackAfterAttempt: t('assignment.feedback.after-attempt'),
    feedbackAfterClose: t('assignment.feedback.after-close'),
    shuffle: t('assignmentForm.shuffle'),
    shuffleScenarios: t('assignmentForm.shuffleScenarios'),
    shuffleOptions: t('assignmentForm.shuffleOptions'),
    submit: t('assignmentForm.submit'),
    submitting: t('assignmentForm.submitting'),
    save: t('assignmentForm.save'),
  };
}
