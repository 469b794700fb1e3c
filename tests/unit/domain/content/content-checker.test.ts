import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentIssue } from '@/domain/content/issues';
import { readContentLibrary } from '@/server/content/read-files';

function check(fixture: string) {
  const root = resolve('tests/fixtures/broken', fixture);
  const library = readContentLibrary(root);
  return { library, messages: library.issues.map(formatContentIssue) };
}

describe('content checker: every error names the file, line, column and the fix', () => {
  it.each([
    ['yaml-syntax', 'content/scenarios/relink-chat.zh-CN.md:4:11 YAML syntax error:'],
    ['missing-field', 'content/scenarios/relink-chat.zh-CN.md:2:1 "title" is missing: add it to the front matter'],
    ['unknown-field', 'content/scenarios/relink-chat.zh-CN.md:8:8 unknown field "level" in front matter: remove it or fix the spelling'],
    ['unknown-red-flag', 'content/scenarios/relink-chat.zh-CN.md:8:38 "redFlags[2]" must be one of: off-platform-payment'],
    ['unknown-marker-tag', 'content/scenarios/relink-chat.zh-CN.md:38:1 unknown red-flag tag "hurry"'],
    ['answer-points-at-no-option', 'content/scenarios/relink-chat.zh-CN.md:21:13 "questions[0].answer" answer "z" points at no option of question "q1"; use one of: a, b'],
    ['unknown-question-type', 'content/scenarios/relink-chat.zh-CN.md:23:11 "questions[1].type" type must be one of single, multiple, verdict, spot'],
    ['missing-translation', 'content/scenarios/relink-chat.zh-CN.md:1:1 missing translation: create content/scenarios/relink-chat.en.md'],
    ['translation-disagrees', 'content/scenarios/relink-chat.en.md:21:13 question "q1" answer is "a" here but "b" in content/scenarios/relink-chat.zh-CN.md'],
    ['duplicate-id', 'content/scenarios/relink-chat.zh-CN.md:2:1 duplicate id "relink-chat": content/scenarios/relink-chat-copy.zh-CN.md already uses it'],
    ['set-unknown-scenario', 'content/sets/demo-set.md:9:26 unknown scenario id "no-such-scenario"'],
    ['unknown-exhibit-kind', 'content/scenarios/relink-chat.zh-CN.md:31:1 unknown exhibit kind "wechat"'],
    ['exhibit-missing-header', 'content/scenarios/relink-chat.zh-CN.md:31:1 a chat exhibit needs a "with: ..." header line'],
    ['marker-not-in-red-flags', 'content/scenarios/relink-chat.zh-CN.md:8:11 an exhibit line is marked {!impersonation} but "impersonation" is not in redFlags'],
    ['red-flag-not-marked', 'content/scenarios/relink-chat.zh-CN.md:8:29 red flag "urgency" is not marked on any exhibit line'],
    ['no-front-matter', 'content/scenarios/relink-chat.zh-CN.md:1:1 the file must start with a "---" line'],
    ['decision-not-first', 'content/scenarios/relink-chat.zh-CN.md:12:11 "questions[0].type" the first question is the decision'],
    ['option-too-long', 'content/scenarios/relink-chat.zh-CN.md:21:13 "questions[0].answer" the correct option is 3.42x as long as the wrong ones'],
    ['trust-not-marked', 'content/scenarios/relink-chat.zh-CN.md:9:16 trust signal "official-app" is not marked on any exhibit line'],
    ['money-not-whole', 'content/scenarios/relink-chat.zh-CN.md:8:14 "moneyAtRisk" must be a whole number of yuan from 1 to 10000000'],
    ['money-disagrees', 'content/scenarios/relink-chat.en.md:8:14 moneyAtRisk is 199 here but 159 in content/scenarios/relink-chat.zh-CN.md'],
    ['assignment-only-in-practice', 'content/sets/exam-set.md:11:1 "relink-chat" is in this assignment-only set and in the practice set demo-set'],
  ])('%s', (fixture, expected) => {
    const { library, messages } = check(fixture);
    expect(messages.some((message) => message.startsWith(expected)), messages.join('\n')).toBe(true);
    // A broken scenario is left out of the playable library; a set error leaves the scenario alone.
    expect(library.scenarios.has('relink-chat')).toBe(fixture === 'set-unknown-scenario' || fixture === 'assignment-only-in-practice');
  });

  it('refuses money at risk on a genuine message, and keeps the other scenarios', () => {
    const { library, messages } = check('money-on-genuine');
    expect(messages).toContain('content/scenarios/real-notice.zh-CN.md:8:14 "moneyAtRisk" a legitimate scenario puts no money at risk: remove moneyAtRisk');
    expect(library.scenarios.has('real-notice')).toBe(false);
    expect(library.scenarios.has('relink-chat')).toBe(true);
  });

  it('reports problems from several files in one pass', () => {
    const { messages } = check('duplicate-id');
    expect(new Set(messages.map((message) => message.split(':')[0])).size).toBeGreaterThan(1);
  });

  it('keeps the valid scenarios playable when another file is broken', () => {
    const root = resolve('tests/fixtures/library');
    const library = readContentLibrary(root);
    expect([...library.scenarios.keys()].sort()).toEqual(['exam-notice', 'real-notice', 'refund-call', 'relink-chat']);
    expect(library.issues.map((issue) => issue.path)).toContain('content/scenarios/broken-sample.zh-CN.md');
    expect(library.sets.get('fixture-set')?.scenarioIds).toEqual(['relink-chat', 'refund-call', 'real-notice']);
  });
});

// Each case starts the real command in a new process (tsx compiles the checker, then it reads
// every scenario): seconds on a busy machine, so more time than a unit test's default.
describe('npm run content:check', { timeout: 60_000 }, () => {
  const run = (root: string) => {
    try {
      return { code: 0, output: execFileSync('npx', ['tsx', '--conditions', 'react-server', 'scripts/content-check.ts', root], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, output: failed.stderr };
    }
  };

  it('exits 1 and prints path:line:column lines for broken content', () => {
    const result = run('tests/fixtures/broken/answer-points-at-no-option');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^content\/scenarios\/relink-chat\.zh-CN\.md:21:13 .+$/m);
  });

  it('exits 0 for the bundled content', () => {
    const result = run('.');
    expect(result.code, result.output).toBe(0);
  });
});
