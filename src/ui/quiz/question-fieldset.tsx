'use client';

import type { StageResponse } from '@/domain/quiz/schemas';
import type { QuestionView } from '@/domain/quiz/views';
import { formatMessage } from '@/i18n/translate';
import type { AnswerFormText } from './types';

type QuestionFieldsetProps = {
  question: QuestionView;
  index: number;
  total: number;
  response: StageResponse | undefined;
  onChange: (response: StageResponse) => void;
  error?: string;
  text: AnswerFormText;
};

/** One question's inputs: radios, checkboxes, scam-or-legitimate, or the spot-the-flags hint. */
export function QuestionFieldset({ question, index, total, response, onChange, error, text }: QuestionFieldsetProps) {
  const errorId = `question-${index + 1}-error`;
  const name = `question-${index + 1}`;
  const legend = (
    <legend>
      {total > 1 && <span className="question-number">{formatMessage(text.questionOf, { current: index + 1, total })}</span>}
      <span className="question-prompt">{question.prompt}</span>
      {question.type === 'multiple' && <span className="question-hint">{text.chooseAllThatApply}</span>}
    </legend>
  );
  const describedBy = error ? errorId : undefined;
  const errorMessage = error && (
    <p id={errorId} className="field-error">
      {error}
    </p>
  );

  if (question.type === 'spot') {
    const count = response?.type === 'spot' ? response.lines.length : 0;
    return (
      <fieldset className="question" aria-describedby={describedBy}>
        {legend}
        <p className="spot-hint">{text.spotHint}</p>
        <p className="spot-count" aria-live="polite">
          {formatMessage(text.markedCount, { count })}
        </p>
        {errorMessage}
      </fieldset>
    );
  }

  const choices =
    question.type === 'verdict'
      ? [
          { handle: 'scam', text: text.verdictScam },
          { handle: 'legitimate', text: text.verdictLegitimate },
        ]
      : question.options;
  const isMultiple = question.type === 'multiple';
  const picked = new Set(response?.type === 'multiple' ? response.choices : response && 'choice' in response ? [response.choice] : []);

  const toggle = (id: string) => {
    if (question.type === 'multiple') {
      const next = new Set(picked);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onChange({ type: 'multiple', choices: question.options.map((option) => option.handle).filter((handle) => next.has(handle)) });
    } else if (question.type === 'verdict') {
      onChange({ type: 'verdict', choice: id as 'scam' | 'legitimate' });
    } else {
      onChange({ type: 'single', choice: id });
    }
  };

  return (
    <fieldset className={`question ${question.type === 'verdict' ? 'verdict' : ''}`} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      {legend}
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.handle} className={`choice ${picked.has(choice.handle) ? 'picked' : ''}`}>
            <input type={isMultiple ? 'checkbox' : 'radio'} name={name} value={choice.handle} checked={picked.has(choice.handle)} onChange={() => toggle(choice.handle)} />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
      {errorMessage}
    </fieldset>
  );
}
