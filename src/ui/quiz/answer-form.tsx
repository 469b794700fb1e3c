'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type FormEvent } from 'react';
import type { QuestionResponse } from '@/domain/quiz/schemas';
import type { BlockView, QuestionView } from '@/domain/quiz/views';
import type { Locale } from '@/domain/shared/locales';
import { Exhibit } from '@/ui/exhibits/exhibit';
import type { ExhibitLabels, LineMode } from '@/ui/exhibits/types';
import { QuestionFieldset } from './question-fieldset';
import type { AnswerFormText, SubmitAnswerInput, SubmitAnswerOutcome } from './types';

type AnswerFormProps = {
  locale: Locale;
  attemptId: string;
  position: number;
  scenarioId: string;
  blocks: BlockView[];
  questions: QuestionView[];
  labels: ExhibitLabels;
  text: AnswerFormText;
  submitAnswer: (input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>;
};

function newAnswerId(): string {
  return crypto.randomUUID();
}

/**
 * The answering screen of one scenario. The answer id is made once and reused for every retry,
 * so a double click, a network retry or a second tab is stored exactly once on the server.
 */
export function AnswerForm({ locale, attemptId, position, scenarioId, blocks, questions, labels, text, submitAnswer }: AnswerFormProps) {
  const router = useRouter();
  const answerId = useRef<string | null>(null);
  const [responses, setResponses] = useState<Record<string, QuestionResponse>>(() =>
    Object.fromEntries(questions.filter((question) => question.type === 'spot').map((question) => [question.id, { type: 'spot', lines: [] }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const spotQuestion = questions.find((question) => question.type === 'spot');
  const spotResponse = spotQuestion ? responses[spotQuestion.id] : undefined;
  const selectedLines = new Set(spotResponse?.type === 'spot' ? spotResponse.lines : []);
  const mode: LineMode = spotQuestion
    ? {
        kind: 'select',
        selected: selectedLines,
        onToggle: (lineId) => {
          const next = new Set(selectedLines);
          if (next.has(lineId)) next.delete(lineId);
          else next.add(lineId);
          setResponses((current) => ({ ...current, [spotQuestion.id]: { type: 'spot', lines: [...next].sort() } }));
        },
      }
    : { kind: 'static' };

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const question of questions) {
      const response = responses[question.id];
      if (question.type === 'multiple' && (response?.type !== 'multiple' || response.choices.length === 0)) found[question.id] = text.chooseAtLeastOne;
      if ((question.type === 'single' || question.type === 'verdict') && !response) found[question.id] = text.chooseOne;
    }
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(Object.values(found)[0]);
      return;
    }
    setFormError(null);
    answerId.current ??= newAnswerId();
    const input: SubmitAnswerInput = { locale, attemptId, position, scenarioId, clientAnswerId: answerId.current, responses };
    startTransition(async () => {
      try {
        const outcome = await submitAnswer(input);
        if (outcome.ok) router.refresh();
        else setFormError(outcome.message);
      } catch {
        // Choices stay on screen and the same answer id is reused, so trying again is safe.
        setFormError(text.networkError);
      }
    });
  };

  return (
    <form className="answer-form" onSubmit={onSubmit} noValidate>
      <div className="scenario-body">
        {blocks.map((block, index) =>
          block.kind === 'prose' ? (
            <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
          ) : (
            <Exhibit key={index} exhibit={block.exhibit} mode={mode} labels={labels} caption={text.exhibitCaption} />
          ),
        )}
      </div>
      <div className="questions">
        {questions.map((question, index) => (
          <QuestionFieldset
            key={question.id}
            question={question}
            index={index}
            total={questions.length}
            response={responses[question.id]}
            error={errors[question.id]}
            text={text}
            onChange={(response) => {
              setResponses((current) => ({ ...current, [question.id]: response }));
              setErrors(({ [question.id]: _cleared, ...rest }) => rest);
            }}
          />
        ))}
        <p className="form-error" role="alert" aria-live="polite">
          {formError}
        </p>
        <button type="submit" className="button primary" disabled={isPending} aria-disabled={isPending}>
          {isPending ? text.submitting : text.submit}
        </button>
      </div>
    </form>
  );
}
