/** The largest image file an admin may upload, in bytes (5 MB): a phone screenshot is 1–4 MB. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * The most pixels an uploaded image may have (width × height, 25 million: 5000 × 5000). A tall
 * phone screenshot has about 4 million; the limit stops a small file that decodes to gigabytes.
 */
export const MAX_UPLOAD_PIXELS = 25_000_000;
