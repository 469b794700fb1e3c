import { describe, expect, it } from 'vitest';
import { sniffFileKind, uploadTypeOf, type SniffedKind } from '@/domain/media/sniff';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('sniffFileKind', () => {
  it.each<[string, Uint8Array, SniffedKind]>([
    ['PNG', bytes(PNG, [0, 0, 0, 13]), 'png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'webp'],
    ['a RIFF file that is not WebP (a WAV sound)', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), 'unknown'],
    ['GIF', bytes('GIF89a', [1, 0]), 'gif'],
    ['HEIC', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0]), 'heic'],
    ['AVIF', bytes([0, 0, 0, 24], 'ftypavif', [0, 0, 0, 0]), 'avif'],
    ['PDF', bytes('%PDF-1.7\n'), 'pdf'],
    ['ZIP', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'zip'],
    ['TIFF', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0]), 'tiff'],
    ['an HTML page', bytes('<!DOCTYPE html><html><body><script>alert(1)</script>'), 'html'],
    ['an HTML fragment after blanks and a byte-order mark', bytes([0xef, 0xbb, 0xbf], '\n  <script>fetch("/x")</script>'), 'html'],
    ['an SVG drawing', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'svg'],
    ['an SVG drawing with an XML declaration', bytes('<?xml version="1.0"?>\n<svg width="1" height="1"></svg>'), 'svg'],
    ['plain text', bytes('just some words'), 'text'],
    ['random bytes', bytes([0x00, 0x13, 0x37, 0x42, 0x99]), 'unknown'],
    ['nothing at all', new Uint8Array(), 'unknown'],
  ])('reads %s by its first bytes', (_name, input, kind) => {
    expect(sniffFileKind(input)).toBe(kind);
  });

  it('trusts the first bytes, not what comes after them: a PNG with HTML appended is a PNG (re-encoding drops the rest)', () => {
    expect(sniffFileKind(bytes(PNG, '<html><script>alert(1)</script></html>'))).toBe('png');
  });
});

describe('uploadTypeOf', () => {
  it('accepts PNG, JPEG and WebP only, with the type they are served as', () => {
    expect(uploadTypeOf('png')).toBe('image/png');
    expect(uploadTypeOf('jpeg')).toBe('image/jpeg');
    expect(uploadTypeOf('webp')).toBe('image/webp');
    for (const kind of ['gif', 'svg', 'html', 'heic', 'pdf', 'text', 'unknown'] as const) expect(uploadTypeOf(kind)).toBeUndefined();
  });
});
