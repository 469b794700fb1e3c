import { describe, expect, it } from 'vitest';
import { mediaHeaders } from '@/server/http/media-headers';

describe('mediaHeaders', () => {
  it('serves an upload as the sniffed image type, never to be guessed, inline, sandboxed and cached for good', () => {
    expect(mediaHeaders('0123456789abcdef0123456789abcdef.png', 'image/png', true)).toEqual({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline; filename="0123456789abcdef0123456789abcdef.png"',
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  it('keeps a file of content/media/ sandboxed too, cached briefly since it can be replaced, with a name that cannot break the header', () => {
    const headers = mediaHeaders('a"b\r\n收款码.svg', 'image/svg+xml', false);
    expect(headers['content-disposition']).toBe('inline; filename="a_b_____.svg"');
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'.*; sandbox$/);
    expect(headers['cache-control']).toBe('public, max-age=300');
  });
});
