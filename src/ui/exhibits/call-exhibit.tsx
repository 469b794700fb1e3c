import { inlineText } from '@/domain/content/segments';
import { UnknownContactAvatar } from './avatar';
import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A phone call: the incoming-call screen (number, location, caller-ID tag), then what was said. */
export function CallExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { caller, label, location, duration } = exhibit.header;
  return (
    <div className="screen call">
      <div className="call-incoming">
        <span className="call-kind">{labels.incomingCall}</span>
        <UnknownContactAvatar size="large" />
        <ExhibitLine line={caller} mode={mode} labels={labels} className="call-number" />
        {location && <ExhibitLine line={location} mode={mode} labels={labels} className="call-location" />}
        {label && <ExhibitLine line={label} mode={mode} labels={labels} className="call-label" />}
        <div className="call-actions" aria-hidden="true">
          <span className="call-action decline">
            <span className="call-button">
              <PhoneIcon />
            </span>
            {labels.callDecline}
          </span>
          <span className="call-action answer">
            <span className="call-button">
              <PhoneIcon />
            </span>
            {labels.callAnswer}
          </span>
        </div>
      </div>
      <p className="call-transcript-head">
        {labels.callTranscript}
        {duration && <> · {inlineText(duration.segments)}</>}
      </p>
      <ol className="transcript">
        {exhibit.body.map((line) => (
          <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className={`transcript-line ${line.isMine ? 'mine' : 'theirs'}`} prefix={<span className="speaker">{line.speaker}</span>} />
        ))}
      </ol>
    </div>
  );
}

function PhoneIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" focusable="false">
      <path d="M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1Z" fill="currentColor" />
    </svg>
  );
}
