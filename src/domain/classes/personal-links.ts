/** How long a personal join link works after the trainer creates it. */
export const PERSONAL_LINK_DAYS = 30;

/** When a personal link made at `at` stops working. */
export function personalLinkExpiry(at: Date): Date {
  return new Date(at.getTime() + PERSONAL_LINK_DAYS * 24 * 60 * 60_000);
}

/** Where an imported student's personal link stands, as the roster shows it. */
export type PersonalLinkStatus = 'none' | 'active' | 'expired';

export function personalLinkStatus(expiresAt: Date | null, now: Date): PersonalLinkStatus {
  if (!expiresAt) return 'none';
  return expiresAt > now ? 'active' : 'expired';
}

/** One printable slip: the link itself is in it, so it exists only in the answer that made it. */
export type PersonalLinkSlip = { studentId: string; displayName: string; studentNumber: string | null; url: string; qrSvg: string };

/**
 * What "create personal links" answers. The tokens are stored hashed, so this answer is the only
 * place the links can be read; creating links again replaces them.
 */
export type PersonalLinksState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'issued'; message: string; validUntil: string; slips: PersonalLinkSlip[] };

export type PersonalLinksAction = (previous: PersonalLinksState, form: FormData) => Promise<PersonalLinksState>;
