'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type FormEvent } from 'react';
import type { SubmitAnswerOutcome } from '@/domain/quiz/answer-outcome';
import type { StageResponse } from '@/domain/quiz/schemas';
import type { Stage } from '@/domain/quiz/stages';
import type { BlockView, QuestionView } from '@/domain/quiz/views';
import type { Locale } from '@/domain/shared/locales';
import { Exhibit } from '@/ui/exhibits/exhibit';
import type { ExhibitLabels, LineMode } from '@/ui/exhibits/types';
import { postAnswer } from './post-answer';
import { QuestionFieldset } from './question-fieldset';
import type { AnswerFormText, SubmitAnswerInput } from './types';
import { useDraftResponses } from './use-draft-responses';

type AnswerFormProps = {
  locale: Locale;
  attemptId: string;
  position: number;
  stage: Stage;
  blocks: BlockView[];
  questions: QuestionView[];
  /** In the follow-up stage, the decision the student already committed, as they chose it. */
  committedDecision?: string;
  labels: ExhibitLabels;
  text: AnswerFormText;
  /** Where the answer goes; the answers route unless a test provides another. */
  submitAnswer?: (input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>;
};

function newAnswerId(): string {
  return crypto.randomUUID();
}

/**
 * The answering screen of one stage of one scenario. The answer id is made once and reused for
 * every retry, so a double click, a network retry or a second tab is stored exactly once. Questions
 * are known by their place in the stage and options by handles: the browser holds no ids.
 */
export function AnswerForm({ locale, attemptId, position, stage, blocks, questions, committedDecision, labels, text, submitAnswer = postAnswer }: AnswerFormProps) {
  const router = useRouter();
  const answerId = useRef<string | null>(null);
  // Kept in this tab until sent, so a reload or a language switch does not lose the choices.
  const { responses, update: setResponses, clear: clearDraft } = useDraftResponses({ attemptId, position, stage, questions, blocks });
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const spotIndex = questions.findIndex((question) => question.type === 'spot');
  const spotResponse = spotIndex >= 0 ? responses[spotIndex] : undefined;
  const selectedLines = new Set(spotResponse?.type === 'spot' ? spotResponse.lines : []);
  const setResponse = (index: number, response: StageResponse) => setResponses((current) => current.map((existing, at) => (at === index ? response : existing)));
  const mode: LineMode =
    spotIndex >= 0
      ? {
          kind: 'select',
          selected: selectedLines,
          onToggle: (lineId) => {
            const next = new Set(selectedLines);
            if (next.has(lineId)) next.delete(lineId);
            else next.add(lineId);
            setResponse(spotIndex, { type: 'spot', lines: [...next].sort() });
          },
        }
      : { kind: 'static' };

  const validate = (): Record<number, string> => {
    const found: Record<number, string> = {};
    questions.forEach((question, index) => {
      const response = responses[index];
      if (question.type === 'multiple' && (response?.type !== 'multiple' || response.choices.length === 0)) found[index] = text.chooseAtLeastOne;
      if ((question.type === 'single' || question.type === 'verdict') && !response) found[index] = text.chooseOne;
    });
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
    const input: SubmitAnswerInput = { locale, attemptId, position, stage, clientAnswerId: answerId.current, responses: responses as StageResponse[] };
    startTransition(async () => {
      try {
        const outcome = await submitAnswer(input);
        if (outcome.ok) {
          clearDraft();
          router.refresh();
        } else setFormError(outcome.message);
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
        <h2 className="stage-heading">{stage === 'decision' ? text.decisionStage : text.followUpStage}</h2>
        {stage === 'decision' && <p className="stage-hint">{text.decisionHint}</p>}
        {committedDecision && (
          <p className="committed-decision">
            {text.yourDecision} <strong>{committedDecision}</strong>
          </p>
        )}
        {questions.map((question, index) => (
          <QuestionFieldset
            key={index}
            question={question}
            index={index}
            total={questions.length}
            response={responses[index]}
            error={errors[index]}
            text={text}
            onChange={(response) => {
              setResponse(index, response);
              setErrors(({ [index]: _cleared, ...rest }) => rest);
            }}
          />
        ))}
        <p className="form-error" role="alert" aria-live="polite">
          {formError}
        </p>
        <button type="submit" className="button primary" disabled={isPending} aria-disabled={isPending}>
          {isPending ? text.submitting : stage === 'decision' ? text.submitDecision : text.submit}
        </button>
      </div>
    </form>
  );
}
