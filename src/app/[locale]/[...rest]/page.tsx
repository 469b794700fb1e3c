import { notFound } from 'next/navigation';

/**
 * Any address no other route claims. Without this page Next.js answers with its own 404 page,
 * outside the locale layout and without a language; this one shows the translated not-found page.
 */
export default function UnknownAddressPage(): never {
  notFound();
}
