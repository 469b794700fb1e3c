import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A phone call: caller ID screen, then the transcript of what was said. */
export function CallExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { caller, label, duration } = exhibit.header;
  return (
    <div className="screen call">
      <div className="call-head">
        <span className="call-kind">{labels.incomingCall}</span>
        <ExhibitLine line={caller} mode={mode} labels={labels} className="call-number" />
        {label && <ExhibitLine line={label} mode={mode} labels={labels} className="call-label" />}
        {duration && <ExhibitLine line={duration} mode={mode} labels={labels} className="call-duration" />}
      </div>
      <ol className="transcript">
        {exhibit.body.map((line) => (
          <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className={`transcript-line ${line.isMine ? 'mine' : 'theirs'}`} prefix={<span className="speaker">{line.speaker}</span>} />
        ))}
      </ol>
    </div>
  );
}
