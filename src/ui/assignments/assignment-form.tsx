'use client';

import { useActionState, useEffect, useState } from 'react';
import { utcToZonedLocal } from '@/domain/shared/time-zones';
import { formatMessage } from '@/i18n/translate';
import { IDLE_FORM, type FormAction } from '@/ui/forms/form-state';
import type { AssignmentFormText } from './assignment-form-text';

type SetChoice = { id: string; title: string; length: number };

type AssignmentFormProps = {
  locale: string;
  classroomId: string;
  sets: SetChoice[];
  /** Default open and close instants (ISO), shown as wall-clock times in the trainer's zone. */
  defaults: { opensAt: string; closesAt: string };
  defaultTimeZone: string;
  text: AssignmentFormText;
  action: FormAction;
};

const ATTEMPT_CHOICES = ['1', '2', '3', '5', 'unlimited'];

/** Gives a quiz set to a class with its rules. Times are typed in the trainer's own time zone. */
export function AssignmentForm({ locale, classroomId, sets, defaults, defaultTimeZone, text, action }: AssignmentFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  // The browser knows the trainer's zone; the server's guess is only used until it does.
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) setTimeZone(zone);
  }, []);

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
      <input type="hidden" name="timeZone" value={timeZone} />
      <p className={state.status === 'error' ? 'notice error' : 'visually-hidden'} role="alert" aria-live="polite">
        {state.status === 'error' ? state.message : ''}
      </p>

      <label htmlFor="assignment-setId">{text.set}</label>
      <select {...field('setId')} required defaultValue={sets[0]?.id}>
        {sets.map((set) => (
          <option key={set.id} value={set.id}>
            {set.title} ({set.length})
          </option>
        ))}
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
      <p className="field-hint">{formatMessage(text.timeZoneNote, { zone: timeZone })}</p>
      {errorFor('timeZone')}

      <div className="form-row">
        <div>
          <label htmlFor="assignment-attemptsAllowed">{text.attemptsAllowed}</label>
          <select {...field('attemptsAllowed')} defaultValue="1">
            {ATTEMPT_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'unlimited' ? text.unlimited : choice}
              </option>
            ))}
          </select>
          {errorFor('attemptsAllowed')}
        </div>
        <div>
          <label htmlFor="assignment-grading">{text.grading}</label>
          <select {...field('grading')} defaultValue="highest" aria-describedby="assignment-grading-hint">
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
      <input {...field('timeLimitMinutes')} type="number" inputMode="numeric" min={1} max={600} defaultValue="" aria-describedby={fieldErrors.timeLimitMinutes ? 'assignment-timeLimitMinutes-error' : 'assignment-timeLimit-hint'} />
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
            <input type="radio" name="feedback" value={value} defaultChecked={value === 'after-attempt'} /> {label}
          </label>
        ))}
      </fieldset>

      <fieldset className="choice-group">
        <legend>{text.shuffle}</legend>
        <label className="inline-choice">
          <input type="checkbox" name="shuffleScenarios" /> {text.shuffleScenarios}
        </label>
        <label className="inline-choice">
          <input type="checkbox" name="shuffleOptions" /> {text.shuffleOptions}
        </label>
      </fieldset>

      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
