import { z } from 'zod';

/** Catalogue keys of each field's problems, untranslated, in the order they were found. */
export type FieldErrors = Record<string, string[]>;

/** The catalogue keys zod reported for each field of a form (schemas use keys as messages). */
export function fieldErrorKeys(error: z.ZodError): FieldErrors {
  const keys: FieldErrors = {};
  for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors as Record<string, string[] | undefined>)) {
    if (messages && messages.length > 0) keys[field] = messages;
  }
  return keys;
}
