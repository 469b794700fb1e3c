'use client';

import { useState } from 'react';

export type ShareResultText = { share: string; copied: string; copyHint: string };

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual' };

/**
 * Shares the result card's page: the system share sheet where there is one (phones), else the
 * link is copied; where copying is refused too, the link is shown selected, to copy by hand.
 */
export function ShareResult({ url, title, message, text }: { url: string; title: string; message: string; text: ShareResultText }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text: message, url });
        return;
      } catch (error) {
        // The student closed the share sheet: nothing to do. Anything else falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual' });
    }
  };

  return (
    <div className="share-result">
      <button type="button" className="button primary" onClick={share}>
        {text.share}
      </button>
      {state.kind === 'manual' && (
        <label className="share-manual">
          {text.copyHint}
          <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} autoFocus />
        </label>
      )}
      <p className="form-status" role="status">
        {state.kind === 'copied' ? text.copied : ''}
      </p>
    </div>
  );
}
