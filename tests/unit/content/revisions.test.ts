import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContentLibrary } from '@/domain/content/library';
import {
  contentKeyOfPath,
  diffRevisionFiles,
  diffText,
  groupContentFiles,
  planFileImport,
  publishBlockers,
  revisionVersion,
  saveRevisionInputSchema,
  withCandidate,
  type ContentBundle,
  type ImportedState,
} from '@/domain/content/revisions';

const fixture = (path: string) => ({ path, text: readFileSync(`tests/fixtures/library/${path}`, 'utf8') });
const relink = () => [fixture('content/scenarios/relink-chat.zh-CN.md'), fixture('content/scenarios/relink-chat.en.md')];
const bundle = (kind: 'scenario' | 'set', id: string, text: string): ContentBundle =>
  kind === 'set' ? { kind, id, files: [{ path: `content/sets/${id}.md`, text }] } : { kind, id, files: [{ path: `content/scenarios/${id}.zh-CN.md`, text }, { path: `content/scenarios/${id}.en.md`, text }] };
const state = (b: ContentBundle, published: 'file' | 'studio' | 'none' = 'file'): ImportedState => ({
  kind: b.kind,
  id: b.id,
  fileRevisionFiles: b.files,
  isFileRevisionPublished: published === 'file',
  isPublished: published !== 'none',
});

describe('content paths', () => {
  it('names the scenario or set a path belongs to, and nothing else', () => {
    expect(contentKeyOfPath('content/scenarios/relink-chat.en.md')).toEqual({ kind: 'scenario', id: 'relink-chat' });
    expect(contentKeyOfPath('content/sets/fixture-set.md')).toEqual({ kind: 'set', id: 'fixture-set' });
    expect(contentKeyOfPath('content/scenarios/relink-chat.fr.md')).toBeUndefined();
    expect(contentKeyOfPath('content/scenarios/Relink.en.md')).toBeUndefined();
    expect(contentKeyOfPath('content/README.md')).toBeUndefined();
  });

  it('groups files by scenario with the languages in a fixed order, and keeps strangers apart', () => {
    const { bundles, unrecognised } = groupContentFiles([...relink().reverse(), { path: 'content/sets/a.md', text: 'x' }, { path: 'content/scenarios/notes.txt', text: '' }]);
    expect(bundles.map((b) => [b.kind, b.id, b.files.map((file) => file.path)])).toEqual([
      ['scenario', 'relink-chat', ['content/scenarios/relink-chat.zh-CN.md', 'content/scenarios/relink-chat.en.md']],
      ['set', 'a', ['content/sets/a.md']],
    ]);
    expect(unrecognised.map((file) => file.path)).toEqual(['content/scenarios/notes.txt']);
  });

  it("pins the same version as the library gives the scenario, whatever the files' order", () => {
    const library = buildContentLibrary(relink(), []);
    expect(revisionVersion('scenario', 'relink-chat', relink().reverse())).toBe(library.scenarios.get('relink-chat')!.version);
    expect(revisionVersion('scenario', 'relink-chat', relink().slice(0, 1))).toBeNull();
    expect(revisionVersion('set', 'fixture-set', [fixture('content/sets/fixture-set.md')])).toBeNull();
  });
});

describe('planFileImport: how files and studio edits meet', () => {
  const a = bundle('scenario', 'a', 'one');
  const b = bundle('set', 'b', 'two');

  it('imports every file the database has never seen', () => {
    expect(planFileImport([], [a, b])).toEqual([{ action: 'import', bundle: a }, { action: 'import', bundle: b }]);
  });

  it('imports nothing when the files are those last imported, even when a studio revision is live', () => {
    expect(planFileImport([state(a), state(b, 'studio')], [a, b])).toEqual([]);
  });

  it('imports a file whose text changed since its last import: a newer file wins over studio edits', () => {
    const newer = bundle('set', 'b', 'two, edited');
    expect(planFileImport([state(a), state(b, 'studio')], [a, newer])).toEqual([{ action: 'import', bundle: newer }]);
  });

  it('imports a scenario whose language file was added', () => {
    const half: ContentBundle = { ...a, files: a.files.slice(0, 1) };
    expect(planFileImport([state(half)], [a])).toEqual([{ action: 'import', bundle: a }]);
  });

  it('withdraws content whose files are gone only while its file revision is live', () => {
    const c = bundle('scenario', 'c', 'three');
    expect(planFileImport([state(a), state(b, 'studio'), state(c)], [a])).toEqual([{ action: 'withdraw', kind: 'scenario', id: 'c' }]);
  });

  it('leaves content made in the studio alone, and withdraws nothing when the folder holds no file at all', () => {
    const studioOnly: ImportedState = { kind: 'scenario', id: 's', fileRevisionFiles: null, isFileRevisionPublished: false, isPublished: true };
    expect(planFileImport([studioOnly, state(b)], [a])).toEqual([{ action: 'import', bundle: a }, { action: 'withdraw', kind: 'set', id: 'b' }]);
    expect(planFileImport([state(a), state(b)], [])).toEqual([]);
  });
});

describe('publishBlockers', () => {
  const published = groupContentFiles(['relink-chat', 'real-notice'].flatMap((id) => [fixture(`content/scenarios/${id}.zh-CN.md`), fixture(`content/scenarios/${id}.en.md`)])).bundles;
  const check = (bundles: ContentBundle[]) => buildContentLibrary(bundles.filter((x) => x.kind === 'scenario').flatMap((x) => x.files), bundles.filter((x) => x.kind === 'set').flatMap((x) => x.files)).issues;

  it('accepts a valid scenario', () => {
    const candidate = published[0];
    expect(publishBlockers(candidate.files.map((file) => file.path), check(published), check(withCandidate(published, candidate)))).toEqual([]);
  });

  it('refuses a scenario whose languages disagree, naming the line', () => {
    const [zh, en] = relink();
    const candidate: ContentBundle = { kind: 'scenario', id: 'relink-chat', files: [zh, { ...en, text: en.text.replace(/verdict: scam/, 'verdict: legitimate') }] };
    const blockers = publishBlockers(candidate.files.map((file) => file.path), check(published), check(withCandidate(published, candidate)));
    expect(blockers.length).toBeGreaterThan(0);
    expect(blockers.every((issue) => issue.path.startsWith('content/scenarios/relink-chat.') && issue.line > 0 && issue.column > 0)).toBe(true);
  });

  it('refuses a set that names a scenario the library does not publish', () => {
    const set = fixture('content/sets/fixture-set.md');
    const candidate: ContentBundle = { kind: 'set', id: 'fixture-set', files: [set] };
    const blockers = publishBlockers([set.path], check(published), check(withCandidate(published, candidate)));
    expect(blockers.map((issue) => issue.message).join('\n')).toMatch(/unknown scenario id "(refund-call|exam-notice)"/);
  });

  it('ignores errors the live library already has in other files', () => {
    const live = [{ path: 'content/scenarios/x.en.md', line: 1, column: 1, message: 'old' }];
    expect(publishBlockers(['content/sets/s.md'], live, live)).toEqual([]);
    expect(publishBlockers(['content/sets/s.md'], live, [...live, { path: 'content/scenarios/x.en.md', line: 2, column: 1, message: 'new' }])).toHaveLength(1);
  });
});

describe('readable diffs', () => {
  it('numbers added and removed lines and folds long unchanged stretches', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 3\n', 'line three\n').replace('line 18\n', '');
    const { lines, added, removed } = diffText(before, after, 1);
    expect({ added, removed }).toEqual({ added: 1, removed: 2 });
    expect(lines).toEqual([
      { kind: 'gap', lines: 1 },
      { kind: 'same', oldLine: 2, newLine: 2, text: 'line 2' },
      { kind: 'removed', oldLine: 3, text: 'line 3' },
      { kind: 'added', newLine: 3, text: 'line three' },
      { kind: 'same', oldLine: 4, newLine: 4, text: 'line 4' },
      { kind: 'gap', lines: 12 },
      { kind: 'same', oldLine: 17, newLine: 17, text: 'line 17' },
      { kind: 'removed', oldLine: 18, text: 'line 18' },
      { kind: 'same', oldLine: 19, newLine: 18, text: 'line 19' },
      { kind: 'gap', lines: 1 },
    ]);
  });

  it('treats CRLF and LF texts alike and reports each file of a revision', () => {
    const files = diffRevisionFiles([{ path: 'b', text: 'x\r\ny\r\n' }, { path: 'a', text: 'gone\n' }], [{ path: 'b', text: 'x\ny\n' }, { path: 'c', text: 'new\n' }]);
    expect(files.map((file) => [file.path, file.status, file.added, file.removed])).toEqual([
      ['a', 'removed', 0, 1],
      ['b', 'unchanged', 0, 0],
      ['c', 'added', 1, 0],
    ]);
    expect(files[1].lines).toEqual([]);
  });
});

describe('saveRevisionInputSchema', () => {
  const files = relink();
  it('accepts both language files of a scenario', () => {
    expect(saveRevisionInputSchema.safeParse({ kind: 'scenario', id: 'relink-chat', files, baseRevisionId: null }).success).toBe(true);
  });

  it('refuses a missing language, a stranger path, a bad id and an oversized file, saying what to do', () => {
    const refuse = (input: object) => saveRevisionInputSchema.safeParse({ kind: 'scenario', id: 'relink-chat', files, baseRevisionId: null, ...input });
    expect(refuse({ files: files.slice(0, 1) }).error?.issues[0].message).toBe('the files must be exactly content/scenarios/relink-chat.zh-CN.md and content/scenarios/relink-chat.en.md');
    expect(refuse({ files: [files[0], { path: 'content/scenarios/other.en.md', text: '' }] }).success).toBe(false);
    expect(refuse({ id: 'Relink Chat' }).error?.issues[0].message).toMatch(/kebab-case/);
    expect(refuse({ files: [files[0], { ...files[1], text: 'x'.repeat(100_001) }] }).error?.issues[0].message).toMatch(/at most 100000 characters/);
    expect(refuse({ kind: 'page' }).success).toBe(false);
  });
});
