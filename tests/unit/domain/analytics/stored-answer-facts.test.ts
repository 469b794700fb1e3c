import { describe, expect, it } from 'vitest';
import { storedAnswerFacts } from '@/domain/analytics/answer-facts';

/* The facts of an answer stored before they were recorded, from the answer alone when its scenario changed since. */

const verdictDecision = (choice: 'scam' | 'legitimate', isCorrect: boolean) => ({
  responses: { q1: { type: 'verdict' as const, choice } },
  questionScores: [{ questionId: 'q1', score: isCorrect ? 1 : 0, isCorrect }],
});

describe('storedAnswerFacts without the scenario as it was answered', () => {
  it('reads the verdict from a verdict decision: a wrong "genuine" is a scam trusted, a wrong "scam" a false alarm', () => {
    expect(storedAnswerFacts({ holdsDecision: true, ...verdictDecision('legitimate', false) }).decisionOutcome).toBe('fell_for_it');
    expect(storedAnswerFacts({ holdsDecision: true, ...verdictDecision('scam', false) }).decisionOutcome).toBe('false_alarm');
    expect(storedAnswerFacts({ holdsDecision: true, ...verdictDecision('scam', true) }).decisionOutcome).toBe('safe');
  });

  it('leaves the meaning of an option decision unknown, and never gives a follow-up row one', () => {
    const option = { responses: { q1: { type: 'single' as const, choice: 'b' } }, questionScores: [{ questionId: 'q1', score: 0, isCorrect: false }] };
    expect(storedAnswerFacts({ holdsDecision: true, ...option }).decisionOutcome).toBeNull();
    expect(storedAnswerFacts({ holdsDecision: false, ...verdictDecision('scam', false) }).decisionOutcome).toBeNull();
  });

  it('keeps every question score and records no choices', () => {
    const facts = storedAnswerFacts({ holdsDecision: true, ...verdictDecision('scam', true) });
    expect(facts.questions).toEqual([{ questionId: 'q1', score: 1, isCorrect: true }]);
    expect(facts.choices).toEqual([]);
  });
});
