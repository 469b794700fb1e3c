import type { RedFlag } from '@/domain/content/taxonomy';
import type { ExhibitLineView, ExhibitView } from '@/domain/quiz/views';

/** Translated strings the exhibits show; built on the server from the catalogue. */
export type ExhibitLabels = {
  realAddress: string;
  scanPreview: string;
  incomingCall: string;
  smsTitle: string;
  emailFrom: string;
  emailTo: string;
  youMarked: string;
  youMissed: string;
  falseAlarm: string;
  redFlag: string;
  flagNames: Record<RedFlag, string>;
};

/**
 * How lines behave: plain, toggled by the student (spot questions), or reviewed after answering
 * with the red flags and the student's marks shown.
 */
export type LineMode =
  | { kind: 'static' }
  | { kind: 'select'; selected: ReadonlySet<string>; onToggle: (lineId: string) => void }
  | { kind: 'review'; flags: Readonly<Record<string, RedFlag[]>>; selected?: ReadonlySet<string> };

export type ExhibitProps = { exhibit: ExhibitView; mode: LineMode; labels: ExhibitLabels };
export type { ExhibitLineView, ExhibitView };
