'use client';

/** Opens the browser's print dialog for the current page. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
