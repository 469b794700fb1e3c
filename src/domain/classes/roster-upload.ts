/** One readable row of an uploaded roster, as the preview table shows it. */
export type RosterRowView = { line: number; displayName: string; studentNumber: string | null };

/** A problem of an uploaded roster; `message` is translated and already names the line. */
export type RosterProblemView = { line: number; message: string };

/**
 * The roster upload form's state. A preview carries the uploaded file back (base64) so "Import"
 * sends exactly the file that was checked, and the server checks it again before writing.
 */
export type RosterUploadState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'preview'; fileName: string; encoding: string; rows: RosterRowView[]; problems: RosterProblemView[]; csv: string }
  | { status: 'imported'; message: string; count: number };

export type RosterAction = (previous: RosterUploadState, form: FormData) => Promise<RosterUploadState>;
