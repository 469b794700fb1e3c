import { describe, expect, it } from 'vitest';
import { imageExhibitSnippet, mediaIdOf, mediaNameOf, parseUploadedMediaName, uploadedMediaName } from '@/domain/media/references';

const ID = '0123456789abcdef0123456789abcdef';

describe('mediaNameOf', () => {
  it.each([
    ['media/receipt.png', 'receipt.png'],
    ['receipt.png', 'receipt.png'],
    ['media/shops/收款码.JPG', 'shops/收款码.JPG'],
    [`media/${ID}.webp`, `${ID}.webp`],
    ['  media/a.svg  ', 'a.svg'],
  ])('reads %s as the file %s below content/media/', (src, name) => {
    expect(mediaNameOf(src)).toBe(name);
  });

  it.each(['https://example.com/a.png', '/etc/passwd.png', 'media/../secrets.png', 'media/./a.png', 'a\\b.png', 'media/a.png?x=1', 'media/receipt.html', 'media/receipt', 'media/', '', 'media//a.png', 'a%2e%2e/b.png'])(
    'refuses %s',
    (src) => {
      expect(mediaNameOf(src)).toBeUndefined();
    },
  );
});

describe("an uploaded image's name", () => {
  it('is the first 32 hex digits of its hash and the extension of its type, both ways', () => {
    expect(mediaIdOf(`${ID}ffffffffffffffffffffffffffffffff`)).toBe(ID);
    expect(uploadedMediaName(ID, 'image/jpeg')).toBe(`${ID}.jpg`);
    expect(parseUploadedMediaName(`${ID}.jpg`)).toEqual({ id: ID, type: 'image/jpeg' });
    expect(parseUploadedMediaName(`${ID}.png`)).toEqual({ id: ID, type: 'image/png' });
    expect(parseUploadedMediaName(`${ID}.webp`)).toEqual({ id: ID, type: 'image/webp' });
  });

  it.each([`${ID}.jpeg`, `${ID.toUpperCase()}.png`, `${ID.slice(1)}.png`, `${ID}.gif`, 'receipt.png', `x/${ID}.png`])('is not %s', (name) => {
    expect(parseUploadedMediaName(name)).toBeUndefined();
  });

  it('goes into an image exhibit whose src the checker reads back', () => {
    const snippet = imageExhibitSnippet(`${ID}.png`, 'what the picture shows');
    expect(snippet).toBe(['```image', `src: media/${ID}.png`, 'alt: what the picture shows', '```'].join('\n'));
    expect(mediaNameOf(snippet.split('\n')[1].slice('src: '.length))).toBe(`${ID}.png`);
  });
});
