/** "3 / 10" and a bar; the bar is a native progressbar for assistive technology. */
export function ProgressBar({ current, total, label }: { current: number; total: number; label: string }) {
  return (
    <div className="progress">
      <span className="progress-text">
        {current} / {total}
      </span>
      <progress max={total} value={current} aria-label={label}>
        {current} / {total}
      </progress>
    </div>
  );
}
