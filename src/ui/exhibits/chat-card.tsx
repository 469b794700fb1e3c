import type { ChatCard as ChatCardData } from '@/domain/content/exhibits';
import type { InlineSegment } from '@/domain/content/segments';
import { InlineText } from './inline-text';
import type { ExhibitLabels } from './types';

type ChatCardProps = { card: ChatCardData; labels: ExhibitLabels };

/** A chat message drawn as the card a messenger shows for a product, order, link, payment or file. */
export function ChatCard({ card, labels }: ChatCardProps) {
  const field = (index: number, className: string) => {
    const segments = card.fields[index];
    return segments && segments.length > 0 ? (
      <span className={className}>
        <InlineText segments={segments} labels={labels} />
      </span>
    ) : null;
  };
  // Like a real link card, the address is not printed: the student reveals where it leads.
  const opens = (index: number) => {
    const segments = card.fields[index];
    const link = segments?.find((segment): segment is Extract<InlineSegment, { kind: 'link' }> => segment.kind === 'link');
    return link ? (
      <span className="card-opens">
        <InlineText segments={[{ ...link, text: labels.cardOpens }]} labels={labels} />
      </span>
    ) : null;
  };
  const footer = (text: string) => <span className="card-footer">{text}</span>;

  switch (card.kind) {
    case 'product':
      return (
        <span className="chat-card card-product">
          <span className="card-thumb" aria-hidden="true" />
          <span className="card-main">
            {field(0, 'card-title')}
            {field(1, 'card-price')}
            {field(2, 'card-note')}
          </span>
        </span>
      );
    case 'order':
      return (
        <span className="chat-card card-order">
          <span className="card-kicker">{labels.cardOrder}</span>
          {field(0, 'card-title')}
          {field(1, 'card-status')}
          {field(2, 'card-price')}
        </span>
      );
    case 'link':
      return (
        <span className="chat-card card-link">
          {field(0, 'card-title')}
          {field(1, 'card-note')}
          {opens(2)}
          {footer(labels.cardLink)}
        </span>
      );
    case 'mini-program':
      return (
        <span className="chat-card card-mini-program">
          {field(0, 'card-kicker')}
          {field(1, 'card-title')}
          <span className="card-picture" aria-hidden="true" />
          {opens(2)}
          {footer(labels.cardMiniProgram)}
        </span>
      );
    case 'transfer':
      return (
        <span className="chat-card card-transfer">
          <span className="card-money">
            <span className="card-icon" aria-hidden="true">
              ⇄
            </span>
            <span>
              {field(0, 'card-amount')}
              {field(1, 'card-note')}
            </span>
          </span>
          {footer(labels.cardTransfer)}
        </span>
      );
    case 'red-packet':
      return (
        <span className="chat-card card-red-packet">
          <span className="card-money">
            <span className="card-icon" aria-hidden="true">
              ✉
            </span>
            {field(0, 'card-note') ?? <span className="card-note">{labels.cardRedPacket}</span>}
          </span>
          {footer(labels.cardRedPacket)}
        </span>
      );
    case 'image':
      return (
        <span className="chat-card card-image">
          <span className="card-picture" aria-hidden="true" />
          <span className="card-kicker">{labels.cardImage}</span>
          {field(0, 'card-note')}
        </span>
      );
    case 'file':
      return (
        <span className="chat-card card-file">
          <span className="card-main">
            {field(0, 'card-title')}
            {field(1, 'card-note')}
          </span>
          <span className="card-file-icon" aria-hidden="true" />
          {footer(labels.cardFile)}
        </span>
      );
  }
}
