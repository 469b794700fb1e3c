import { splitFrontMatter } from './front-matter';
import type { ContentIssue } from './issues';
import { findFences } from './markdown';
import { mediaNameOf } from '../media/references';

/** Whether an image of this name (below content/media/, or uploaded) exists. */
export type MediaExists = (name: string) => boolean;

/** An image exhibit's `src` value and where it stands in its file (1-based). */
export type ImageReference = { src: string; line: number; column: number };

const SRC_LINE = /^(\s*src\s*[:：]\s*)(.*?)\s*$/;

/** Every image exhibit's `src` in a scenario file, at the line and column of its value. */
export function findImageReferences(path: string, text: string): ImageReference[] {
  const split = splitFrontMatter(path, text);
  if ('message' in split) return [];
  return findFences(split.body)
    .filter((fence) => fence.info === 'image')
    .flatMap((fence) =>
      fence.contentLines.flatMap((raw, offset) => {
        const match = SRC_LINE.exec(raw);
        if (!match || match[2] === '') return [];
        return [{ src: match[2], line: split.bodyStartLine + fence.startLine + 1 + offset, column: match[1].length + 1 }];
      }),
    );
}

/**
 * Checks each image exhibit's `src`: a plain name below content/media/ (or an uploaded image's
 * name) that `exists` knows. Every problem is an error at the value's line and column.
 */
export function checkImageReferences(path: string, text: string, exists: MediaExists): ContentIssue[] {
  return findImageReferences(path, text).flatMap(({ src, line, column }): ContentIssue[] => {
    const name = mediaNameOf(src);
    if (!name) {
      return [{ path, line, column, message: `image src "${src}" is not a picture in content/media/: write media/<file name> (e.g. media/receipt.png, a .png, .jpg, .webp, .gif or .svg file), or upload the image in the content studio and paste the reference it shows` }];
    }
    if (exists(name)) return [];
    return [{ path, line, column, message: `image "media/${name}" does not exist: there is no file content/media/${name} and no uploaded image of that name; add the file, or upload the image in the content studio and paste the reference it shows` }];
  });
}
