import { inlineText } from '@/domain/content/segments';
import { UnknownContactAvatar } from './avatar';
import { ExhibitLine } from './exhibit-line';
import { shownTimes } from './message-times';
import { TimeSeparator } from './time-separator';
import type { ExhibitProps } from './types';

/** A text message thread: the sender's number on top, times between grey bubbles. */
export function SmsExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { from, time } = exhibit.header;
  const times = shownTimes(exhibit.body);
  return (
    <div className="screen sms">
      <div className="sms-head">
        <UnknownContactAvatar />
        <ExhibitLine line={from} mode={mode} labels={labels} className="sms-from" />
        <span className="sms-kind">{labels.smsTitle}</span>
      </div>
      <ol className="messages">
        {time && <TimeSeparator time={inlineText(time.segments)} />}
        {exhibit.body.map((line) => {
          if (line.style === 'time') return <TimeSeparator key={line.id} line={line} />;
          const shown = times.get(line.id);
          return [
            shown && <TimeSeparator key={`${line.id}-time`} time={shown} />,
            <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className="message theirs" bodyClassName="bubble theirs sms-bubble" />,
          ];
        })}
      </ol>
    </div>
  );
}
