import 'server-only';
import { parseUploadedMediaName, uploadedMediaName } from '@/domain/media/references';
import { UPLOAD_IMAGE_TYPES, type UploadImageType } from '@/domain/media/sniff';
import { ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import type { ProcessedImage } from '@/server/media/process-image';
import { db } from './client';
import { refuseUnlessAdmin } from './content-revisions';
import { isUniqueViolation } from './errors';

/*
 * Uploaded images (src/server/media/). Admins store and list them; everyone may read one by its
 * name, as students see them in scenarios. A row is never changed or deleted: its id is the hash
 * of its bytes, so every revision that names it keeps showing the same picture.
 */

/** An uploaded image in the studio's list, without its bytes. */
export type MediaAssetView = {
  id: string;
  /** What scenarios write after `media/`, e.g. `3f…e1.png`. */
  name: string;
  type: UploadImageType;
  /** In bytes. */
  size: number;
  /** In pixels. */
  width: number;
  height: number;
  originalName: string;
  uploaderName: string | null;
  createdAt: Date;
};

/** A stored image with its bytes, as the media route and the export need it. */
export type MediaAssetFile = { name: string; type: UploadImageType; bytes: Uint8Array };

const viewSelect = { id: true, type: true, size: true, width: true, height: true, originalName: true, createdAt: true, uploader: { select: { name: true } } } as const;
type ViewRow = { id: string; type: string; size: number; width: number; height: number; originalName: string; createdAt: Date; uploader: { name: string } | null };

function storedType(type: string): UploadImageType {
  const known = UPLOAD_IMAGE_TYPES.find((candidate) => candidate === type);
  if (!known) throw new Error(`MediaAsset holds an unknown type "${type}"`);
  return known;
}

function toView(row: ViewRow): MediaAssetView {
  const type = storedType(row.type);
  return { id: row.id, name: uploadedMediaName(row.id, type), type, size: row.size, width: row.width, height: row.height, originalName: row.originalName, uploaderName: row.uploader?.name ?? null, createdAt: row.createdAt };
}

/** The original file name as shown in the list: one line, at most 200 characters. */
function displayName(fileName: string): string {
  return fileName.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, ' ').trim().slice(0, 200) || '-';
}

/**
 * An admin stores a checked, re-encoded image. Storing the same picture again changes nothing and
 * returns the stored row (the first uploader and file name stay), also when two admins upload it
 * at the same moment: the id is the primary key, and the loser of that race reads the winner's row.
 */
export async function saveMediaAsset(viewer: StaffViewer | undefined, image: ProcessedImage, fileName: string, now: Date = new Date()): Promise<Result<MediaAssetView & { isNew: boolean }, 'forbidden'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const existing = await db.mediaAsset.findUnique({ where: { id: image.id }, select: viewSelect });
  if (existing) return ok({ ...toView(existing), isNew: false });
  try {
    const created = await db.mediaAsset.create({
      data: { id: image.id, type: image.type, bytes: image.bytes, size: image.bytes.byteLength, width: image.width, height: image.height, originalName: displayName(fileName), uploaderId: viewer!.userId, createdAt: now },
      select: viewSelect,
    });
    return ok({ ...toView(created), isNew: true });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.mediaAsset.findUniqueOrThrow({ where: { id: image.id }, select: viewSelect });
    return ok({ ...toView(winner), isNew: false });
  }
}

/** Every uploaded image, newest first (admins only); `limit` caps the list. */
export async function listMediaAssets(viewer: StaffViewer | undefined, limit = 200): Promise<Result<MediaAssetView[], 'forbidden'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const rows = await db.mediaAsset.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: limit, select: viewSelect });
  return ok(rows.map(toView));
}

/** The names of every uploaded image, for the checker to know which references resolve. */
export async function listMediaAssetNames(): Promise<Set<string>> {
  const rows = await db.mediaAsset.findMany({ select: { id: true, type: true } });
  return new Set(rows.map((row) => uploadedMediaName(row.id, storedType(row.type))));
}

/**
 * The uploaded images of these names, with their bytes (what students are shown, so no viewer);
 * a name whose extension does not match the stored type finds nothing.
 */
export async function getMediaAssetFiles(names: Iterable<string>): Promise<MediaAssetFile[]> {
  const wanted = [...new Set(names)].flatMap((name) => {
    const parsed = parseUploadedMediaName(name);
    return parsed ? [parsed] : [];
  });
  if (wanted.length === 0) return [];
  const rows = await db.mediaAsset.findMany({ where: { id: { in: wanted.map((entry) => entry.id) } }, select: { id: true, type: true, bytes: true } });
  return rows.flatMap((row) => {
    const type = storedType(row.type);
    const asked = wanted.find((entry) => entry.id === row.id);
    return asked?.type === type ? [{ name: uploadedMediaName(row.id, type), type, bytes: new Uint8Array(row.bytes) }] : [];
  });
}
