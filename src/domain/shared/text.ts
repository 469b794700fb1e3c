/**
 * Characters that do not belong in a name or a number typed on one line: control characters (line
 * breaks, tabs, NUL, DEL and the C1 range), the Unicode line and paragraph separators, and the
 * bidirectional overrides and isolates that can make a name display as something else.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** True when `text` holds a character from CONTROL_CHARACTERS. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}
