import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const LOCALE_COOKIE: string;

export type AnonymousPageCache = {
  /** Answers the request from the cache when it may; false when it must be rendered. */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  /** Records the response to a cacheable request as the cache's entry for it. */
  capture(request: IncomingMessage, response: ServerResponse): void;
  size(): number;
};

export declare function createAnonymousPageCache(options: { paths: string[]; ttlMs?: number; maxEntries?: number; now?: () => number }): AnonymousPageCache;
