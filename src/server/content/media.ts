import 'server-only';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { env } from '@/server/env';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

/** Reads an image from content/media/; undefined for anything outside it or of another type. */
export async function readMediaFile(segments: string[]): Promise<{ body: Buffer; type: string } | undefined> {
  const root = join(env.CONTENT_ROOT, 'content', 'media');
  const file = normalize(join(root, ...segments));
  const type = TYPES[extname(file).toLowerCase()];
  if (!file.startsWith(root + sep) || !type) return undefined;
  try {
    return { body: await readFile(file), type };
  } catch {
    return undefined;
  }
}
