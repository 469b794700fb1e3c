import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentLibrary } from '@/domain/content/library';
import { draftKey, emptyResponses, markableLineIds, restoreDraft } from '@/domain/quiz/draft';
import { optionOrderFor } from '@/domain/quiz/handles';
import { STAGES } from '@/domain/quiz/stages';
import { toStagePlayView, type QuestionView } from '@/domain/quiz/views';
import { readContentLibrary } from '@/server/content/read-files';

const questions: QuestionView[] = [
  { type: 'single', prompt: 'What do you do?', options: [{ handle: 'c1', text: 'A' }, { handle: 'c2', text: 'B' }] },
  { type: 'multiple', prompt: 'Which?', options: [{ handle: 'c1', text: 'A' }, { handle: 'c2', text: 'B' }, { handle: 'c3', text: 'C' }] },
  { type: 'spot', prompt: 'Mark the lines' },
];
const lines = new Set(['0-1', '0-2']);

describe('restoreDraft', () => {
  it('gives back choices that fit the questions, lines sorted', () => {
    expect(restoreDraft([{ type: 'single', choice: 'c2' }, null, { type: 'spot', lines: ['0-2', '0-1'] }], questions, lines)).toEqual([
      { type: 'single', choice: 'c2' },
      undefined,
      { type: 'spot', lines: ['0-1', '0-2'] },
    ]);
    expect(restoreDraft([null, { type: 'multiple', choices: ['c3', 'c1'] }, { type: 'spot', lines: [] }], questions, lines)?.[1]).toEqual({ type: 'multiple', choices: ['c3', 'c1'] });
  });

  it.each([
    ['another number of questions', [null, null]],
    ['a handle the question does not show', [{ type: 'single', choice: 'c3' }, null, { type: 'spot', lines: [] }]],
    ['a response of another type', [{ type: 'verdict', choice: 'scam' }, null, { type: 'spot', lines: [] }]],
    ['a line the exhibit does not have', [null, null, { type: 'spot', lines: ['0-9'] }]],
    ['a handle twice', [null, { type: 'multiple', choices: ['c1', 'c1'] }, { type: 'spot', lines: [] }]],
    ['no line list for a line question', [null, null, null]],
    ['something that is not a list', { 0: null }],
    ['an id instead of a handle', [{ type: 'single', choice: 'b' }, null, { type: 'spot', lines: [] }]],
  ])('refuses the whole draft for %s', (_what, stored) => {
    expect(restoreDraft(stored, questions, lines)).toBeUndefined();
  });

  it('starts line-marking questions with no line, the others with no choice', () => {
    expect(emptyResponses(questions)).toEqual([undefined, undefined, { type: 'spot', lines: [] }]);
  });

  it('keys a draft by attempt, position and stage', () => {
    expect(new Set([draftKey('a', 0, 'decision'), draftKey('a', 0, 'follow-up'), draftKey('a', 1, 'decision'), draftKey('b', 0, 'decision')]).size).toBe(4);
  });
});

describe('the bundled library in both languages', () => {
  let library: ContentLibrary;
  beforeAll(() => {
    library = readContentLibrary('.');
  });

  it('shows every stage with the same handles for the same options and the same markable lines, so a draft means the same choice', () => {
    let stages = 0;
    for (const scenario of library.scenarios.values()) {
      const zh = scenario.byLocale['zh-CN'];
      const en = scenario.byLocale.en;
      for (const seed of [null, 7, 123456]) {
        const order = optionOrderFor(seed, 3);
        for (const stage of STAGES) {
          const [zhView, enView] = [toStagePlayView(zh, stage, order), toStagePlayView(en, stage, order)];
          expect(enView.questions.map((question) => question.type), scenario.id).toEqual(zhView.questions.map((question) => question.type));
          expect([...markableLineIds(enView.blocks)], scenario.id).toEqual([...markableLineIds(zhView.blocks)]);
          // A handle stands for the same option id in both languages.
          const ids = (locale: typeof zh, index: number) => {
            const question = locale.questions[index];
            return question.type === 'single' || question.type === 'multiple' ? order(question.options, index).map((option) => option.id) : [];
          };
          zh.questions.forEach((_question, index) => expect(ids(en, index), `${scenario.id} question ${index + 1}`).toEqual(ids(zh, index)));
          stages += 1;
        }
      }
    }
    expect(stages).toBeGreaterThan(300);
  });
});
