import { Avatar } from './avatar';
import { ChatCard } from './chat-card';
import { ExhibitLine } from './exhibit-line';
import { shownTimes } from './message-times';
import { TimeSeparator } from './time-separator';
import type { ExhibitProps } from './types';

/**
 * An instant-messenger conversation as a phone shows it: title bar, an optional warning banner,
 * times between messages, avatars, bubbles (the phone owner's on the right) and cards.
 */
export function ChatExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { app, with: partner, banner } = exhibit.header;
  const others = new Set(exhibit.body.filter((line) => line.speaker && !line.isMine).map((line) => line.speaker));
  const isGroup = others.size > 1;
  const times = shownTimes(exhibit.body);
  return (
    <div className="screen chat">
      <div className="app-bar">
        <span className="app-bar-back" aria-hidden="true">
          ‹
        </span>
        <div className="app-bar-title">
          <ExhibitLine line={partner} mode={mode} labels={labels} className="app-bar-name" />
          {app && <ExhibitLine line={app} mode={mode} labels={labels} className="app-bar-sub" />}
        </div>
        <span className="app-bar-more" aria-hidden="true">
          ···
        </span>
      </div>
      {banner && <ExhibitLine line={banner} mode={mode} labels={labels} className="chat-banner" />}
      <ol className="messages">
        {exhibit.body.map((line) => {
          if (line.style === 'time') return <TimeSeparator key={line.id} line={line} />;
          if (line.style === 'system') return <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className="system-note" />;
          const time = times.get(line.id);
          const side = line.isMine ? 'mine' : 'theirs';
          return [
            time && <TimeSeparator key={`${line.id}-time`} time={time} />,
            <ExhibitLine
              key={line.id}
              as="li"
              line={line}
              mode={mode}
              labels={labels}
              className={`message ${side}${line.card ? ' has-card' : ''}`}
              bodyClassName={line.card ? 'bubble card-bubble' : `bubble ${side}`}
              content={line.card && <ChatCard card={line.card} labels={labels} />}
              prefix={
                <>
                  <Avatar name={line.speaker ?? ''} />
                  {isGroup && !line.isMine && <span className="speaker">{line.speaker}</span>}
                  {!isGroup && <span className="visually-hidden">{line.speaker}: </span>}
                </>
              }
            />,
          ];
        })}
      </ol>
    </div>
  );
}
