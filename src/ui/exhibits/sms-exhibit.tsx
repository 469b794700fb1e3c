import { inlineText } from '@/domain/content/inline';
import { UnknownContactAvatar } from './avatar';
import { ExhibitLine } from './exhibit-line';
import { shownTimes } from './message-times';
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
        {time && (
          <li className="time-separator">
            <time>{inlineText(time.segments)}</time>
          </li>
        )}
        {exhibit.body.map((line) => {
          if (line.style === 'time') {
            return (
              <li key={line.id} className="time-separator">
                {inlineText(line.segments)}
              </li>
            );
          }
          const shown = times.get(line.id);
          return [
            shown && (
              <li key={`${line.id}-time`} className="time-separator">
                <time>{shown}</time>
              </li>
            ),
            <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className="message theirs" bodyClassName="bubble theirs sms-bubble" />,
          ];
        })}
      </ol>
    </div>
  );
}
