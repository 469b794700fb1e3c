import { RECENT_DECISIONS_PER_TAG, type MyMiss } from '@/domain/analytics/my-progress';
import type { Locale } from '@/domain/shared/locales';
import { formatDateTime } from '@/domain/shared/time-zones';
import type { Translate } from '@/i18n/translate';
import type { MyNextPracticeView, MyProgressPageData } from '@/server/quiz/my-progress-page';
import { MissList } from './miss-list';
import { NextPractice, type NextPracticeCard } from './next-practice';
import { ScoreChart } from './score-chart';
import '@/ui/styles/my-progress.css';

type StartAction = (form: FormData) => Promise<void>;

const tagName = (t: Translate, miss: Pick<MyMiss, 'dimension' | 'tag'>) => t(`${miss.dimension}.${miss.tag}`);

function nextCard(next: MyNextPracticeView, t: Translate): NextPracticeCard {
  const common = { setId: next.setId, openAttemptId: next.openAttemptId, continueLabel: t('myProgress.next.continue') };
  if (next.kind === 'focus') {
    const topic = tagName(t, next.focus);
    const reason =
      next.miss.fellForIt > 0
        ? t(next.focus.dimension === 'script' ? 'myProgress.next.reasonScript' : 'myProgress.next.reasonFlag', { fell: next.miss.fellForIt, met: next.miss.metScam })
        : t('myProgress.next.reasonAlarm', { alarms: next.miss.falseAlarms, met: next.miss.metGenuine });
    return { ...common, title: t('focus.title', { topic }), reason: `${reason} ${t('myProgress.next.focusHow')}`, button: t('myProgress.next.practiseNow') };
  }
  const reason = next.kind === 'unfinished' ? t('myProgress.next.unfinished') : t('myProgress.next.improve', { percent: next.bestPercent ?? 0 });
  return { ...common, title: next.setTitle, reason, button: t('myProgress.next.startSet') };
}

/**
 * "My progress": scores over time (chart and table), the scam scripts and red flags missed most in
 * the recent answers, and the one thing to practise next. An empty device gets a way to start.
 */
export function MyProgressView({ data, locale, t, startAction }: { data: MyProgressPageData; locale: Locale; t: Translate; startAction: StartAction }) {
  const dateOf = (instant: Date) => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(instant);
  const hasMisses = data.scripts.length + data.redFlags.length > 0;
  const missText = {
    name: (miss: MyMiss) => tagName(t, miss),
    fell: (miss: MyMiss) => t(miss.dimension === 'script' ? 'myProgress.misses.fellScript' : 'myProgress.misses.fellFlag', { fell: miss.fellForIt, met: miss.metScam }),
    falseAlarm: (miss: MyMiss) => t('myProgress.misses.falseAlarm', { alarms: miss.falseAlarms, met: miss.metGenuine }),
  };

  return (
    <div className="my-progress">
      <p className="breadcrumbs">
        <a href={`/${locale}`}>{t('myProgress.practice')}</a> · <a href={`/${locale}/my`}>{t('my.title')}</a>
      </p>
      <h1>{t('myProgress.title')}</h1>
      {data.students.length > 0 && (
        <p className="my-classes">{t('my.signedInAs', { classes: data.students.map((student) => `${student.displayName} · ${student.classroomName}`).join(t('my.listSeparator')) })}</p>
      )}
      <p className="my-progress-intro">{t('myProgress.intro')}</p>

      {data.scores.length === 0 ? (
        <div className="notice my-progress-empty">
          <p>{t('myProgress.empty')}</p>
          <p>
            <a className="button primary" href={`/${locale}`}>
              {t('myProgress.emptyStart')}
            </a>
          </p>
        </div>
      ) : (
        <>
          {data.next && <NextPractice card={nextCard(data.next, t)} heading={t('myProgress.next.heading')} locale={locale} startAction={startAction} />}
          {!data.next && <p className="notice success">{t('myProgress.next.allDone')}</p>}

          <h2>{t('myProgress.misses.heading')}</h2>
          <p className="my-progress-rule">{t('myProgress.misses.rule', { count: RECENT_DECISIONS_PER_TAG })}</p>
          {data.decisionsCounted === 0 ? (
            <p className="notice">{t('myProgress.misses.notYet')}</p>
          ) : !hasMisses ? (
            <p className="notice success">{t('myProgress.misses.none')}</p>
          ) : (
            <div className="miss-columns">
              {data.scripts.length > 0 && (
                <section aria-labelledby="miss-scripts">
                  <h3 id="miss-scripts">{t('myProgress.misses.scripts')}</h3>
                  <MissList misses={data.scripts} text={missText} />
                </section>
              )}
              {data.redFlags.length > 0 && (
                <section aria-labelledby="miss-flags">
                  <h3 id="miss-flags">{t('myProgress.misses.flags')}</h3>
                  <MissList misses={data.redFlags} text={missText} />
                </section>
              )}
            </div>
          )}

          <h2>{t('myProgress.scores.heading')}</h2>
          <ScoreChart
            points={data.scores.map((score) => ({ id: score.id, kind: score.kind, percent: score.percent, date: dateOf(score.submittedAt), setTitle: score.setTitle }))}
            text={{
              title: t('myProgress.scores.chartTitle', { count: data.scores.length }),
              asTable: t('myProgress.scores.asTable'),
              date: t('myProgress.scores.date'),
              set: t('myProgress.scores.set'),
              kind: t('myProgress.scores.kind'),
              score: t('myProgress.scores.score'),
              kindLabel: (kind) => t(`myProgress.kind.${kind}`),
              percent: (percent) => t('summary.percent', { percent }),
              pending: (id) => {
                const score = data.scores.find((candidate) => candidate.id === id);
                return score?.releaseAt ? t('myProgress.scores.pending', { time: formatDateTime(score.releaseAt, locale, score.timeZone ?? undefined) }) : '–';
              },
            }}
          />
        </>
      )}
    </div>
  );
}
