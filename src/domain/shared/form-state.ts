/**
 * What a form's server action answers, already translated: nothing yet, success (with a message
 * and whatever `Done` adds, such as a new invitation's link path), or a refusal with one message
 * per field and the values to put back so a refused form keeps what was typed.
 */
export type FormState<Done extends object = object> =
  | { status: 'idle' }
  | ({ status: 'done'; message: string } & Done)
  | { status: 'error'; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/** Typed as the idle state alone so it starts a form of any `FormState<Done>`. */
export const IDLE_FORM: { status: 'idle' } = { status: 'idle' };

/** A form action as pages hand it to the client forms. */
export type FormAction<Done extends object = object> = (previous: FormState<Done>, form: FormData) => Promise<FormState<Done>>;
