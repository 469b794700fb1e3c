/** What a form action returns to its form: nothing yet, or a translated message and per-field messages. */
export type FormState = { status: 'idle' } | { status: 'error'; message: string; fieldErrors: Record<string, string> };

export const IDLE_FORM: FormState = { status: 'idle' };
