import 'server-only';
import type { Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { refuseUnlessAdmin } from '@/server/db/content-revisions';
import { saveMediaAsset, type MediaAssetView } from '@/server/db/media-assets';
import { processUploadedImage, type ImageRefusal } from './process-image';

export type UploadedImage = MediaAssetView & { isNew: boolean };

/**
 * An admin uploads an image file: refused for anyone else before the file is even looked at, then
 * checked and re-encoded (process-image.ts), then stored once per picture (media-assets.ts, which
 * checks the admin again).
 */
export async function uploadImage(viewer: StaffViewer | undefined, file: { bytes: Uint8Array; fileName: string }): Promise<Result<UploadedImage, 'forbidden' | ImageRefusal>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const image = await processUploadedImage(file.bytes);
  if (!image.ok) return image;
  return saveMediaAsset(viewer, image.value, file.fileName);
}
