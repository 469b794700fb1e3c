type TimedLine = { id: string; time?: string; style?: string; segments: readonly { text: string }[] };

/** Minutes after which a messenger prints the time again above the next message. */
const TIME_GAP_MINUTES = 5;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Which messages get a time above them: like a real messenger, the first timed message and any
 * message five or more minutes after the last time shown, not a time on every bubble. A written
 * separator ("~ 今天 09:12") counts as a time shown.
 */
export function shownTimes(lines: readonly TimedLine[]): Map<string, string> {
  const shown = new Map<string, string>();
  let last: number | undefined;
  for (const line of lines) {
    if (line.style === 'time') {
      const clock = /(\d{1,2}:\d{2})/.exec(line.segments.map((segment) => segment.text).join(''))?.[1];
      if (clock) last = minutesOf(clock);
      continue;
    }
    if (!line.time) continue;
    const minutes = minutesOf(line.time);
    if (last === undefined || Math.abs(minutes - last) >= TIME_GAP_MINUTES) {
      shown.set(line.id, line.time);
      last = minutes;
    }
  }
  return shown;
}
