/** Fixed vocabularies of the content format; documented in content/README.md. */

export const AUDIENCES = ['buyer', 'seller', 'cs-staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CHANNELS = ['im-chat', 'sms', 'phone-call', 'email', 'payment-screenshot', 'web-page', 'qr-code'] as const;
export type Channel = (typeof CHANNELS)[number];

export const VERDICTS = ['scam', 'legitimate'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const DIFFICULTIES = [1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const RED_FLAGS = [
  'off-platform-payment',
  'off-platform-contact',
  'credential-request',
  'look-alike-link',
  'unsolicited-link',
  'fake-payment-proof',
  'urgency',
  'too-good-to-be-true',
  'hidden-cost',
  'misleading-photos',
  'impersonation',
  'confirm-before-delivery',
  'stalling',
  'fake-reputation',
  'new-account',
  'remote-access',
  'refund-needs-payment',
  'misleading-name',
  'rule-breach-bait',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * What makes a genuine message trustworthy, marked with {+tag}: the key of a legitimate
 * scenario's line-marking question, as red flags are for a scam.
 */
export const TRUST_SIGNALS = [
  'official-app',
  'official-sender',
  'matches-order',
  'no-secrets-asked',
  'money-stays-on-platform',
  'verify-yourself',
  'normal-process',
] as const;
export type TrustSignal = (typeof TRUST_SIGNALS)[number];

export const BUYER_SCRIPTS = [
  'relink-price-error',
  'fake-service-refund',
  'payment-failed-sms',
  'account-frozen-refund',
  'instalment-cancel',
  'same-item-other-shop',
  'off-platform-payment',
  'confirm-before-delivery',
  'stall-auto-confirm',
  'inflated-reputation',
  'flash-sale-bait',
  'phishing-basics',
  'task-rebate',
  'half-price-rebate',
  'credit-account-cancel',
  'second-hand-withdraw',
  'live-stream-shopping',
  'lost-parcel-compensation',
  'parcel-station-sms',
  'friend-pay-request',
  'membership-auto-renew',
  'fake-police',
  'fake-insurance-notice',
  'parcel-contraband',
  'fake-investment-platform',
  'unknown-file',
] as const;

export const SELLER_SCRIPTS = [
  'multi-account-pressure',
  'forged-payment-screenshot',
  'fake-payment-email',
  'misleading-buyer-name',
  'triangle-scam',
  'virtual-goods-big-customer',
  'stock-check-phishing-link',
  'rule-breach-bait',
  'fake-platform-deposit',
  'bad-review-extortion',
  'return-swap',
  'planted-field-phishing',
] as const;

export const SCRIPTS = [...BUYER_SCRIPTS, ...SELLER_SCRIPTS] as const;
export type ScriptId = (typeof SCRIPTS)[number];

export const EXHIBIT_KINDS = ['chat', 'sms', 'call', 'email', 'payment', 'web', 'qr', 'image'] as const;
export type ExhibitKind = (typeof EXHIBIT_KINDS)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'verdict', 'spot'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
