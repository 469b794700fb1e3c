/** What the answer action says back: success, or a message that is already translated. */
export type SubmitAnswerOutcome = { ok: true } | { ok: false; message: string };
