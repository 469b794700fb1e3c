import type { ExhibitKind } from '@/domain/content/taxonomy';
import { CallExhibit } from './call-exhibit';
import { ChatExhibit } from './chat-exhibit';
import { EmailExhibit } from './email-exhibit';
import { ImageExhibit } from './image-exhibit';
import { PaymentExhibit } from './payment-exhibit';
import { QrExhibit } from './qr-exhibit';
import { SmsExhibit } from './sms-exhibit';
import type { ExhibitProps } from './types';
import { WebExhibit } from './web-exhibit';

const BY_KIND: Record<ExhibitKind, (props: ExhibitProps) => React.ReactNode> = {
  chat: ChatExhibit,
  sms: SmsExhibit,
  call: CallExhibit,
  email: EmailExhibit,
  payment: PaymentExhibit,
  web: WebExhibit,
  qr: QrExhibit,
  image: ImageExhibit,
};

/** An exhibit inside a phone frame, rendered in HTML and CSS (never a bitmap screenshot). */
export function Exhibit(props: ExhibitProps & { caption: string }) {
  const Kind = BY_KIND[props.exhibit.kind];
  return (
    <figure className={`phone phone-${props.exhibit.kind}`} aria-label={props.caption}>
      <div className="status-bar" aria-hidden="true">
        <span>9:41</span>
        <span className="status-icons">
          <span className="signal" />
          5G
          <span className="battery" />
        </span>
      </div>
      <Kind exhibit={props.exhibit} mode={props.mode} labels={props.labels} />
    </figure>
  );
}
