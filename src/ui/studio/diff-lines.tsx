import type { DiffLine } from '@/domain/content/revisions';

/** A folded line diff: removed lines with the older number, added ones with the newer. */
export function DiffLines({ lines }: { lines: DiffLine[] }) {
  return (
    <ol className="diff-lines">
      {lines.map((line, index) =>
        line.kind === 'gap' ? (
          <li key={index} className="diff-gap">
            ⋯ {line.lines}
          </li>
        ) : (
          <li key={index} className={`diff-${line.kind}`}>
            <span className="diff-number" aria-hidden="true">
              {line.kind === 'added' ? '' : line.oldLine}
            </span>
            <span className="diff-number" aria-hidden="true">
              {line.kind === 'removed' ? '' : line.newLine}
            </span>
            <span className="diff-sign">{line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}</span>
            <code>{line.text}</code>
          </li>
        ),
      )}
    </ol>
  );
}
