import { describe, expect, it } from 'vitest';
import { isHttpsRequest } from '@/server/http/https';

const headers = (proto?: string) => new Headers(proto === undefined ? {} : { 'x-forwarded-proto': proto });

describe('a request over HTTPS', () => {
  it.each([
    ['http://192.168.1.20:3000/en', undefined, false],
    ['https://scamsense.example/en', undefined, true],
    ['http://10.0.0.5:3000/en', 'https', true],
    ['http://10.0.0.5:3000/en', 'HTTPS', true],
    ['http://10.0.0.5:3000/en', 'https, http', true],
    ['http://10.0.0.5:3000/en', 'http, https', false],
    ['http://10.0.0.5:3000/en', 'http', false],
    // A proxy that says http does not make an https URL plain.
    ['https://scamsense.example/en', 'http', true],
  ])('%s with X-Forwarded-Proto %s: %s', (url, proto, expected) => {
    expect(isHttpsRequest(headers(proto), url)).toBe(expected);
  });

  it('without a URL (pages and actions), is what the proxy or Next.js said', () => {
    expect(isHttpsRequest(headers('https'))).toBe(true);
    expect(isHttpsRequest(headers('http'))).toBe(false);
    expect(isHttpsRequest(headers())).toBe(false);
  });
});
