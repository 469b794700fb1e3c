import { beforeEach, describe, expect, it } from 'vitest';
import type { Device } from '@/server/auth/device';
import { servePublishedLibrary, stopServingPublishedLibrary } from '@/server/content/library';
import { createAttempt, recordAnswer } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { libraryOf, loadPublishedBundles, publishRevision, saveRevision } from '@/server/db/content-revisions';
import { getStepData } from '@/server/quiz/pages';
import { stageSubmission } from '../../../factories/answers';
import { correctResponses, createStaff } from '../../../factories/classes';
import { fixtureScenarioFiles, resetContent } from '../../../factories/content-revisions';
import { anonymousDevice } from '../../../factories/devices';

/*
 * A scenario's decision pins the version it was answered against. When an admin publishes a
 * newer revision with another key before the student sends the follow-ups, the follow-ups are
 * scored, stored and counted against the pinned version, not the newer one.
 */

beforeEach(() => resetContent());

/** The published library as the server serves it now. */
async function publishedFinder() {
  const library = libraryOf((await loadPublishedBundles()).bundles);
  return (id: string) => library.scenarios.get(id);
}

const OLD_PROMPT = 'Which are right?';
const NEW_PROMPT = 'Which are right now?';

/** Publishes refund-call with its follow-up's key changed from [a, c] to [b, c] in both languages, and its English prompt. */
async function publishChangedKey() {
  const admin = await createStaff('admin');
  const item = await db.contentItem.findUniqueOrThrow({ where: { kind_contentId: { kind: 'scenario', contentId: 'refund-call' } } });
  const files = fixtureScenarioFiles('refund-call').map((file) => ({ ...file, text: file.text.replace('answer: [a, c]', 'answer: [b, c]').replace(`prompt: ${OLD_PROMPT}`, `prompt: ${NEW_PROMPT}`) }));
  expect(files.every((file) => file.text.includes('answer: [b, c]'))).toBe(true);
  expect(files.some((file) => file.text.includes(NEW_PROMPT))).toBe(true);
  const saved = await saveRevision(admin, { kind: 'scenario', id: 'refund-call', files, baseRevisionId: item.latestRevisionId });
  if (!saved.ok) throw new Error(saved.code);
  expect(await publishRevision(admin, saved.value.revisionId)).toMatchObject({ ok: true });
}

async function newAttempt(device: Device) {
  return (await createAttempt(device, { setId: 'fixture-set', items: ['refund-call'], locale: 'en' })).id;
}

/** The follow-up row as stored, with its facts. */
async function storedFollowUp(attemptId: string) {
  return db.answer.findFirstOrThrow({
    where: { attemptId, stage: 'follow-up' },
    select: {
      score: true,
      scenarioVersion: true,
      questions: { select: { questionId: true, isCorrect: true } },
      choices: { select: { optionId: true, isKey: true }, orderBy: { optionId: 'asc' } },
    },
  });
}

describe('follow-ups sent after a newer revision was published', () => {
  it('are scored against the version the decision pinned', async () => {
    const device = anonymousDevice();
    const attemptId = await newAttempt(device);
    const before = await publishedFinder();
    const pinned = before('refund-call')!.version;
    // The decision, then the newer key, then the follow-up right by the pinned key ([a, c]).
    expect(await recordAnswer(device, await stageSubmission(attemptId, 0, 'decision', correctResponses('refund-call')), before)).toMatchObject({ ok: true });
    await publishChangedKey();
    const after = await publishedFinder();
    expect(after('refund-call')!.version).not.toBe(pinned);
    const followUp = await stageSubmission(attemptId, 0, 'follow-up', { q1: { type: 'multiple', choices: ['a', 'c'] } });
    expect(await recordAnswer(device, followUp, after)).toMatchObject({ ok: true, value: { isComplete: true } });

    expect(await storedFollowUp(attemptId)).toEqual({
      score: 0.5,
      scenarioVersion: pinned,
      questions: [{ questionId: 'q1', isCorrect: true }],
      choices: [
        { optionId: 'a', isKey: true },
        { optionId: 'c', isKey: true },
      ],
    });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, score: true } })).toEqual({ status: 'submitted', score: 1 });
  });

  it('of a scenario begun after the publication are scored against the newer key', async () => {
    await publishChangedKey();
    const after = await publishedFinder();
    const device = anonymousDevice();
    const attemptId = await newAttempt(device);
    expect(await recordAnswer(device, await stageSubmission(attemptId, 0, 'decision', correctResponses('refund-call')), after)).toMatchObject({ ok: true });
    expect(await recordAnswer(device, await stageSubmission(attemptId, 0, 'follow-up', { q1: { type: 'multiple', choices: ['a', 'c'] } }), after)).toMatchObject({ ok: true });

    const stored = await storedFollowUp(attemptId);
    expect(stored.scenarioVersion).toBe(after('refund-call')!.version);
    expect(stored.questions).toEqual([{ questionId: 'q1', isCorrect: false }]);
    expect(stored.score).toBeLessThan(0.5);
  });

  it('are shown on the question page as in the version the decision pinned', async () => {
    await servePublishedLibrary();
    try {
      const device = anonymousDevice();
      const attemptId = await newAttempt(device);
      expect(await recordAnswer(device, await stageSubmission(attemptId, 0, 'decision', correctResponses('refund-call')), await publishedFinder())).toMatchObject({ ok: true });
      await publishChangedKey();
      await servePublishedLibrary();
      const step = await getStepData(device, attemptId, 1, 'en');
      expect(step.kind === 'question' && step.play.stage).toBe('follow-up');
      expect(step.kind === 'question' && step.play.questions.map((question) => question.prompt)).toEqual([OLD_PROMPT]);
    } finally {
      await stopServingPublishedLibrary();
    }
  });
});
