/** Letters and digits that cannot be mistaken for one another when read off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Characters in a join code: 31^6 is about 887 million codes. */
export const JOIN_CODE_LENGTH = 6;

/** A new join code from random bytes (one byte per character, at least JOIN_CODE_LENGTH of them). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new Error(`joinCodeFromBytes needs ${JOIN_CODE_LENGTH} bytes, got ${bytes.length}`);
  let code = '';
  // 256 is not a multiple of 31; the slight bias is harmless for a code that is also rate-limited.
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[bytes[i] % JOIN_CODE_ALPHABET.length];
  return code;
}

/**
 * What a student typed, as the stored code: upper case, without the spaces, dashes and dots people
 * add when copying it from a projector. Look-alike characters are not guessed: they stay invalid.
 */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-_.]/g, '');
}

/** True when `code` (already normalised) could have been made by joinCodeFromBytes. */
export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char));
}
