import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGiftBytes, findEarlierImports, summarizeGiftImport } from '@/domain/content/gift/gift-import-run';
import { importGift } from '@/domain/content/gift/gift-to-scenario';

const text = readFileSync(resolve('tests/fixtures/gift/scam-awareness.zh-CN.gift'), 'utf8');
const options = { sourceName: 'scam-awareness.zh-CN.gift', locale: 'zh-CN' as const };
/** The scenarios an import wrote, as the database keeps them. */
const scenariosOf = (result: ReturnType<typeof importGift>) => result.scenarios.map((scenario) => ({ id: scenario.id, files: result.files.filter((file) => file.path.startsWith(`content/scenarios/${scenario.id}.`)) }));

describe('decodeGiftBytes', () => {
  it('reads UTF-8 and refuses anything else', () => {
    expect(decodeGiftBytes(new TextEncoder().encode('::T:: 是吗? {T}'))).toEqual({ ok: true, text: '::T:: 是吗? {T}' });
    expect(decodeGiftBytes(Uint8Array.from([0xca, 0xc7, 0xc2, 0xf0]))).toEqual({ ok: false, reason: 'not_utf8' });
  });
});

describe('summarizeGiftImport', () => {
  it('counts what the command line and the studio report', () => {
    const samples = importGift(readFileSync(resolve('tests/fixtures/gift/moodle-samples.en.gift'), 'utf8'), { sourceName: 'moodle-samples.en.gift', locale: 'en' });
    const summary = summarizeGiftImport(samples);
    expect(summary.questions).toBe(samples.questionCount);
    expect(summary.imported).toBe(samples.scenarios.length);
    expect(summary.refused + summary.changed).toBe(samples.problems.length);
    expect(summary.refused).toBeGreaterThan(0);
  });
});

describe('findEarlierImports', () => {
  const first = importGift(text, options);

  it('recognises every question of a file imported again, although the new drafts got suffixed ids', () => {
    const again = importGift(text, { ...options, takenScenarioIds: first.scenarios.map((scenario) => scenario.id) });
    expect(again.scenarios[0].id).toBe('price-relink-2');
    expect(findEarlierImports(again, scenariosOf(first))).toEqual(first.scenarios.map((scenario, index) => ({ draftId: again.scenarios[index].id, earlierId: scenario.id })));
  });

  it('recognises a question whose id also appears in its words', () => {
    const gift = '::Screenshot:: A buyer sends a screenshot of the payment. Is it a scam? {T}\n';
    const once = importGift(gift, { ...options, locale: 'en' });
    const twice = importGift(gift, { ...options, locale: 'en', takenScenarioIds: ['screenshot'] });
    expect(twice.scenarios[0].id).toBe('screenshot-2');
    expect(findEarlierImports(twice, scenariosOf(once))).toEqual([{ draftId: 'screenshot-2', earlierId: 'screenshot' }]);
  });

  it('recognises nothing in another file, the same file in the other language, or a changed question', () => {
    expect(findEarlierImports(importGift(text, { ...options, sourceName: 'other.gift' }), scenariosOf(first))).toEqual([]);
    expect(findEarlierImports(importGift(text, { ...options, locale: 'en' }), scenariosOf(first))).toEqual([]);
    const changed = importGift(text.replace('重新拍下', '马上拍下'), options);
    expect(findEarlierImports(changed, scenariosOf(first)).map((found) => found.earlierId)).not.toContain('price-relink');
    expect(findEarlierImports(changed, scenariosOf(first))).toHaveLength(first.scenarios.length - 1);
  });
});
