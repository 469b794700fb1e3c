/**
 * Who reads a review: the student ("your choice") or their trainer ("the student chose this").
 * The review components take their reader-addressed strings from here, so a trainer never reads
 * "your choice" about someone else's answer; everything else they share.
 */
export type ReviewAudience = 'student' | 'trainer';

const KEYS = {
  student: {
    decision: 'review.yourDecision',
    decisionUnanswered: 'review.decisionUnanswered',
    questions: 'review.questions',
    spotSummary: 'review.spotSummary',
    choice: 'review.yourChoice',
    marked: 'review.youMarked',
    missed: 'review.youMissed',
    falseAlarm: 'review.falseAlarm',
    caption: 'exhibit.caption',
    doInstead: 'review.doInstead',
    scoreExplained: 'score.explained',
  },
  trainer: {
    decision: 'trainerReview.decision',
    decisionUnanswered: 'trainerReview.decisionUnanswered',
    questions: 'trainerReview.questions',
    spotSummary: 'trainerReview.spotSummary',
    choice: 'trainerReview.choice',
    marked: 'trainerReview.marked',
    missed: 'trainerReview.missed',
    falseAlarm: 'trainerReview.falseAlarm',
    caption: 'trainerReview.caption',
    doInstead: 'trainerReview.doInstead',
    scoreExplained: 'trainerReview.scoreExplained',
  },
} as const;

export type ReviewVoiceKey = keyof (typeof KEYS)['student'];

/** The catalogue key of one reader-addressed string. */
export function reviewKey(audience: ReviewAudience, key: ReviewVoiceKey): string {
  return KEYS[audience][key];
}
