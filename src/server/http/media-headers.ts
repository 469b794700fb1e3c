/*
 * Response headers for images under /media/. Kept free of server-only so it is unit-tested. An
 * image is only ever an image: the type is the sniffed one (uploads) or the file's (content/media/),
 * browsers may not guess another, and opened on its own it is a sandboxed document that can run
 * nothing and load nothing, so even an SVG file of content/media/ cannot script the site.
 */

/** A year: uploaded images are named by the hash of their bytes and never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files of content/media/ can be replaced under the same name: five minutes. */
const FILE = 'public, max-age=300';

/** The headers of one image; `name` is its last path segment. */
export function mediaHeaders(name: string, type: string, isUpload: boolean): Record<string, string> {
  const safeName = name.replace(/[^A-Za-z0-9._-]/g, '_') || 'image';
  return {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'content-disposition': `inline; filename="${safeName}"`,
    // An SVG file of content/media/ may style itself; an upload is never SVG.
    'content-security-policy': isUpload ? "default-src 'none'; sandbox" : "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': isUpload ? IMMUTABLE : FILE,
  };
}
