import { parse } from 'tldts';

/**
 * Content uses example.com, example.net and example.org as stand-ins for real top-level domains
 * (content/README.md, "Fictional details"), so "yifu.example.com" plays the part of "yifu.com".
 * Treating them as public suffixes makes the emphasised part the one a student must compare.
 */
const FICTIONAL_SUFFIXES = ['example.com', 'example.net', 'example.org'];

/** An address cut into what comes before the registrable domain, the domain itself, and the rest. */
export type AddressParts = { before: string; domain: string; after: string };

/**
 * Splits an address so the registrable domain (the part a company owns, e.g. "yifu.example.com"
 * in "https://pay.yifu.example.com/refund") can be emphasised. Addresses without a host (a phone
 * number, a relative path) come back whole in `before` with an empty `domain`.
 */
export function splitAddress(address: string): AddressParts {
  const hostname = parse(address).hostname;
  if (!hostname) return { before: address, domain: '', after: '' };
  const domain = registrableDomain(hostname);
  const hostAt = address.toLowerCase().indexOf(hostname.toLowerCase());
  if (!domain || hostAt === -1) return { before: address, domain: '', after: '' };
  const domainAt = hostAt + hostname.length - domain.length;
  return { before: address.slice(0, domainAt), domain: address.slice(domainAt, domainAt + domain.length), after: address.slice(domainAt + domain.length) };
}

function registrableDomain(hostname: string): string | null {
  const lower = hostname.toLowerCase();
  const fictional = FICTIONAL_SUFFIXES.find((suffix) => lower === suffix || lower.endsWith(`.${suffix}`));
  if (fictional) {
    if (lower === fictional) return hostname;
    const labels = hostname.split('.');
    return labels.slice(-(fictional.split('.').length + 1)).join('.');
  }
  return parse(hostname).domain ?? null;
}
