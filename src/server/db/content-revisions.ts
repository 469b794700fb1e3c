import 'server-only';
import { randomUUID } from 'node:crypto';
import { parseYaml, splitFrontMatter } from '@/domain/content/front-matter';
import type { ContentIssue } from '@/domain/content/issues';
import { buildContentLibrary, type ContentFile, type ContentLibrary } from '@/domain/content/library';
import { checkImageReferences, type MediaExists } from '@/domain/content/media-references';
import {
  contentIdSchema,
  contentPaths,
  diffRevisionFiles,
  libraryOfBundles,
  orderFiles,
  planFileImport,
  publishBlockers,
  revisionIdSchema,
  revisionVersion,
  saveRevisionInputSchema,
  withCandidate,
  type ContentBundle,
  type ContentKind,
  type FileDiff,
  type RevisionSource,
} from '@/domain/content/revisions';
import type { Scenario } from '@/domain/content/scenario';
import { fail, ok, type Failure, type Result } from '@/domain/shared/result';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import type { StaffViewer } from '@/server/auth/staff';
import { db, type Tx } from './client';
import { isUniqueViolation } from './errors';

/*
 * The content library's revisions (rules in src/domain/content/revisions.ts). Admins only: every
 * function below that takes a viewer refuses trainers, student devices and visitors itself. The
 * functions without a viewer serve the library to everyone (the published revisions, the version
 * an answer pinned) or import the content files at start.
 */

export type ContentRefusal = 'forbidden' | 'not_found' | 'invalid_input' | 'stale_base' | 'has_errors' | 'not_latest';

/** One revision in a history list. */
export type RevisionSummaryView = {
  id: string;
  kind: ContentKind;
  contentId: string;
  number: number;
  source: RevisionSource;
  /** The admin who saved it; null for a file import. */
  authorName: string | null;
  createdAt: Date;
  baseRevisionId: string | null;
  /** For a scenario, the version answers pin; null for a set. */
  version: string | null;
  isLatest: boolean;
  isPublished: boolean;
};
export type RevisionView = RevisionSummaryView & { files: ContentFile[] };

/** One scenario or set in the studio's library list. */
export type ContentEntryView = {
  kind: ContentKind;
  id: string;
  /** The latest revision's title in each language it has one (read from the front matter). */
  title: Partial<Record<Locale, string>>;
  latestRevisionId: string;
  latestNumber: number;
  publishedRevisionId: string | null;
  publishedNumber: number | null;
  /** Whether a revision newer than the published one exists (or nothing is published yet). */
  hasDraft: boolean;
  updatedAt: Date;
  /** Who saved the latest revision; null when it came from the content files. */
  updatedByName: string | null;
  latestSource: RevisionSource;
};

export type ContentEntryDetailView = { kind: ContentKind; id: string; latest: RevisionView; published: RevisionView | null };
export type SavedRevisionView = { revisionId: string; number: number };
export type RevisionDiffView = { from: RevisionSummaryView; to: RevisionSummaryView; files: FileDiff[] };

/** A save on top of a revision that is no longer the latest: the latest is returned to show both. */
export type StaleBaseFailure = Failure<'stale_base'> & { latest: RevisionView };
/** A publish the checker refuses, with each problem at its line and column. */
export type HasErrorsFailure = Failure<'has_errors'> & { issues: ContentIssue[] };

type SaveResult = Result<SavedRevisionView, 'forbidden' | 'invalid_input' | 'not_found'> | StaleBaseFailure;

/** A refusal unless the viewer is a signed-in admin: only admins edit content. */
export function refuseUnlessAdmin(viewer: StaffViewer | undefined): Failure<'forbidden'> | undefined {
  if (viewer?.kind === 'staff' && viewer.role === 'admin') return undefined;
  return fail('forbidden', viewer ? 'errors.auth.forbidden' : 'errors.auth.signInRequired');
}

const invalid = (details: string) => fail('invalid_input', 'errors.content.invalidInput', { details });
const notFound = () => fail('not_found', 'errors.content.notFound');

const revisionSelect = {
  id: true,
  kind: true,
  contentId: true,
  number: true,
  source: true,
  createdAt: true,
  baseRevisionId: true,
  version: true,
  filesJson: true,
  author: { select: { name: true } },
} as const;
type RevisionRow = { id: string; kind: string; contentId: string; number: number; source: string; createdAt: Date; baseRevisionId: string | null; version: string | null; filesJson: string; author: { name: string } | null };
type Pointers = { latestRevisionId: string; publishedRevisionId: string | null } | null;

function parseFiles(filesJson: string): ContentFile[] {
  return (JSON.parse(filesJson) as ContentFile[]).map(({ path, text }) => ({ path, text }));
}

function toSummary(row: RevisionRow, pointers: Pointers): RevisionSummaryView {
  return {
    id: row.id,
    kind: row.kind as ContentKind,
    contentId: row.contentId,
    number: row.number,
    source: row.source as RevisionSource,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt,
    baseRevisionId: row.baseRevisionId,
    version: row.version,
    isLatest: pointers?.latestRevisionId === row.id,
    isPublished: pointers?.publishedRevisionId === row.id,
  };
}

const toView = (row: RevisionRow, pointers: Pointers): RevisionView => ({ ...toSummary(row, pointers), files: parseFiles(row.filesJson) });

async function pointersOf(kind: string, contentId: string): Promise<Pointers> {
  return db.contentItem.findUnique({ where: { kind_contentId: { kind, contentId } }, select: { latestRevisionId: true, publishedRevisionId: true } });
}

/** The title a file's front matter gives, per language: a scenario file has one, a set file both. */
function titlesOf(kind: ContentKind, files: ContentFile[]): Partial<Record<Locale, string>> {
  const titles: Partial<Record<Locale, string>> = {};
  for (const file of files) {
    const split = splitFrontMatter(file.path, file.text);
    if ('message' in split) continue;
    const { source, issues } = parseYaml(file.path, split);
    const title = issues.length === 0 ? (source.data as { title?: unknown } | null)?.title : undefined;
    if (kind === 'scenario') {
      const locale = LOCALES.find((candidate) => file.path.endsWith(`.${candidate}.md`));
      if (locale && typeof title === 'string') titles[locale] = title;
    } else if (title && typeof title === 'object') {
      for (const locale of LOCALES) {
        const value = (title as Record<string, unknown>)[locale];
        if (typeof value === 'string') titles[locale] = value;
      }
    }
  }
  return titles;
}

/** Every scenario and set with its latest and published revision numbers, scenarios first, by id. */
export async function listContentEntries(viewer: StaffViewer | undefined): Promise<Result<ContentEntryView[], 'forbidden'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const items = await db.contentItem.findMany({
    orderBy: [{ kind: 'asc' }, { contentId: 'asc' }],
    select: {
      kind: true,
      contentId: true,
      latestNumber: true,
      publishedRevisionId: true,
      latestRevision: { select: { id: true, filesJson: true, createdAt: true, source: true, author: { select: { name: true } } } },
      publishedRevision: { select: { number: true } },
    },
  });
  return ok(
    items.map((item) => ({
      kind: item.kind as ContentKind,
      id: item.contentId,
      title: titlesOf(item.kind as ContentKind, parseFiles(item.latestRevision.filesJson)),
      latestRevisionId: item.latestRevision.id,
      latestNumber: item.latestNumber,
      publishedRevisionId: item.publishedRevisionId,
      publishedNumber: item.publishedRevision?.number ?? null,
      hasDraft: item.publishedRevisionId !== item.latestRevision.id,
      updatedAt: item.latestRevision.createdAt,
      updatedByName: item.latestRevision.author?.name ?? null,
      latestSource: item.latestRevision.source as RevisionSource,
    })),
  );
}

/** The latest revision's files of every scenario or of every set, by id. */
export async function listLatestFiles(viewer: StaffViewer | undefined, kind: ContentKind): Promise<Result<{ id: string; files: ContentFile[] }[], 'forbidden'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const items = await db.contentItem.findMany({ where: { kind }, orderBy: { contentId: 'asc' }, select: { contentId: true, latestRevision: { select: { filesJson: true } } } });
  return ok(items.map((item) => ({ id: item.contentId, files: parseFiles(item.latestRevision.filesJson) })));
}

/** A scenario or set with the texts of its latest and of its published revision. */
export async function getContentEntry(viewer: StaffViewer | undefined, kind: string, id: string): Promise<Result<ContentEntryDetailView, 'forbidden' | 'not_found'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const item = await db.contentItem.findUnique({
    where: { kind_contentId: { kind, contentId: id } },
    select: { latestRevisionId: true, publishedRevisionId: true, latestRevision: { select: revisionSelect }, publishedRevision: { select: revisionSelect } },
  });
  if (!item) return notFound();
  return ok({ kind: item.latestRevision.kind as ContentKind, id, latest: toView(item.latestRevision, item), published: item.publishedRevision && toView(item.publishedRevision, item) });
}

class StaleBase extends Error {}

/**
 * Writes a revision on top of `baseRevisionId` (null: a new scenario or set) and makes it the
 * latest, in one transaction. The pointer moves only where it still names the base, and the
 * revision number is unique per scenario or set, so of two saves on one base exactly one lands.
 */
async function writeRevision(bundle: ContentBundle, baseRevisionId: string | null, source: RevisionSource, authorId: string | null, now: Date, publish = false, tx?: Tx): Promise<SavedRevisionView | 'stale_base'> {
  const run = async (client: Tx): Promise<SavedRevisionView> => {
    const key = { kind: bundle.kind, contentId: bundle.id };
    const item = await client.contentItem.findUnique({ where: { kind_contentId: key }, select: { latestRevisionId: true, latestNumber: true } });
    if ((item?.latestRevisionId ?? null) !== baseRevisionId) throw new StaleBase();
    const revisionId = randomUUID();
    const number = (item?.latestNumber ?? 0) + 1;
    const files = orderFiles(bundle.kind, bundle.id, bundle.files);
    await client.contentRevision.create({
      data: { id: revisionId, ...key, number, filesJson: JSON.stringify(files), version: revisionVersion(bundle.kind, bundle.id, files), source, authorId, baseRevisionId, createdAt: now },
    });
    const pointers = { latestRevisionId: revisionId, latestNumber: number, updatedAt: now, ...(publish ? { publishedRevisionId: revisionId } : {}), ...(source === 'file' ? { fileRevisionId: revisionId } : {}) };
    if (!item) await client.contentItem.create({ data: { ...key, ...pointers } });
    else {
      const { count } = await client.contentItem.updateMany({ where: { ...key, latestRevisionId: baseRevisionId ?? undefined }, data: pointers });
      if (count !== 1) throw new StaleBase();
    }
    return { revisionId, number };
  };
  try {
    return tx ? await run(tx) : await db.$transaction(run);
  } catch (error) {
    if (error instanceof StaleBase || isUniqueViolation(error)) return 'stale_base';
    throw error;
  }
}

async function staleBase(kind: ContentKind, id: string): Promise<StaleBaseFailure> {
  const item = await db.contentItem.findUniqueOrThrow({ where: { kind_contentId: { kind, contentId: id } }, select: { latestRevisionId: true, publishedRevisionId: true, latestRevision: { select: revisionSelect } } });
  return { ...fail('stale_base', 'errors.content.staleBase', { number: item.latestRevision.number }), latest: toView(item.latestRevision, item) };
}

/**
 * An admin saves a scenario's two language files or a set's file as a new revision on top of the
 * revision their editor started from. A draft may have errors; publishing checks. When someone
 * saved in between, nothing is written and the latest revision comes back to show both.
 */
export async function saveRevision(viewer: StaffViewer | undefined, input: unknown, now: Date = new Date()): Promise<SaveResult> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const parsed = saveRevisionInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
  const { kind, id, files, baseRevisionId, source } = parsed.data;
  const saved = await writeRevision({ kind, id, files }, baseRevisionId, source, viewer!.userId, now);
  return saved === 'stale_base' ? staleBase(kind, id) : ok(saved);
}

/** An admin saves an older revision's texts as a new revision on top of `baseRevisionId`; publishing is a separate step. */
export async function restoreRevision(viewer: StaffViewer | undefined, revisionId: string, baseRevisionId: string, now: Date = new Date()): Promise<SaveResult> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  if (!revisionIdSchema.safeParse(revisionId).success || !revisionIdSchema.safeParse(baseRevisionId).success) return invalid('revision ids are required');
  const old = await db.contentRevision.findUnique({ where: { id: revisionId }, select: { kind: true, contentId: true, filesJson: true } });
  if (!old) return notFound();
  const kind = old.kind as ContentKind;
  const saved = await writeRevision({ kind, id: old.contentId, files: parseFiles(old.filesJson) }, baseRevisionId, 'studio', viewer!.userId, now);
  return saved === 'stale_base' ? staleBase(kind, old.contentId) : ok(saved);
}

/**
 * Writes new scenarios and sets as their first, unpublished revisions, all or nothing, in one
 * transaction (an import's drafts). When any id exists already, or appears meanwhile, nothing is
 * written and "stale_base" comes back. Callers check the admin themselves.
 */
export async function writeNewDrafts(bundles: ContentBundle[], source: RevisionSource, authorId: string, now: Date): Promise<SavedRevisionView[] | 'stale_base'> {
  try {
    return await db.$transaction(async (tx) => {
      const saved: SavedRevisionView[] = [];
      for (const bundle of bundles) {
        const written = await writeRevision(bundle, null, source, authorId, now, false, tx);
        if (written === 'stale_base') throw new StaleBase();
        saved.push(written);
      }
      return saved;
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error instanceof StaleBase || isUniqueViolation(error)) return 'stale_base';
    throw error;
  }
}

/** The files of every published revision, with the library stamp read before them. */
export async function loadPublishedBundles(): Promise<{ stamp: string; bundles: ContentBundle[] }> {
  const stamp = await readLibraryStamp();
  const items = await db.contentItem.findMany({ where: { publishedRevisionId: { not: null } }, orderBy: [{ kind: 'asc' }, { contentId: 'asc' }], select: { kind: true, contentId: true, publishedRevision: { select: { filesJson: true } } } });
  return { stamp, bundles: items.map((item) => ({ kind: item.kind as ContentKind, id: item.contentId, files: parseFiles(item.publishedRevision!.filesJson) })) };
}

/** Builds the library from bundles, as content:check does from folders. */
export function libraryOf(bundles: ContentBundle[]): ContentLibrary {
  return libraryOfBundles(bundles);
}

/** The stamp that changes with every publish; instances compare it to know when to reload. */
export async function readLibraryStamp(): Promise<string> {
  const row = await db.contentLibraryStamp.findUnique({ where: { id: 'library' }, select: { stamp: true } });
  return row?.stamp ?? 'none';
}

async function touchLibraryStamp(client: Tx, now: Date): Promise<void> {
  const data = { stamp: randomUUID(), changedAt: now };
  const { count } = await client.contentLibraryStamp.updateMany({ where: { id: 'library' }, data });
  if (count === 0) await client.contentLibraryStamp.create({ data: { id: 'library', ...data } });
}

/**
 * An admin publishes the latest revision of a scenario or set: new attempts play it, on every
 * instance within a second. Refused with the checker's issues when its files have an error or it
 * would break the live library (a set naming an unpublished scenario), and when a newer revision
 * was saved meanwhile (publish that one, or restore this one first).
 */
export async function publishRevision(
  viewer: StaffViewer | undefined,
  revisionId: string,
  now: Date = new Date(),
  mediaExists?: MediaExists,
): Promise<Result<SavedRevisionView, 'forbidden' | 'not_found' | 'not_latest'> | HasErrorsFailure> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  if (!revisionIdSchema.safeParse(revisionId).success) return notFound();
  const revision = await db.contentRevision.findUnique({ where: { id: revisionId }, select: { kind: true, contentId: true, number: true, filesJson: true } });
  if (!revision) return notFound();
  const kind = revision.kind as ContentKind;
  const key = { kind, contentId: revision.contentId };
  const notLatest = async () => {
    const latest = await db.contentItem.findUnique({ where: { kind_contentId: key }, select: { latestNumber: true } });
    return fail('not_latest', 'errors.content.notLatest', { number: revision.number, latest: latest?.latestNumber ?? revision.number });
  };
  const item = await db.contentItem.findUnique({ where: { kind_contentId: key }, select: { latestRevisionId: true, publishedRevisionId: true } });
  if (item?.latestRevisionId !== revisionId) return notLatest();
  if (item.publishedRevisionId === revisionId) return ok({ revisionId, number: revision.number });
  const candidate: ContentBundle = { kind, id: revision.contentId, files: parseFiles(revision.filesJson) };
  const { bundles } = await loadPublishedBundles();
  // With `mediaExists` (the studio passes it), an image exhibit's picture must exist too.
  const imageIssues = mediaExists ? candidate.files.flatMap((file) => checkImageReferences(file.path, file.text, mediaExists)) : [];
  const blockers = publishBlockers(contentPaths(kind, revision.contentId), libraryOf(bundles).issues, [...libraryOf(withCandidate(bundles, candidate)).issues, ...imageIssues]);
  if (blockers.length > 0) {
    return { ...fail('has_errors', 'errors.content.hasErrors', { count: blockers.length }), issues: blockers.map(({ path, line, column, message }) => ({ path, line, column, message })) };
  }
  const published = await db.$transaction(async (tx) => {
    const { count } = await tx.contentItem.updateMany({ where: { ...key, latestRevisionId: revisionId }, data: { publishedRevisionId: revisionId, updatedAt: now } });
    if (count !== 1) return false;
    await touchLibraryStamp(tx, now);
    return true;
  });
  return published ? ok({ revisionId, number: revision.number }) : notLatest();
}

/** Every revision of a scenario or set, newest first. */
export async function listRevisions(viewer: StaffViewer | undefined, kind: string, id: string): Promise<Result<RevisionSummaryView[], 'forbidden' | 'not_found'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const pointers = await pointersOf(kind, id);
  if (!pointers) return notFound();
  const rows = await db.contentRevision.findMany({ where: { kind, contentId: id }, orderBy: { number: 'desc' }, select: revisionSelect });
  return ok(rows.map((row) => toSummary(row, pointers)));
}

/** One revision with its files (to preview or restore it). */
export async function getRevision(viewer: StaffViewer | undefined, revisionId: string): Promise<Result<RevisionView, 'forbidden' | 'not_found'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const row = revisionIdSchema.safeParse(revisionId).success ? await db.contentRevision.findUnique({ where: { id: revisionId }, select: revisionSelect }) : null;
  if (!row) return notFound();
  return ok(toView(row, await pointersOf(row.kind, row.contentId)));
}

/** The line diff from one revision to another of the same scenario or set. */
export async function getRevisionDiff(viewer: StaffViewer | undefined, fromId: string, toId: string): Promise<Result<RevisionDiffView, 'forbidden' | 'not_found' | 'invalid_input'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  if (!revisionIdSchema.safeParse(fromId).success || !revisionIdSchema.safeParse(toId).success) return notFound();
  const rows = await db.contentRevision.findMany({ where: { id: { in: [fromId, toId] } }, select: revisionSelect });
  const from = rows.find((row) => row.id === fromId);
  const to = rows.find((row) => row.id === toId);
  if (!from || !to) return notFound();
  if (from.kind !== to.kind || from.contentId !== to.contentId) return invalid('both revisions must belong to the same scenario or set');
  const pointers = await pointersOf(from.kind, from.contentId);
  return ok({ from: toSummary(from, pointers), to: toSummary(to, pointers), files: diffRevisionFiles(parseFiles(from.filesJson), parseFiles(to.filesJson)) });
}

const answeredVersions = new Map<string, Scenario | null>();
const ANSWERED_VERSIONS_KEPT = 500;

/**
 * The scenario exactly as an answer saw it: built from the revision whose files hash to the
 * version the answer pinned. Undefined when no revision holds that version (answers stored before
 * revisions were kept). Revisions never change, so each version is built once and remembered.
 */
export async function findScenarioVersion(id: string, version: string): Promise<Scenario | undefined> {
  if (!contentIdSchema.safeParse(id).success) return undefined;
  const key = `${id}\n${version}`;
  if (answeredVersions.has(key)) return answeredVersions.get(key) ?? undefined;
  const row = await db.contentRevision.findFirst({ where: { kind: 'scenario', contentId: id, version }, select: { filesJson: true } });
  if (!row) return undefined; // another instance may import it later: a miss is not remembered
  const scenario = buildContentLibrary(parseFiles(row.filesJson), []).scenarios.get(id);
  if (answeredVersions.size >= ANSWERED_VERSIONS_KEPT) answeredVersions.delete(answeredVersions.keys().next().value!);
  answeredVersions.set(key, scenario?.version === version ? scenario : null);
  return scenario?.version === version ? scenario : undefined;
}

/** A first import writes every file in one transaction: give it time on a slow disk. */
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

export type FileImportReport = { imported: { kind: ContentKind; id: string; number: number }[]; withdrawn: { kind: ContentKind; id: string }[] };

/**
 * Imports the content files found at start (rules in planFileImport): each changed scenario or set
 * becomes a published revision of source "file", and content whose files are gone is withdrawn
 * while its live revision came from files. Several instances starting at once import each change
 * once: a loser of the race re-reads and finds nothing left to do. Running it again changes nothing.
 */
export async function importFileBundles(bundles: ContentBundle[], now: Date = new Date()): Promise<FileImportReport> {
  const report: FileImportReport = { imported: [], withdrawn: [] };
  for (let round = 0; round < 3; round++) {
    const items = await db.contentItem.findMany({ select: { kind: true, contentId: true, publishedRevisionId: true, fileRevisionId: true } });
    const fileRevisionIds = items.flatMap((item) => (item.fileRevisionId ? [item.fileRevisionId] : []));
    const fileRevisions = new Map((await db.contentRevision.findMany({ where: { id: { in: fileRevisionIds } }, select: { id: true, filesJson: true } })).map((row) => [row.id, parseFiles(row.filesJson)]));
    const states = items.map((item) => ({
      kind: item.kind as ContentKind,
      id: item.contentId,
      fileRevisionFiles: (item.fileRevisionId && fileRevisions.get(item.fileRevisionId)) || null,
      isFileRevisionPublished: item.fileRevisionId !== null && item.publishedRevisionId === item.fileRevisionId,
      isPublished: item.publishedRevisionId !== null,
    }));
    const steps = planFileImport(states, bundles);
    if (steps.length === 0) break;
    let raced = false;
    const changed = await db.$transaction(async (tx) => {
      let count = 0;
      for (const step of steps) {
        if (step.action === 'import') {
          const base = await tx.contentItem.findUnique({ where: { kind_contentId: { kind: step.bundle.kind, contentId: step.bundle.id } }, select: { latestRevisionId: true, fileRevisionId: true } });
          const planned = items.find((candidate) => candidate.kind === step.bundle.kind && candidate.contentId === step.bundle.id)?.fileRevisionId ?? null;
          // Another instance imported this file since the plan was made: plan again.
          if ((base?.fileRevisionId ?? null) !== planned) throw new StaleBase();
          const saved = await writeRevision(step.bundle, base?.latestRevisionId ?? null, 'file', null, now, true, tx);
          if (saved === 'stale_base') throw new StaleBase();
          report.imported.push({ kind: step.bundle.kind, id: step.bundle.id, number: saved.number });
          count++;
        } else {
          const item = items.find((candidate) => candidate.kind === step.kind && candidate.contentId === step.id)!;
          const withdrawn = await tx.contentItem.updateMany({ where: { kind: step.kind, contentId: step.id, publishedRevisionId: item.fileRevisionId }, data: { publishedRevisionId: null, updatedAt: now } });
          if (withdrawn.count === 1) {
            report.withdrawn.push({ kind: step.kind, id: step.id });
            count++;
          }
        }
      }
      if (count > 0) await touchLibraryStamp(tx, now);
      return count;
    }, IMPORT_TRANSACTION).catch((error: unknown) => {
      // Another instance imported at the same moment: nothing of this round was written; plan again.
      if (error instanceof StaleBase || isUniqueViolation(error)) {
        raced = true;
        report.imported = [];
        report.withdrawn = [];
        return 0;
      }
      throw error;
    });
    if (!raced || changed > 0) break;
  }
  return report;
}

/** Whether the database holds any content yet (a fresh database before its first import). */
export async function hasImportedContent(): Promise<boolean> {
  return (await db.contentItem.count()) > 0;
}
