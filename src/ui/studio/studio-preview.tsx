'use client';

import { useId, useMemo, useState } from 'react';
import type { StageResponse } from '@/domain/quiz/schemas';
import type { ScenarioPreview } from '@/domain/studio/preview';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import { createTranslator } from '@/i18n/translate';
import { Exhibit } from '@/ui/exhibits/exhibit';
import type { LineMode } from '@/ui/exhibits/types';
import { QuestionFieldset } from '@/ui/quiz/question-fieldset';
import { ScenarioReview } from '@/ui/quiz/scenario-review';
import type { StudentScreenText } from './preview-text';

export type StudioPreviewText = {
  heading: string;
  language: string;
  localeNames: Record<Locale, string>;
  asAnswered: string;
  asAnsweredHint: string;
  stale: string;
  unavailable: string;
  frameLabel: string;
};

type StudioPreviewProps = {
  previews?: Record<Locale, ScenarioPreview>;
  /** The text has errors now: the preview shows the last version that had none. */
  isStale: boolean;
  initialLocale: Locale;
  screens: Record<Locale, StudentScreenText>;
  text: StudioPreviewText;
};

/**
 * The scenario at phone size, drawn by the components students see: the answering screen with both
 * stages, or, "as answered", the review with every explanation, the red flags and the key.
 */
export function StudioPreview({ previews, isStale, initialLocale, screens, text }: StudioPreviewProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [answered, setAnswered] = useState(false);
  const toggleId = useId();
  const preview = previews?.[locale];
  const screen = screens[locale];

  return (
    <section className="studio-preview" aria-label={text.heading}>
      <div className="studio-preview-bar">
        <h2>{text.heading}</h2>
        <div className="studio-segmented" role="group" aria-label={text.language}>
          {LOCALES.map((option) => (
            <button key={option} type="button" className="button small" aria-pressed={option === locale} onClick={() => setLocale(option)}>
              {text.localeNames[option]}
            </button>
          ))}
        </div>
        <label className="studio-toggle" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={answered} onChange={(event) => setAnswered(event.target.checked)} />
          <span>{text.asAnswered}</span>
        </label>
      </div>
      <p className="hint">{text.asAnsweredHint}</p>
      {isStale && preview && (
        <p className="studio-stale" role="status">
          {text.stale}
        </p>
      )}
      <div className="studio-phone-frame" role="region" aria-label={text.frameLabel} lang={locale}>
        {!preview ? (
          <p className="studio-preview-empty">{text.unavailable}</p>
        ) : answered ? (
          <AnsweredPreview preview={preview} screen={screen} />
        ) : (
          <PlayPreview key={locale} preview={preview} screen={screen} />
        )}
      </div>
    </section>
  );
}

function AnsweredPreview({ preview, screen }: { preview: ScenarioPreview; screen: StudentScreenText }) {
  const t = useMemo(() => createTranslator(screen.review), [screen.review]);
  const { scenario, responses, questionScores, score } = preview.answered;
  return <ScenarioReview scenario={scenario} responses={responses} questionScores={questionScores} score={score} labels={screen.labels} t={t} detailsOpen />;
}

/** Both stages of the answering screen, one under the other; choices stay in the preview. */
function PlayPreview({ preview, screen }: { preview: ScenarioPreview; screen: StudentScreenText }) {
  const { blocks, decision, followUps } = preview.play;
  const [responses, setResponses] = useState<Record<string, StageResponse>>({});
  const spotIndex = followUps.findIndex((question) => question.type === 'spot');
  const spotKey = `follow-up-${spotIndex}`;
  const spot = responses[spotKey];
  const selected = new Set(spot?.type === 'spot' ? spot.lines : []);
  const mode: LineMode =
    spotIndex >= 0
      ? {
          kind: 'select',
          selected,
          onToggle: (lineId) => {
            const next = new Set(selected);
            if (next.has(lineId)) next.delete(lineId);
            else next.add(lineId);
            setResponses((current) => ({ ...current, [spotKey]: { type: 'spot', lines: [...next].sort() } }));
          },
        }
      : { kind: 'static' };
  const stage = (name: 'decision' | 'follow-up', questions: typeof decision, heading: string) =>
    questions.length > 0 && (
      // A form per stage keeps each stage's radio groups apart, as the student's one-stage screen does.
      <form className="questions" onSubmit={(event) => event.preventDefault()}>
        <h2 className="stage-heading">{heading}</h2>
        {name === 'decision' && <p className="stage-hint">{screen.answer.decisionHint}</p>}
        {questions.map((question, index) => (
          <QuestionFieldset
            key={`${name}-${index}`}
            question={question}
            index={index}
            total={questions.length}
            response={responses[`${name}-${index}`]}
            onChange={(response) => setResponses((current) => ({ ...current, [`${name}-${index}`]: response }))}
            text={screen.answer}
          />
        ))}
      </form>
    );

  return (
    <div className="answer-form">
      <div className="scenario-body">
        {blocks.map((block, index) =>
          block.kind === 'prose' ? (
            <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
          ) : (
            <Exhibit key={index} exhibit={block.exhibit} mode={mode} labels={screen.labels} caption={screen.answer.exhibitCaption} />
          ),
        )}
      </div>
      {stage('decision', decision, screen.answer.decisionStage)}
      {stage('follow-up', followUps, screen.answer.followUpStage)}
    </div>
  );
}
