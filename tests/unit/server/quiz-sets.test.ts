import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentLibrary } from '@/domain/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { readContentLibrary } from '@/server/content/read-files';

let library: ContentLibrary;
beforeAll(() => {
  library = readContentLibrary('.');
});

describe('findQuizSet', () => {
  it('returns a file set as the library has it', () => {
    const set = findQuizSet('buyer-basics', 'en', library)!;
    expect(set.title).toEqual(library.sets.get('buyer-basics')!.title);
    expect(set.localTitle).toBe(library.sets.get('buyer-basics')!.title.en);
    expect(set.focus).toBeUndefined();
  });

  it('makes a focus set with titles in both languages from the catalogues', () => {
    const set = findQuizSet('focus:script:fake-police', 'zh-CN', library)!;
    expect(set.title).toEqual({ 'zh-CN': '专项练习：冒充公检法、“安全账户”', en: 'Focused practice: Fake police and "safe accounts"' });
    expect(set.localTitle).toBe(set.title['zh-CN']);
    expect(set.isPractice).toBe(true);
    expect(set.focus).toEqual({ dimension: 'script', tag: 'fake-police' });
    expect(set.description.en).toBe('4 scenarios a run: 2 scams with “Fake police and "safe accounts"” and 2 genuine messages, so you judge each one on what it says.');
    expect(set.draw).toBe(4);
  });

  it.each(['focus:script:not-a-script', 'focus:script:fake-police ', 'nope', 'focus:bogus:urgency'])('knows no set %j', (id) => {
    expect(findQuizSet(id, 'en', library)).toBeUndefined();
  });
});
