import type { ReactNode } from 'react';
import type { ExhibitLabels, ExhibitLineView, LineMode } from './types';
import { InlineText } from './inline-text';

type ExhibitLineProps = {
  line: ExhibitLineView;
  mode: LineMode;
  labels: ExhibitLabels;
  className?: string;
  /** Content before the text (a label, a speaker name); the text itself comes from the line. */
  prefix?: ReactNode;
  as?: 'div' | 'li' | 'p';
};

/** One exhibit line in any mode: plain, a toggle for spot questions, or reviewed with its key tags. */
export function ExhibitLine({ line, mode, labels, className = '', prefix, as: Tag = 'div' }: ExhibitLineProps) {
  const text = <InlineText segments={line.segments} idPrefix={`line-${line.id}`} realAddressLabel={labels.realAddress} isInteractive={mode.kind !== 'select'} />;
  if (mode.kind === 'select') {
    const isSelected = mode.selected.has(line.id);
    return (
      <Tag className={`${className} line-select`}>
        <button type="button" className="line-toggle" aria-pressed={isSelected} data-line-id={line.id} onClick={() => mode.onToggle(line.id)}>
          {prefix}
          {text}
        </button>
      </Tag>
    );
  }
  if (mode.kind === 'review') {
    const flags = mode.flags[line.id] ?? [];
    const isMarked = mode.selected?.has(line.id) ?? false;
    const state = flags.length > 0 ? (mode.keyKind === 'trust' ? 'trusted' : 'flagged') : isMarked ? 'false-alarm' : '';
    return (
      <Tag className={`${className} ${state}`} data-line-id={line.id}>
        {prefix}
        {text}
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
      {prefix}
      {text}
    </Tag>
  );
}
