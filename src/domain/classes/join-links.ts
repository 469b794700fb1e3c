import { isWellFormedJoinCode, normalizeJoinCode } from './join-code';

const HOST_SHAPE = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin students should open, from the request's Host header and whether it came over HTTPS
 * (the server decides that), so a link shown on a classroom LAN address (http://192.168.1.20:3000)
 * works from the students' phones. A missing or malformed Host falls back to localhost rather than
 * echoing it into a link.
 */
export function requestOrigin(host: string | null | undefined, isHttps: boolean): string {
  const proto = isHttps ? 'https' : 'http';
  const cleanHost = host?.trim() && HOST_SHAPE.test(host.trim()) ? host.trim() : 'localhost';
  return `${proto}://${cleanHost}`;
}

/** The link that opens the join form with the class code filled in. */
export function joinUrl(origin: string, locale: string, code: string): string {
  return `${origin}/${locale}/join/${encodeURIComponent(code)}`;
}

/** A student's personal join link (roster import); it works once. */
export function personalJoinUrl(origin: string, locale: string, token: string): string {
  return `${origin}/${locale}/join/p/${encodeURIComponent(token)}`;
}

/** The code from a /join/<code> URL segment, normalised, or '' when it cannot be a join code. */
export function joinCodeFromPath(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return '';
  }
  const code = normalizeJoinCode(decoded);
  return isWellFormedJoinCode(code) ? code : '';
}
