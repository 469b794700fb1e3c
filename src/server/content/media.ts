import 'server-only';
import type { MediaExists } from '@/domain/content/media-references';
import { parseUploadedMediaName } from '@/domain/media/references';
import type { MediaItemView } from '@/domain/media/upload-outcome';
import type { StaffViewer } from '@/server/auth/staff';
import { getMediaAssetFiles, listMediaAssetNames, listMediaAssets } from '@/server/db/media-assets';
import { env } from '@/server/env';
import { listMediaFiles, readMediaFile, type MediaBody } from './media-files';

/**
 * The image a /media/<name> address names. An uploaded image's name (`<hash>.<ext>`) is looked up
 * in the database first, then in content/media/ (where `content:export` writes it); any other
 * name is a file of content/media/.
 */
export async function readMedia(segments: string[]): Promise<MediaBody | undefined> {
  const name = segments.join('/');
  if (parseUploadedMediaName(name)) {
    const [upload] = await getMediaAssetFiles([name]);
    if (upload) return { body: upload.bytes, type: upload.type, isUpload: true };
  }
  return readMediaFile(segments, env.CONTENT_ROOT);
}

/** Which image names resolve now: files of content/media/ below `root` and every uploaded image. */
export async function getMediaExists(root = env.CONTENT_ROOT): Promise<MediaExists> {
  const files = listMediaFiles(root);
  const uploads = await listMediaAssetNames();
  return (name) => files.has(name) || uploads.has(name);
}

/** The uploaded images for the studio's image panel, newest first; none for anyone but an admin. */
export async function listStudioImages(viewer: StaffViewer | undefined): Promise<MediaItemView[]> {
  const assets = await listMediaAssets(viewer);
  return assets.ok ? assets.value.map(({ name, width, height, size, originalName }) => ({ name, width, height, size, originalName })) : [];
}
