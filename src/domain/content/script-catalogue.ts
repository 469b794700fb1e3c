import type { ScriptId } from './taxonomy';

/** The scam scripts the library must cover, as a trainer reads them in content/CATALOGUE.md. */
export const SCRIPT_DESCRIPTIONS: Record<ScriptId, { group: 'Buyers' | 'Sellers and customer-service staff'; description: string }> = {
  'relink-price-error': { group: 'Buyers', description: '"The price was marked too high: re-buy through this link, the old order closes itself" (IM and SMS)' },
  'fake-service-refund': { group: 'Buyers', description: '"Customer service" or a "courier" offers a refund or compensation and asks for card, ID, password or SMS code, or sends a link or QR code' },
  'payment-failed-sms': { group: 'Buyers', description: '"Payment failed / order abnormal, please pay again" text after a successful payment' },
  'account-frozen-refund': { group: 'Buyers', description: '"Your account is frozen, we refund you: tell us the card number and code"' },
  'instalment-cancel': { group: 'Buyers', description: '"Your payment was turned into instalments by mistake": a call that walks the victim to an ATM or a transfer' },
  'same-item-other-shop': { group: 'Buyers', description: '"Detail pictures" through a link that is a look-alike listing of another shop' },
  'off-platform-payment': { group: 'Buyers', description: 'Seller asks for payment outside the platform ("the system is down", "a discount")' },
  'confirm-before-delivery': { group: 'Buyers', description: 'Seller asks the buyer to confirm receipt before delivery' },
  'stall-auto-confirm': { group: 'Buyers', description: 'Stalling ("snow", "sold out", "surface mail is slow") until the platform confirms automatically' },
  'inflated-reputation': { group: 'Buyers', description: 'Inflated reputation: fast-rising shop, default reviews, buyers named aaa/bbb, one buyer buying again and again' },
  'flash-sale-bait': { group: 'Buyers', description: 'Flash-sale bait: absurd shipping, no warranty, photos that are not of the real item' },
  'phishing-basics': { group: 'Buyers', description: 'Phishing basics: unknown links and QR codes, free public Wi-Fi, remote-control apps, fake certificates' },
  'multi-account-pressure': { group: 'Sellers and customer-service staff', description: 'Pressure from two or three accounts at once ("I paid! Ship now or I complain")' },
  'forged-payment-screenshot': { group: 'Sellers and customer-service staff', description: 'A forged "buyer has paid" screenshot' },
  'fake-payment-email': { group: 'Sellers and customer-service staff', description: 'A fake "buyer has paid, waiting for you to ship" e-mail from a free mailbox' },
  'misleading-buyer-name': { group: 'Sellers and customer-service staff', description: 'A buyer name that reads like a quantity ("1500件") or a status ("买家已付款")' },
  'triangle-scam': { group: 'Sellers and customer-service staff', description: "The triangle scam: an order paid with a third person's money" },
  'virtual-goods-big-customer': { group: 'Sellers and customer-service staff', description: 'The "big customer" for game cards or other virtual goods; a zero-reputation account registered today' },
  'stock-check-phishing-link': { group: 'Sellers and customer-service staff', description: 'A "customer" asks "is this in stock?" with a link to a phishing page' },
  'rule-breach-bait': { group: 'Sellers and customer-service staff', description: 'Tricks that lure staff into rule breaches while the "customer" collects evidence for a complaint' },
};
