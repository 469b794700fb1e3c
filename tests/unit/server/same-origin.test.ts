import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '@/server/http/same-origin';

describe('a request from a page of this app', () => {
  it.each([
    [{ origin: 'http://192.168.1.20:3000', host: '192.168.1.20:3000' }, true],
    [{ origin: 'https://ScamSense.example', host: 'scamsense.example' }, true],
    // Behind a reverse proxy, the host the browser used is the forwarded one.
    [{ origin: 'https://scamsense.example', host: '127.0.0.1:3000', 'x-forwarded-host': 'scamsense.example' }, true],
    [{ origin: 'https://evil.example', host: 'scamsense.example' }, false],
    [{ origin: 'http://192.168.1.20:3001', host: '192.168.1.20:3000' }, false],
    [{ origin: 'https://scamsense.example', host: 'scamsense.example', 'x-forwarded-host': 'evil.example' }, false],
    [{ origin: 'null', host: 'scamsense.example' }, false],
    [{ origin: 'https://scamsense.example' }, false],
    // Recent Chromium leaves Origin out of a same-origin fetch and says so in Fetch Metadata.
    [{ host: 'scamsense.example', 'sec-fetch-site': 'same-origin' }, true],
    [{ host: 'scamsense.example', 'sec-fetch-site': 'cross-site' }, false],
    [{ host: 'scamsense.example', 'sec-fetch-site': 'same-site' }, false],
    // A same-origin Origin wins over anything Fetch Metadata says; a foreign one is refused whatever it says.
    [{ origin: 'https://evil.example', host: 'scamsense.example', 'sec-fetch-site': 'same-origin' }, false],
    // No browser page sent this one (a script, or an old browser on this site): not a forgery.
    [{ host: 'scamsense.example' }, true],
  ])('%o: %s', (headers, expected) => {
    expect(isSameOriginRequest(new Headers(headers))).toBe(expected);
  });
});
