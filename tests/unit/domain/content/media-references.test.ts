import { describe, expect, it } from 'vitest';
import { checkImageReferences, findImageReferences } from '@/domain/content/media-references';
import { checkScenarioDraft } from '@/domain/studio/draft-check';
import { scenarioTemplate } from '@/domain/studio/templates';

const UPLOADED = '0123456789abcdef0123456789abcdef.png';
const FILE = 'content/scenarios/x.en.md';

/** A scenario file whose body ends with an image exhibit showing `src`. */
function withImage(text: string, src: string): string {
  return `${text.trimEnd()}\n\n\`\`\`image\nsrc: ${src}\nalt: a payment screenshot\n\`\`\`\n`;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('findImageReferences', () => {
  it("finds every image exhibit's src at the line and column of its value, and nothing in other exhibits", () => {
    const text = '---\nid: x\n---\n\n```sms\nfrom: 95000\n---\nsrc: not an image\n```\n\n```image\nsrc: media/a.png\nalt: A\n```\n\n```image\n  src:   media/b.png  \nalt: B\n```\n';
    expect(findImageReferences(FILE, text)).toEqual([
      { src: 'media/a.png', line: 12, column: 6 },
      { src: 'media/b.png', line: 17, column: 10 },
    ]);
  });
});

describe('checkImageReferences', () => {
  const files = new Set(['receipt.png', UPLOADED]);
  const exists = (name: string) => files.has(name);

  it('accepts a file of content/media/ and an uploaded image, written with or without media/', () => {
    const text = withImage(withImage('---\nid: x\n---\n', `media/${UPLOADED}`), 'receipt.png');
    expect(checkImageReferences(FILE, text, exists)).toEqual([]);
  });

  it('reports a missing image at the line and column of its name, saying how to fix it', () => {
    const text = withImage('---\nid: x\n---\n', 'media/ffffffffffffffffffffffffffffffff.png');
    expect(checkImageReferences(FILE, text, exists)).toEqual([
      { path: FILE, line: lineOf(text, 'src:'), column: 6, message: expect.stringMatching(/^image "media\/f{32}\.png" does not exist: .*upload the image in the content studio/) },
    ]);
  });

  it('reports a src that is not a picture below content/media/, such as a web address', () => {
    const text = withImage('---\nid: x\n---\n', 'https://example.com/receipt.png');
    const [issue] = checkImageReferences(FILE, text, () => true);
    expect(issue).toMatchObject({ line: lineOf(text, 'src:'), column: 6, message: expect.stringMatching(/is not a picture in content\/media\//) });
  });
});

describe('the studio checker with images', () => {
  const files = scenarioTemplate('payment-screenshot', 'img-check');
  const draft = { 'zh-CN': withImage(files['zh-CN'], `media/${UPLOADED}`), en: withImage(files.en, `media/${UPLOADED}`) };

  it('accepts a draft showing an uploaded image and reports one that is not there, in each language', () => {
    expect(checkScenarioDraft('img-check', draft, (name) => name === UPLOADED).issues).toEqual([]);
    const missing = checkScenarioDraft('img-check', draft, () => false);
    expect(missing.issues.map((issue) => [issue.locale, issue.line, issue.column, issue.severity])).toEqual([
      ['en', lineOf(draft.en, 'src: media/'), 6, 'error'],
      ['zh-CN', lineOf(draft['zh-CN'], 'src: media/'), 6, 'error'],
    ]);
  });

  it('leaves images unchecked where no catalogue is given (the served library)', () => {
    expect(checkScenarioDraft('img-check', draft).issues).toEqual([]);
  });
});
