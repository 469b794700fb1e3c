/**
 * Where to go after signing in: `next` when it is a path on this site inside the current
 * language (`/zh-CN/...`), otherwise the trainers' class list. Anything else (another host,
 * `//host`, backslashes, control characters) is ignored, so a crafted link cannot send a
 * trainer to another site after they typed their password.
 */
export function safeReturnPath(next: unknown, locale: string): string {
  const fallback = `/${locale}/trainer`;
  if (typeof next !== 'string' || next.length > 2000 || !next.startsWith(`/${locale}/`)) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  const base = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || !url.pathname.startsWith(`/${locale}/`)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
