import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A text message thread: the sender's number on top, grey bubbles below. */
export function SmsExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { from, time } = exhibit.header;
  return (
    <div className="screen sms">
      <div className="sms-head">
        <span className="avatar" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="22" height="22" focusable="false">
            <circle cx="12" cy="9" r="4" fill="currentColor" />
            <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="currentColor" />
          </svg>
        </span>
        <ExhibitLine line={from} mode={mode} labels={labels} className="sms-from" />
        <span className="sms-kind">{labels.smsTitle}</span>
        {time && <ExhibitLine line={time} mode={mode} labels={labels} className="sms-time" />}
      </div>
      <ol className="bubbles">
        {exhibit.body.map((line) => (
          <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className="bubble theirs sms-bubble" prefix={line.time ? <span className="bubble-meta"><time>{line.time}</time></span> : undefined} />
        ))}
      </ol>
    </div>
  );
}
