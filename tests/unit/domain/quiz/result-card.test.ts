import { describe, expect, it } from 'vitest';
import { resultCardParamsSchema, resultCardSvg, wrapText } from '@/domain/quiz/result-card';

const text = { locale: 'en', appName: 'ScamSense', headline: 'My score', setTitle: 'Online shopping: buyer basics', percent: 80, percentText: '80%', invitation: 'Can you spot the scams?' };

describe('the result card', () => {
  it('shows the app, the set, the percentage and the invitation, and nothing else', () => {
    const svg = resultCardSvg(text);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const shown = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(shown).toEqual(['ScamSense', 'Online shopping: buyer basics', 'My score', '80%', 'Can you spot the scams?']);
    expect(svg).not.toMatch(/<script|href=|on\w+=/);
  });

  it('escapes what it writes, so a title cannot add markup', () => {
    const svg = resultCardSvg({ ...text, setTitle: '<script>alert(1)</script> & "quotes"' });
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(svg).not.toContain('<script>');
  });

  it('wraps a long title at spaces or between Chinese characters, ending in "…" beyond two lines', () => {
    expect(wrapText('Online shopping: a closer look at the details', 14, 2)).toEqual(['Online shopping: a closer', 'look at the details']);
    const lines = wrapText('Online shopping: a closer look at the details', 8, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(wrapText('网购进阶：再看仔细一点', 6, 2)).toEqual(['网购进阶：再', '看仔细一点']);
    expect(wrapText('短标题', 10, 2)).toEqual(['短标题']);
  });

  it('takes a practice set id and a whole percentage from 0 to 100 from its address', () => {
    expect(resultCardParamsSchema.parse({ setId: 'buyer-basics', percent: '80' })).toEqual({ setId: 'buyer-basics', percent: 80 });
    expect(resultCardParamsSchema.parse({ setId: 'buyer-basics', percent: '100' }).percent).toBe(100);
    expect(resultCardParamsSchema.parse({ setId: 'buyer-basics', percent: '0' }).percent).toBe(0);
    for (const percent of ['101', '080', '-1', '5.5', '', '1e2']) expect(resultCardParamsSchema.safeParse({ setId: 'buyer-basics', percent }).success, percent).toBe(false);
    expect(resultCardParamsSchema.safeParse({ setId: '../etc', percent: '5' }).success).toBe(false);
  });
});
