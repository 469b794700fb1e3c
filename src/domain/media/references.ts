import type { UploadImageType } from './sniff';

/*
 * How an image exhibit names its picture. `src: media/<name>` (or just `<name>`) is a path below
 * content/media/; an uploaded image is named by its content hash, `media/<32 hex digits>.<ext>`.
 * Both resolve through the same /media/<name> address: the route serves the file when there is
 * one and the uploaded image otherwise, so `npm run content:export` can write uploads into
 * content/media/ under the same names and every reference keeps working.
 */

const EXTENSIONS: Record<UploadImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const UPLOADED_NAME = /^([0-9a-f]{32})\.(png|jpg|webp)$/;
/** The image files content/media/ may hold; the media route serves nothing else. */
export const MEDIA_FILE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.svg'] as const;

/** An uploaded image's id: the first 32 hex digits (128 bits) of the SHA-256 of its stored bytes. */
export function mediaIdOf(sha256Hex: string): string {
  return sha256Hex.slice(0, 32);
}

/** The name an uploaded image is referred to and exported by, e.g. `3f…e1.png`. */
export function uploadedMediaName(id: string, type: UploadImageType): string {
  return `${id}.${EXTENSIONS[type]}`;
}

/** The id and type an uploaded image's name stands for; undefined when it is not such a name. */
export function parseUploadedMediaName(name: string): { id: string; type: UploadImageType } | undefined {
  const match = UPLOADED_NAME.exec(name);
  if (!match) return undefined;
  const type = (Object.keys(EXTENSIONS) as UploadImageType[]).find((candidate) => EXTENSIONS[candidate] === match[2])!;
  return { id: match[1], type };
}

/**
 * The media name an exhibit's `src` refers to (without the `media/` prefix), or undefined when it
 * is not a plain relative path below content/media/ with an image extension: no address, no
 * absolute path, no `..`, no backslash.
 */
export function mediaNameOf(src: string): string | undefined {
  const name = src.trim().replace(/^media\//, '');
  if (name === '' || /[\\:?#%\p{Cc}]/u.test(name) || name.startsWith('/')) return undefined;
  if (name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
  const lower = name.toLowerCase();
  return MEDIA_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension)) ? name : undefined;
}

/** What to write in a scenario to show an uploaded image: an image exhibit referring to it. */
export function imageExhibitSnippet(name: string, alt: string): string {
  return ['```image', `src: media/${name}`, `alt: ${alt}`, '```'].join('\n');
}
