import type { ReactNode } from 'react';
import type { ExhibitLabels, ExhibitLineView, LineMode } from './types';
import { InlineText } from './inline-text';

type ExhibitLineProps = {
  line: ExhibitLineView;
  mode: LineMode;
  labels: ExhibitLabels;
  className?: string;
  /** Content before the text (a label, a speaker, an avatar); the text itself comes from the line. */
  prefix?: ReactNode;
  /** Wraps the line's text (a chat bubble around its words); the prefix stays outside it. */
  bodyClassName?: string;
  /** Replaces the line's text, e.g. a chat card drawn from the line's fields. */
  content?: ReactNode;
  as?: 'div' | 'li' | 'p';
};

/**
 * One exhibit line in any mode: plain, markable in "mark the lines" questions, or reviewed with its
 * key tags. A markable line is a label around a checkbox, as in a messenger's multi-select mode:
 * tapping the line or its circle marks it, while a link inside keeps its own action (revealing
 * where it leads), because a click on a button inside a label does not reach the checkbox.
 */
export function ExhibitLine({ line, mode, labels, className = '', prefix, bodyClassName, content, as: Tag = 'div' }: ExhibitLineProps) {
  const words = content ?? <InlineText segments={line.segments} labels={labels} />;
  const body = bodyClassName ? <span className={bodyClassName}>{words}</span> : words;
  const lineContent = (
    <span className="line-content">
      {prefix}
      {body}
    </span>
  );
  if (mode.kind === 'select' && line.markable) {
    const isSelected = mode.selected.has(line.id);
    return (
      <Tag className={`${className} line-select${isSelected ? ' is-marked' : ''}`} data-line-id={line.id}>
        <label className="line-mark">
          <input type="checkbox" className="mark-box" checked={isSelected} onChange={() => mode.onToggle(line.id)} />
          {lineContent}
        </label>
      </Tag>
    );
  }
  if (mode.kind === 'review') {
    const flags = mode.flags[line.id] ?? [];
    const isMarked = mode.selected?.has(line.id) ?? false;
    const state = flags.length > 0 ? (mode.keyKind === 'trust' ? 'trusted' : 'flagged') : isMarked ? 'false-alarm' : '';
    return (
      <Tag className={`${className} ${state}`} data-line-id={line.id}>
        {lineContent}
        {(flags.length > 0 || isMarked) && (
          <span className="line-review">
            {flags.length > 0 && (
              <span className="flag-tags">
                <span className="visually-hidden">{mode.keyKind === 'trust' ? labels.trustSignal : labels.redFlag}: </span>
                {flags.map((flag) => (
                  <span key={flag} className="flag-tag">
                    {labels.flagNames[flag]}
                  </span>
                ))}
              </span>
            )}
            {mode.selected && flags.length > 0 && <span className="mark-note">{isMarked ? labels.youMarked : labels.youMissed}</span>}
            {flags.length === 0 && isMarked && <span className="mark-note">{labels.falseAlarm}</span>}
          </span>
        )}
      </Tag>
    );
  }
  return (
    <Tag className={className}>
      {lineContent}
    </Tag>
  );
}
