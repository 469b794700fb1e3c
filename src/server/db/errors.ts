import 'server-only';

/** True for Prisma's unique-constraint violation (P2002), which callers turn into a domain refusal. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'P2002';
}
