/**
 * What a staff form's server action answers, already translated: nothing yet, a refusal (with
 * one message per field, and the values to put back), or success. `invitePath` is the new
 * invitation's link path, shown once.
 */
export type StaffFormState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> }
  | { status: 'done'; message: string; invitePath?: string };

export const IDLE: StaffFormState = { status: 'idle' };
