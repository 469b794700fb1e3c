import { scaleLinear } from 'd3-scale';
import {
  discriminationBand,
  ITEM_RULES,
  type ItemFlag,
  type LineItemView,
  type OptionItemView,
  type QuestionItemView,
  type ScenarioItemView,
} from '@/domain/analytics/item-analysis';
import type { Translate } from '@/i18n/translate';

const percent = (share: number) => Math.round(share * 100);
const width = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);

/** A share drawn as a bar; the figures are always written beside it, so the bar is never the only way to read it. */
function Bar({ share, kind }: { share: number; kind: 'key' | 'other' | 'missed' | 'marked' }) {
  return (
    <svg className="item-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
      <rect className="share-track" x={0} y={0} width={100} height={6} />
      <rect className={`item-bar-fill item-bar-${kind}`} x={0} y={0} width={width(share)} height={6} />
    </svg>
  );
}

/** How to read the figures, with the formula and the rules behind the flags. */
export function ItemAnalysisGuide({ t }: { t: Translate }) {
  return (
    <details className="item-guide">
      <summary>{t('items.guide.summary')}</summary>
      <dl>
        <dt>{t('items.facility')}</dt>
        <dd>{t('items.guide.facility')}</dd>
        <dt>{t('items.discrimination')}</dt>
        <dd>
          {t('items.guide.discrimination')}
          <code className="item-formula">{t('items.guide.formula')}</code>
        </dd>
        <dt>{t('items.strongFacility')}</dt>
        <dd>{t('items.guide.strong')}</dd>
        <dt>{t('items.guide.flagsTitle')}</dt>
        <dd>{t('items.guide.flags', { min: ITEM_RULES.minStudents, discrimination: ITEM_RULES.minDiscrimination, strong: percent(ITEM_RULES.minStrongFacility), easy: percent(ITEM_RULES.easyFacility) })}</dd>
      </dl>
    </details>
  );
}

function flagReason(item: ScenarioItemView, flag: ItemFlag, t: Translate, decimals: Intl.NumberFormat): string {
  if (flag === 'strong_students_miss') return t('items.flag.strongStudentsMiss', { percent: percent(item.strongFacility ?? 0) });
  if (flag === 'everyone_right') return t('items.flag.everyoneRight', { percent: percent(item.facility) });
  if (item.discrimination === null) return t('items.flag.noDiscriminationAlike');
  return t(item.discrimination < 0 ? 'items.flag.negativeDiscrimination' : 'items.flag.noDiscrimination', { value: decimals.format(item.discrimination) });
}

function OptionRow({ option, question, t }: { option: OptionItemView; question: QuestionItemView; t: Translate }) {
  return (
    <li className={`item-option${option.isKey ? ' is-key' : ''}`}>
      <span className="item-option-text">
        {option.isKey && <span className="item-key">✓ {t('items.key')}</span>}
        {option.text ?? t(`verdict.${option.id}`)}
      </span>
      <Bar share={option.share} kind={option.isKey ? 'key' : 'other'} />
      <span className="item-figure">{t('items.chosen', { count: option.count, total: question.students, percent: percent(option.share) })}</span>
    </li>
  );
}

function LineList({ lines, kind, t }: { lines: readonly LineItemView[]; kind: 'missed' | 'marked'; t: Translate }) {
  return (
    <ol className="item-lines">
      {lines.map((line) => (
        <li key={line.id} className="item-option">
          <span className="item-option-text item-line-text">{line.text}</span>
          <Bar share={line.share} kind={kind} />
          <span className="item-figure">{t(kind === 'missed' ? 'items.lineMissed' : 'items.lineMarked', { count: line.count, percent: percent(line.share) })}</span>
        </li>
      ))}
    </ol>
  );
}

function QuestionItems({ question, number, t }: { question: QuestionItemView; number: number; t: Translate }) {
  return (
    <section className="item-question">
      <h3>{t('items.question', { number, prompt: question.prompt })}</h3>
      {question.facility === null ? (
        <p className="hint">{t('items.questionUnanswered')}</p>
      ) : (
        <p className="item-question-facility">{t('items.questionFacility', { count: question.correct, total: question.students, percent: percent(question.facility) })}</p>
      )}
      {question.options.length > 0 && (
        <>
          {question.type === 'multiple' && <p className="hint">{t('items.severalOptions')}</p>}
          <ul className="item-options">
            {question.options.map((option) => (
              <OptionRow key={option.id} option={option} question={question} t={t} />
            ))}
          </ul>
        </>
      )}
      {question.type === 'spot' && question.students > 0 && (
        <>
          <h4>{t('items.missedLines')}</h4>
          <LineList lines={question.missedKeyLines} kind="missed" t={t} />
          <h4>{t('items.falselyMarked')}</h4>
          {question.falselyMarkedLines.length === 0 ? <p className="hint">{t('items.noFalseMarks')}</p> : <LineList lines={question.falselyMarkedLines} kind="marked" t={t} />}
        </>
      )}
    </section>
  );
}

const VERDICT_MARK = { fix: '⚠', note: 'ⓘ', ok: '✓', too_few: '…' } as const;

/** One scenario: its verdict with the reasons in words, its figures explained, then every question. */
export function ScenarioItemCard({ item, locale, t }: { item: ScenarioItemView; locale: string; t: Translate }) {
  const decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const band = discriminationBand(item.discrimination);
  return (
    <article className={`item-card verdict-${item.verdict}`} id={`scenario-${item.scenarioId}`}>
      <header className="item-head">
        <h2>{item.title ?? item.scenarioId}</h2>
        <p className="item-verdict">
          <span aria-hidden="true">{VERDICT_MARK[item.verdict]}</span> {t(`items.verdict.${item.verdict}`, { count: item.students, min: ITEM_RULES.minStudents })}
        </p>
      </header>
      {item.flags.length > 0 && (
        <ul className="item-reasons">
          {item.flags.map((flag) => (
            <li key={flag}>{flagReason(item, flag, t, decimals)}</li>
          ))}
        </ul>
      )}
      <dl className="item-figures">
        <div>
          <dt>{t('items.answeredBy')}</dt>
          <dd>{t('items.studentCount', { count: item.students })}</dd>
        </div>
        <div>
          <dt>{t('items.facility')}</dt>
          <dd>
            {t('items.facilityValue', { percent: percent(item.facility) })}
            <span className="item-explain">{t('items.fullyRight', { percent: percent(item.fullyRightShare) })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('items.discrimination')}</dt>
          <dd>
            {item.discrimination === null ? '–' : decimals.format(item.discrimination)}
            <span className="item-explain">{t(`items.band.${band}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('items.strongFacility')}</dt>
          <dd>
            {item.strongFacility === null ? '–' : t('items.facilityValue', { percent: percent(item.strongFacility) })}
            <span className="item-explain">{t('items.strongCount', { count: item.strongStudents })}</span>
          </dd>
        </div>
      </dl>
      {item.title === null ? (
        <p className="hint">{t('items.scenarioGone')}</p>
      ) : (
        <details className="item-questions" open={item.verdict === 'fix'}>
          <summary>{t('items.questions', { count: item.questions.length })}</summary>
          {item.questions.map((question, index) => (
            <QuestionItems key={question.id} question={question} number={index + 1} t={t} />
          ))}
        </details>
      )}
    </article>
  );
}
