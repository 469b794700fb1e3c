import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGift } from '@/domain/content/gift/parse-gift';
import { readContentLibrary } from '@/server/content/read-files';

const temp = mkdtempSync(join(tmpdir(), 'gift-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: string, args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', script, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each test starts tsx; on a busy machine that takes seconds.
describe('npm run content:import-gift', { timeout: 60_000 }, () => {
  it('writes drafts that the content parser accepts, and exits 0 when everything was imported', () => {
    const out = join(temp, 'zh');
    const result = run('scripts/content-import-gift.ts', ['tests/fixtures/gift/scam-awareness.zh-CN.gift', '--locale', 'zh-CN', '--out', out]);
    expect(result.stdout).toContain('7 of 7 questions imported as draft scenarios');
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'content/sets')).sort()).toEqual(['scam-awareness-zh-cn-2.md', 'scam-awareness-zh-cn.md']);
    const library = readContentLibrary(out);
    expect(library.issues.filter((issue) => issue.severity !== 'warning')).toEqual([]);
    expect([...library.scenarios.keys()].sort()).toEqual(['escapes-in-a-link', 'fake-payment-screenshot', 'gift-6', 'gift-7', 'price-relink', 'real-notice', 'refund-call-red-flags']);
    expect(library.scenarios.get('price-relink')!.byLocale['zh-CN'].questions[0]).toMatchObject({ type: 'single', prompt: '你会怎么做？', answer: 'b' });
  });

  it('prints every problem as file:line:column and exits 1 when something was not imported', () => {
    const out = join(temp, 'en');
    const result = run('scripts/content-import-gift.ts', ['tests/fixtures/gift/moodle-samples.en.gift', '--locale', 'en', '--out', out]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('tests/fixtures/gift/moodle-samples.en.gift:7:59 an essay question (empty { }) is not supported: ScamSense scores only choices');
    expect(lines).toContain('tests/fixtures/gift/moodle-samples.en.gift:66:5 warning: Moodle gives 50% for this answer, but a ScamSense single-choice question scores 1 or 0: it scores 0 here');
    expect(result.stdout).toContain('3 of 19 questions imported');
    expect(result.stdout).toContain('16 not imported');
    expect(readContentLibrary(out).scenarios.size).toBe(3);
  });

  it('refuses to overwrite drafts, to write into the library the app serves, and a file that is not UTF-8', () => {
    const again = run('scripts/content-import-gift.ts', ['tests/fixtures/gift/scam-awareness.zh-CN.gift', '--locale', 'zh-CN', '--out', join(temp, 'zh')]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exist and are left alone');
    const live = run('scripts/content-import-gift.ts', ['tests/fixtures/gift/scam-awareness.zh-CN.gift', '--locale', 'zh-CN', '--out', '.']);
    expect(live.stderr).toContain('is the library the app serves');
    const gbk = join(temp, 'gbk.gift');
    writeFileSync(gbk, Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x7b, 0x54, 0x7d]));
    expect(run('scripts/content-import-gift.ts', [gbk, '--locale', 'zh-CN', '--out', join(temp, 'gbk')]).stderr).toContain('is not UTF-8');
    expect(run('scripts/content-import-gift.ts', ['x.gift', '--locale', 'fr', '--out', temp]).stderr).toContain('--locale must be the language the file is written in: zh-CN or en.');
  });
});

describe('npm run content:export-gift', { timeout: 60_000 }, () => {
  it('writes a set as GIFT that reads back without a problem', () => {
    const file = join(temp, 'fixture.en.gift');
    const result = run('scripts/content-export-gift.ts', ['buyer-basics', '--locale', 'en', '--out', file]);
    expect(result.status).toBe(0);
    const parsed = parseGift(readFileSync(file, 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.questions[0]).toMatchObject({ title: 'relink-price-error-im/q1', category: '$course$/top/Online shopping: buyer basics' });
  });

  it('names the sets when the set is unknown', () => {
    const result = run('scripts/content-export-gift.ts', ['no-such-set', '--locale', 'en']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There is no playable set "no-such-set". Sets: buyer-basics');
  });
});
