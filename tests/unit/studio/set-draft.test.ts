import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSetFile } from '@/domain/content/parse-set';
import { groupContentFiles, libraryOfBundles } from '@/domain/content/revisions';
import { checkSetDraft, emptySetDraft, readSetDraft, setCheckLibrary, setFieldOfLine, writeSetFile, type SetDraft } from '@/domain/studio/set-draft';

const draft: SetDraft = {
  id: 'parcel-scams',
  title: { 'zh-CN': '快递骗局：先看清再付款', en: 'Parcel scams: look before you pay' },
  description: { 'zh-CN': '取件码、到付费、"理赔"电话。', en: "Pick-up codes, cash on delivery, 'claims' calls: #1 - yes" },
  practice: false,
  draw: 2,
  scenarioIds: ['refund-call', 'relink-chat', 'real-notice'],
};

const fixtureFiles = (root: string, folder: string) => readdirSync(`${root}/content/${folder}`).map((name) => ({ path: `content/${folder}/${name}`, text: readFileSync(`${root}/content/${folder}/${name}`, 'utf8') }));
const bundles = groupContentFiles([...fixtureFiles('tests/fixtures/library', 'scenarios'), ...fixtureFiles('tests/fixtures/library', 'sets')]).bundles;
const fixtureLibrary = () => setCheckLibrary(bundles, libraryOfBundles(bundles).scenarios);

describe('writeSetFile', () => {
  it('writes front matter that parseSetFile reads back as the same set', () => {
    const text = writeSetFile(draft);
    const parsed = parseSetFile('content/sets/parcel-scams.md', text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.set).toEqual({ id: draft.id, path: 'content/sets/parcel-scams.md', title: draft.title, description: draft.description, scenarioIds: draft.scenarioIds, draw: 2, isPractice: false });
    expect(readSetDraft(draft.id, text)).toEqual({ draft, issues: [] });
  });

  it('leaves draw out when every scenario plays, and keeps the bundled sets as they are', () => {
    const open = { ...draft, practice: true, draw: undefined };
    expect(writeSetFile(open)).not.toMatch(/^draw:/m);
    expect(parseSetFile('content/sets/parcel-scams.md', writeSetFile(open)).set).toMatchObject({ isPractice: true, draw: undefined });
    for (const name of readdirSync('content/sets')) {
      const path = `content/sets/${name}`;
      const original = parseSetFile(path, readFileSync(path, 'utf8'));
      const rewritten = parseSetFile(path, writeSetFile(readSetDraft(name.replace(/\.md$/, ''), readFileSync(path, 'utf8')).draft));
      expect(rewritten.set, name).toEqual(original.set);
    }
  });

  it('reads what it can of a broken file, and says when it cannot read it at all', () => {
    expect(readSetDraft('x', 'no front matter').issues).toHaveLength(1);
    expect(readSetDraft('x', '---\ntitle: [\n---\n').issues.length).toBeGreaterThan(0);
    expect(readSetDraft('x', '---\nid: x\ntitle: 7\npractice: maybe\nscenarios: [a, 3]\n---\n')).toEqual({ draft: { ...emptySetDraft('x'), scenarioIds: ['a'] }, issues: [] });
  });
});

describe('setFieldOfLine', () => {
  it('names the field, and the scenario by its place, of a line of the written file', () => {
    const text = writeSetFile(draft);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(setFieldOfLine(text, lineOf('Parcel scams'))).toEqual({ field: 'title' });
    expect(setFieldOfLine(text, lineOf('draw:'))).toEqual({ field: 'draw' });
    expect(setFieldOfLine(text, lineOf('- relink-chat'))).toEqual({ field: 'scenarios', index: 1 });
    expect(setFieldOfLine(text, 1)).toEqual({ field: 'file' });
  });
});

describe('checkSetDraft', () => {
  it('accepts a set of published scenarios', () => {
    const { issues } = checkSetDraft({ ...draft, practice: true, draw: undefined, scenarioIds: ['relink-chat', 'refund-call'] }, fixtureLibrary(), new Set());
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('reports empty fields, unknown and unpublished scenarios at their place, as content:check does', () => {
    const { issues } = checkSetDraft({ ...emptySetDraft('parcel-scams'), title: { 'zh-CN': '快递', en: '' }, scenarioIds: ['relink-chat', 'no-such-scenario', 'fresh-draft'] }, fixtureLibrary(), new Set(['fresh-draft']));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', target: { field: 'title' }, message: expect.stringContaining('must not be empty') }),
        expect.objectContaining({ severity: 'error', target: { field: 'description' } }),
      ]),
    );
    const fixed = checkSetDraft({ ...draft, practice: true, draw: undefined, scenarioIds: ['relink-chat', 'no-such-scenario', 'fresh-draft'] }, fixtureLibrary(), new Set(['fresh-draft']));
    expect(fixed.issues).toEqual([
      expect.objectContaining({ severity: 'error', target: { field: 'scenarios', index: 1 }, message: expect.stringContaining('unknown scenario id "no-such-scenario"') }),
      expect.objectContaining({ severity: 'error', target: { field: 'scenarios', index: 2 }, message: expect.stringContaining('"fresh-draft" is not published yet') }),
    ]);
  });

  it('reports a practice set that would reveal an assignment-only scenario, in the other set’s file too', () => {
    const { issues } = checkSetDraft({ ...draft, practice: true, draw: undefined, scenarioIds: ['exam-notice'] }, fixtureLibrary(), new Set());
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({ path: 'content/sets/fixture-exam.md', target: { field: 'file' }, message: expect.stringContaining('"exam-notice" is in this assignment-only set and in the practice set parcel-scams') }),
    ]);
  });

  it('warns about a set a student can pass without reading, on the set as a whole', () => {
    const { issues } = checkSetDraft({ ...draft, practice: false, draw: undefined, scenarioIds: ['exam-notice'] }, fixtureLibrary(), new Set());
    expect(issues).toEqual([
      expect.objectContaining({ path: 'content/sets/parcel-scams.md', severity: 'warning', target: { field: 'file' }, message: expect.stringContaining('(zh-CN) a student who never reads the exhibits') }),
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('(en) a student who never reads the exhibits') }),
    ]);
  });
});

describe('checkSetDraft against the bundled library', () => {
  it('finds in every bundled set what content:check finds there (nothing), in milliseconds', () => {
    const published = groupContentFiles(['scenarios', 'sets'].flatMap((folder) => fixtureFiles('.', folder))).bundles;
    const full = libraryOfBundles(published);
    const library = setCheckLibrary(published, full.scenarios);
    let spent = 0;
    for (const name of readdirSync('content/sets')) {
      const draft = readSetDraft(name.replace(/\.md$/, ''), readFileSync(`content/sets/${name}`, 'utf8')).draft;
      const started = performance.now();
      const { issues } = checkSetDraft(draft, library, new Set());
      spent += performance.now() - started;
      // The rewritten file may place things on other lines; the problems are the same.
      expect(issues.map((issue) => issue.message), name).toEqual(full.issues.filter((issue) => issue.path === `content/sets/${name}`).map((issue) => issue.message));
    }
    expect(spent / readdirSync('content/sets').length).toBeLessThan(100);
  });
});
