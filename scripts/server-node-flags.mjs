// The Node.js flags the production server runs with, for `npm start` and the benchmark alike.
// V8 sizes its heap from the machine's memory (gigabytes here) and collects lazily, so under load
// the server would keep hundreds of megabytes of garbage; a limit makes it collect sooner and stay
// small on the small machine a school runs it on.

export const DEFAULT_MAX_HEAP_MB = 224;
/** The young generation's semi-space: half V8's default, which trims the peak without slowing the benchmark. */
const SEMI_SPACE_MB = 8;

/** The flags for `env`: SCAMSENSE_MAX_HEAP_MB overrides the (old-generation) heap limit, in MB. */
export function serverNodeFlags(env) {
  const value = env.SCAMSENSE_MAX_HEAP_MB;
  if (value !== undefined && value !== '' && !/^\d{2,6}$/.test(value)) {
    throw new Error(`SCAMSENSE_MAX_HEAP_MB must be the server's heap limit in megabytes (for example 512), not "${value}".`);
  }
  return [`--max-old-space-size=${value ? Number(value) : DEFAULT_MAX_HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}
