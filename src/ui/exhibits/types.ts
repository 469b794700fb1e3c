import type { ExhibitLineView, ExhibitView } from '@/domain/quiz/views';

/** Translated strings the exhibits show; built on the server from the catalogue. */
export type ExhibitLabels = {
  realAddress: string;
  /** Before the registrable domain in the address panel: "Website:". */
  site: string;
  /** Tooltip of a link: that tapping it shows where it leads. */
  showAddress: string;
  scanPreview: string;
  incomingCall: string;
  callAnswer: string;
  callDecline: string;
  callTranscript: string;
  /** Text of a link card's reveal button, in place of the hidden address. */
  cardOpens: string;
  cardOrder: string;
  cardLink: string;
  cardMiniProgram: string;
  cardTransfer: string;
  cardRedPacket: string;
  cardImage: string;
  cardFile: string;
  smsTitle: string;
  emailFrom: string;
  emailTo: string;
  youMarked: string;
  youMissed: string;
  falseAlarm: string;
  redFlag: string;
  trustSignal: string;
  /** Names of red-flag and trust-signal tags. */
  flagNames: Record<string, string>;
};

/**
 * How lines behave: plain, toggled by the student (spot questions), or reviewed after answering
 * with the key lines (red flags of a scam, trust signals of a genuine message) and the student's
 * marks shown.
 */
export type LineMode =
  | { kind: 'static' }
  | { kind: 'select'; selected: ReadonlySet<string>; onToggle: (lineId: string) => void }
  | { kind: 'review'; keyKind: 'red-flag' | 'trust'; flags: Readonly<Record<string, readonly string[]>>; selected?: ReadonlySet<string> };

export type ExhibitProps = { exhibit: ExhibitView; mode: LineMode; labels: ExhibitLabels };
export type { ExhibitLineView, ExhibitView };
