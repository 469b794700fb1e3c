import { JOIN_CODE_ALPHABET, normalizeJoinCode } from './join-code';

/** Characters in a recovery code: 31^8, about 850 billion codes, for one student, for minutes. */
export const RECOVERY_CODE_LENGTH = 8;
/** How long a recovery code the trainer shows keeps working. */
export const RECOVERY_CODE_MINUTES = 15;

/** A new recovery code from random bytes (one byte per character), in the join code's alphabet. */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error(`recoveryCodeFromBytes needs ${RECOVERY_CODE_LENGTH} bytes, got ${bytes.length}`);
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[bytes[i] % JOIN_CODE_ALPHABET.length];
  return code;
}

/** The code as the trainer reads it out: two groups of four, "K7PQ-M3XZ". */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a student typed, as the code was made: upper case, without spaces, dashes and dots. */
export const normalizeRecoveryCode = normalizeJoinCode;

/** True when `code` (already normalised) could have been made by recoveryCodeFromBytes. */
export function isWellFormedRecoveryCode(code: string): boolean {
  return code.length === RECOVERY_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char));
}

/** When a code made at `at` stops working. */
export function recoveryCodeExpiry(at: Date): Date {
  return new Date(at.getTime() + RECOVERY_CODE_MINUTES * 60_000);
}
