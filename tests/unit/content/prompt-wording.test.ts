import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentLibrary } from '@/domain/content/library';
import { readContentLibrary } from '@/server/content/read-files';

let library: ContentLibrary;

beforeAll(() => {
  library = readContentLibrary('.');
});

describe('question prompts of the bundled library', () => {
  it('leave "choose all that apply" to the player, which says it under every multiple-choice prompt', () => {
    const repeated = [...library.scenarios.values()].flatMap((scenario) =>
      Object.values(scenario.byLocale).flatMap((localized) =>
        localized.questions.filter((question) => /多选|all that apply/i.test(question.prompt)).map((question) => `${localized.id} ${question.id}: ${question.prompt}`),
      ),
    );
    expect(repeated).toEqual([]);
  });
});
