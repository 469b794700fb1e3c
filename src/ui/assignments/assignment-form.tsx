'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import type { AssignmentRules } from '@/domain/assignments/schemas';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';
import { timeZoneName, utcToZonedLocal } from '@/domain/shared/time-zones';
import { formatMessage } from '@/i18n/translate';
import type { AssignmentFormText } from './assignment-form-text';

/**
 * A set the trainer may assign; `isPractice` sets can also be practised anonymously, with the
 * answers shown. `isFocus`: a focus set made from the library for one weak spot.
 */
export type SetChoice = { id: string; title: string; length: number; isPractice: boolean; isFocus?: boolean };

/** The trainer's zone never changes while the form is open: nothing to subscribe to. */
const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export type AssignmentFormInitial = Omit<AssignmentRules, 'opensAt' | 'closesAt'> & { setId: string };

const NEW_ASSIGNMENT: Omit<AssignmentFormInitial, 'setId'> = {
  attemptsAllowed: 1,
  grading: 'highest',
  timeLimitMinutes: null,
  feedback: 'after-attempt',
  shuffleScenarios: false,
  // Shuffled options give every attempt its own option order, so the order carries no hint.
  shuffleOptions: true,
};

type AssignmentFormProps = {
  locale: string;
  classroomId: string;
  sets: SetChoice[];
  /** Default open and close instants (ISO), shown as wall-clock times in the trainer's zone. */
  defaults: { opensAt: string; closesAt: string };
  defaultTimeZone: string;
  /** The current rules when editing; a new assignment starts from the usual choices, changed by any given here. */
  initial?: Partial<AssignmentFormInitial>;
  /** Set when editing: the form saves this assignment instead of creating one. */
  assignmentId?: string;
  text: AssignmentFormText;
  action: FormAction;
};

const ATTEMPT_CHOICES = ['1', '2', '3', '5', 'unlimited'];

/** Gives a quiz set to a class with its rules. Times are typed in the trainer's own time zone. */
export function AssignmentForm({ locale, classroomId, sets, defaults, defaultTimeZone, initial, assignmentId, text, action }: AssignmentFormProps) {
  // Assignment-only sets first: with deferred feedback their answers stay private.
  const start = { ...NEW_ASSIGNMENT, ...initial, setId: initial?.setId ?? (sets.find((set) => !set.isPractice) ?? sets[0])?.id };
  const startAttempts = start.attemptsAllowed === null ? 'unlimited' : String(start.attemptsAllowed);
  // An existing assignment may allow a number the list does not offer; keep it choosable.
  const attemptChoices = ATTEMPT_CHOICES.includes(startAttempts) ? ATTEMPT_CHOICES : [startAttempts, ...ATTEMPT_CHOICES];
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const [setId, setSetId] = useState(start.setId);
  const [feedback, setFeedback] = useState<string>(start.feedback);
  // Deferred feedback on a set anyone can practise is a key one private window away.
  const isKeyExposed = feedback !== 'after-each-answer' && sets.find((set) => set.id === setId)?.isPractice === true;
  const setOptions = (group: SetChoice[]) =>
    group.map((set) => (
      <option key={set.id} value={set.id}>
        {set.title} ({set.length})
      </option>
    ));
  // The browser knows the trainer's zone; the server's guess is only used until it does.
  const timeZone = useSyncExternalStore(
    noSubscription,
    () => browserTimeZone() || defaultTimeZone,
    () => defaultTimeZone,
  );

  const fieldErrors = (state.status === 'error' ? state.fieldErrors : undefined) ?? {};
  const field = (name: string) => ({
    id: `assignment-${name}`,
    name,
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': fieldErrors[name] ? `assignment-${name}-error` : undefined,
  });
  const errorFor = (name: string) =>
    fieldErrors[name] ? (
      <p id={`assignment-${name}-error`} className="field-error">
        {fieldErrors[name]}
      </p>
    ) : null;

  return (
    <form action={formAction} className="stacked-form assignment-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="classroomId" value={classroomId} />
      {assignmentId && <input type="hidden" name="assignmentId" value={assignmentId} />}
      <input type="hidden" name="timeZone" value={timeZone} />
      <p className={state.status === 'error' ? 'notice error' : 'visually-hidden'} role="alert" aria-live="polite">
        {state.status === 'error' ? state.message : ''}
      </p>

      <label htmlFor="assignment-setId">{text.set}</label>
      <select {...field('setId')} required defaultValue={start.setId} onChange={(event) => setSetId(event.target.value)}>
        {sets.some((set) => set.isFocus) && <optgroup label={text.focusSets}>{setOptions(sets.filter((set) => set.isFocus))}</optgroup>}
        <optgroup label={text.assignmentOnlySets}>{setOptions(sets.filter((set) => !set.isPractice))}</optgroup>
        <optgroup label={text.practiceSets}>{setOptions(sets.filter((set) => set.isPractice && !set.isFocus))}</optgroup>
      </select>
      {errorFor('setId')}

      <div className="form-row">
        <div>
          <label htmlFor="assignment-opensAt">{text.opensAt}</label>
          {/* Keyed by zone: once the browser's zone is known the defaults are shown in it, before anyone types. */}
          <input {...field('opensAt')} key={`opens-${timeZone}`} type="datetime-local" required defaultValue={utcToZonedLocal(new Date(defaults.opensAt), timeZone)} />
          {errorFor('opensAt')}
        </div>
        <div>
          <label htmlFor="assignment-closesAt">{text.closesAt}</label>
          <input {...field('closesAt')} key={`closes-${timeZone}`} type="datetime-local" required defaultValue={utcToZonedLocal(new Date(defaults.closesAt), timeZone)} />
          {errorFor('closesAt')}
        </div>
      </div>
      <p className="field-hint">{formatMessage(text.timeZoneNote, { zone: timeZoneName(timeZone, locale) })}</p>
      {errorFor('timeZone')}

      <div className="form-row">
        <div>
          <label htmlFor="assignment-attemptsAllowed">{text.attemptsAllowed}</label>
          <select {...field('attemptsAllowed')} defaultValue={startAttempts}>
            {attemptChoices.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'unlimited' ? text.unlimited : choice}
              </option>
            ))}
          </select>
          {errorFor('attemptsAllowed')}
        </div>
        <div>
          <label htmlFor="assignment-grading">{text.grading}</label>
          <select {...field('grading')} defaultValue={start.grading} aria-describedby="assignment-grading-hint">
            <option value="highest">{text.gradingHighest}</option>
            <option value="last">{text.gradingLast}</option>
            <option value="first">{text.gradingFirst}</option>
          </select>
          <p id="assignment-grading-hint" className="field-hint">
            {text.gradingHint}
          </p>
        </div>
      </div>

      <label htmlFor="assignment-timeLimitMinutes">{text.timeLimit}</label>
      <input {...field('timeLimitMinutes')} type="number" inputMode="numeric" min={1} max={600} defaultValue={start.timeLimitMinutes ?? ''} aria-describedby={fieldErrors.timeLimitMinutes ? 'assignment-timeLimitMinutes-error' : 'assignment-timeLimit-hint'} />
      <p id="assignment-timeLimit-hint" className="field-hint">
        {text.timeLimitHint}
      </p>
      {errorFor('timeLimitMinutes')}

      <fieldset className="choice-group">
        <legend>{text.feedback}</legend>
        {[
          ['after-each-answer', text.feedbackAfterEach],
          ['after-attempt', text.feedbackAfterAttempt],
          ['after-close', text.feedbackAfterClose],
        ].map(([value, label]) => (
          <label key={value} className="inline-choice">
            <input type="radio" name="feedback" value={value} defaultChecked={value === start.feedback} onChange={() => setFeedback(value)} /> {label}
          </label>
        ))}
        {isKeyExposed && (
          <p className="notice warning" role="status">
            {text.practiceSetWarning}
          </p>
        )}
      </fieldset>

      <fieldset className="choice-group">
        <legend>{text.shuffle}</legend>
        <label className="inline-choice">
          <input type="checkbox" name="shuffleScenarios" defaultChecked={start.shuffleScenarios} /> {text.shuffleScenarios}
        </label>
        <label className="inline-choice">
          <input type="checkbox" name="shuffleOptions" defaultChecked={start.shuffleOptions} /> {text.shuffleOptions}
        </label>
      </fieldset>

      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.submitting : assignmentId ? text.save : text.submit}
      </button>
    </form>
  );
}
