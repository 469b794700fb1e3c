import { inlineText } from '@/domain/content/segments';
import type { ExhibitLineView } from './types';

/** The centred time a messenger prints between messages: a written "~ 今天 09:12" line, or a message's clock. */
export function TimeSeparator({ line, time }: { line?: ExhibitLineView; time?: string }) {
  return <li className="time-separator">{line ? inlineText(line.segments) : <time>{time}</time>}</li>;
}
