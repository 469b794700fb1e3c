/** An uploaded image as the studio's image panel shows it (bytes stay on the server). */
export type MediaItemView = {
  /** What scenarios write after `media/`, e.g. `3f…e1.png`. */
  name: string;
  /** In pixels. */
  width: number;
  height: number;
  /** In bytes. */
  size: number;
  /** The name of the file the admin chose. */
  originalName: string;
};

/** What the upload route answers: the stored image (isNew false when it was there already), or a translated refusal. */
export type UploadOutcome = { ok: true; asset: MediaItemView & { isNew: boolean } } | { ok: false; message: string };
