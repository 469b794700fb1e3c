/**
 * What a class or join form action answers, with every message already translated on the server.
 * `values` gives back what was typed so a refused form keeps it.
 */
export type FormOutcome =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fieldErrors?: Partial<Record<string, string>>; values?: Record<string, string> };

/** A form action as the pages hand it to the client forms. */
export type FormAction = (previous: FormOutcome, form: FormData) => Promise<FormOutcome>;

export const IDLE_OUTCOME: FormOutcome = { status: 'idle' };
