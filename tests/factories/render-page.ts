import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';

/** The HTML a server-rendered page produces, as Next.js would stream it. */
export async function html(page: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(page);
  let out = '';
  for await (const chunk of prelude) out += chunk;
  return out;
}

/** The error digest Next.js throws for redirect() and notFound(). */
export async function digestOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: unknown } | undefined)?.digest;
  if (typeof digest !== 'string') throw new Error(`expected a redirect or not-found, got ${String(error)}`);
  return digest;
}

/** Route props as Next.js passes them. */
export const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });
