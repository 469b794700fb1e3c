import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A payment-result screen: status, amount, then the order's rows. */
export function PaymentExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { app, status, amount } = exhibit.header;
  return (
    <div className="screen payment">
      {app && <ExhibitLine line={app} mode={mode} labels={labels} className="payment-app" />}
      <div className="payment-result">
        <span className="payment-icon" aria-hidden="true">
          ✓
        </span>
        <ExhibitLine line={status} mode={mode} labels={labels} className="payment-status" />
        <ExhibitLine line={amount} mode={mode} labels={labels} className="payment-amount" />
      </div>
      {/* A list, not a <dl>: in line-marking mode each row is one button holding its label and value. */}
      <ul className="payment-rows">
        {exhibit.body.map((line) => (
          <ExhibitLine key={line.id} as="li" line={line} mode={mode} labels={labels} className="payment-row" prefix={line.label ? <span className="row-label">{line.label}</span> : undefined} />
        ))}
      </ul>
    </div>
  );
}
