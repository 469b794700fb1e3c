import 'server-only';
import { z } from 'zod';
import { fieldErrorKeys, type FieldErrors } from '@/domain/shared/field-errors';
import type { Translate } from '@/i18n/translate';

/**
 * One translated message per field, from its first problem: what a refused form shows next to
 * each field. Takes zod's error as it is, or the keys a domain parser already collected.
 */
export function translateFieldErrors(t: Translate, errors: z.ZodError | FieldErrors): Record<string, string> {
  const keys = errors instanceof z.ZodError ? fieldErrorKeys(errors) : errors;
  return Object.fromEntries(Object.entries(keys).map(([field, messages]) => [field, t(messages[0])]));
}
