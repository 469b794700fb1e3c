import type { StudentAssignmentProgress, StudentWeakSpot } from '@/domain/analytics/student-progress';
import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { ClassProgressText } from './class-progress-table';
import type { GradeTrendText } from './grade-trend-chart';
import type { StudentAttemptsText } from './student-attempts';
import type { StudentWeakSpotText } from './student-weak-spots';

/** A date (and time) in the assignment's time zone, short enough for a table cell on a phone. */
export function shortDate(locale: Locale, withTime: boolean) {
  return (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}), timeZone }).format(instant);
}

/** The catalogue key of a script or red flag's name. */
export const tagName = (dimension: 'script' | 'redFlag', tag: string) => `${dimension}.${tag}`;

export function gradeTrendText(t: Translate, name: string, count: number): GradeTrendText {
  return {
    title: t('studentProgress.chartTitle', { name, count }),
    asTable: t('results.asTable'),
    assignment: t('studentProgress.assignment'),
    opens: t('studentProgress.opens'),
    attempts: t('studentProgress.attempts'),
    grade: t('studentProgress.grade'),
    noGrade: t('studentProgress.noGrade'),
    percent: (value) => t('summary.percent', { percent: value }),
  };
}

export function studentAttemptsText(t: Translate, locale: Locale, setTitle: (setId: string) => string, numberOf: (assignmentId: string) => number): StudentAttemptsText {
  const day = shortDate(locale, false);
  return {
    title: (assignment: StudentAssignmentProgress) => `${numberOf(assignment.assignmentId)}. ${setTitle(assignment.setId)}`,
    opens: (assignment) => t('studentProgress.opensOn', { date: day(assignment.opensAt, assignment.timeZone) }),
    grade: (assignment) => (assignment.grade === null ? t('studentProgress.noGrade') : t('studentProgress.gradeValue', { percent: Math.round(assignment.grade * 100) })),
    time: shortDate(locale, true),
    attempt: (number) => t('studentProgress.attempt', { number }),
    attemptHeading: t('studentProgress.attemptHeading'),
    started: t('studentProgress.started'),
    submitted: t('studentProgress.submitted'),
    score: t('studentProgress.score'),
    duration: t('studentProgress.duration'),
    inProgress: t('studentProgress.inProgress'),
    percent: (value) => t('summary.percent', { percent: value }),
    minutes: (minutes) => t('results.minutes', { minutes }),
    noAttempts: t('studentProgress.noAttempts'),
  };
}

export function studentWeakSpotText(t: Translate): StudentWeakSpotText {
  return {
    label: (spot: StudentWeakSpot) => t(tagName(spot.dimension, spot.tag)),
    fell: (count, total) => t('studentProgress.fell', { count, total }),
    falseAlarm: (count, total) => t('studentProgress.falseAlarm', { count, total }),
  };
}

export function classProgressText(t: Translate, dimension: 'script' | 'redFlag'): ClassProgressText {
  const isScript = dimension === 'script';
  return {
    caption: t(isScript ? 'classProgress.captionScript' : 'classProgress.captionRedFlag'),
    tagHeading: t(isScript ? 'classProgress.tagScript' : 'classProgress.tagRedFlag'),
    trendHeading: t('classProgress.trend'),
    changeHeading: t('classProgress.change'),
    label: (tag) => t(tagName(dimension, tag)),
    cell: (fell, total, percent) => t('classProgress.cell', { fell, total, percent }),
    notTrained: t('classProgress.notTrained'),
    notTrainedLabel: t('classProgress.notTrainedLabel'),
    trend: (tag, from, to) => t('classProgress.trendLine', { tag, from, to }),
    trendOne: (tag, percent) => t('classProgress.trendOne', { tag, percent }),
    // A sign on every change, the minus as a real minus sign: "−15", "+5", "±0".
    change: (points) => t('classProgress.changeValue', { points: points === 0 ? '±0' : points > 0 ? `+${points}` : `−${-points}` }),
  };
}
