'use client';

import { useId, useState, type MouseEvent } from 'react';
import type { AddressParts } from '@/domain/content/addresses';

type AddressRevealProps = {
  text: string;
  /** The address, cut around its registrable domain when the content was read. */
  parts: AddressParts;
  labels: { realAddress: string; site: string; showAddress: string };
};

/**
 * A link in an exhibit: it never navigates. Tapping, clicking or pressing Enter opens a panel below
 * the line with the address it really leads to, the registrable domain emphasised. The panel is in
 * the page flow rather than a floating tooltip, so a phone frame or the screen edge never clips it.
 * Inside a markable line the link keeps its own action: revealing never marks the line.
 */
export function AddressReveal({ text, parts, labels }: AddressRevealProps) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const { before, domain, after } = parts;
  // A click inside a <label> would also toggle the line's checkbox; revealing and marking stay apart.
  const keepFromLabel = (event: MouseEvent) => event.preventDefault();
  return (
    <span className="fake-link-wrap">
      <button
        type="button"
        className="fake-link"
        aria-expanded={isOpen}
        aria-controls={panelId}
        title={labels.showAddress}
        onClick={(event) => {
          keepFromLabel(event);
          setIsOpen((open) => !open);
        }}
      >
        {text}
        <svg className="reveal-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v4.5M8 4.4v.2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
      <span id={panelId} className="address-reveal" hidden={!isOpen} onClick={keepFromLabel}>
        {isOpen && (
          <>
            <span className="address-reveal-label">{labels.realAddress}</span>
            <bdi className="address-full">
              {before}
              {domain && <strong>{domain}</strong>}
              {after}
            </bdi>
            {domain && (
              <span className="address-site">
                {labels.site} <strong>{domain}</strong>
              </span>
            )}
          </>
        )}
      </span>
    </span>
  );
}
