import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** An instant-messenger conversation: title bar, then bubbles, the phone owner's on the right. */
export function ChatExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { app, with: partner } = exhibit.header;
  return (
    <div className="screen chat">
      <div className="app-bar">
        <span aria-hidden="true">‹</span>
        <div className="app-bar-title">
          <ExhibitLine line={partner} mode={mode} labels={labels} className="app-bar-name" />
          {app && <ExhibitLine line={app} mode={mode} labels={labels} className="app-bar-sub" />}
        </div>
      </div>
      <ol className="bubbles">
        {exhibit.body.map((line) =>
          line.style === 'system' ? (
            <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className="system-note" />
          ) : (
            <ExhibitLine
              key={line.id}
              as="li"
              line={line}
              mode={mode}
              labels={labels}
              className={`bubble ${line.isMine ? 'mine' : 'theirs'}`}
              prefix={
                <span className="bubble-meta">
                  <span className="speaker">{line.speaker}</span>
                  {line.time && <time>{line.time}</time>}
                </span>
              }
            />
          ),
        )}
      </ol>
    </div>
  );
}
