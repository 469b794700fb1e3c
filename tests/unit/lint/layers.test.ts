import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layering rules of eslint.config.mjs, tried on texts that break them on purpose, so the guard
 * cannot stop working unnoticed (a renamed folder, a glob that no longer matches, a dropped rule).
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'layers/client-imports-no-server']);

let eslint: ESLint;
beforeAll(() => {
  // The fixtures live outside src/; `ignore: false` lets them be linted under any path.
  eslint = new ESLint({ cwd: root, ignore: false });
});

const fixture = (name: string) => readFileSync(`${root}tests/fixtures/lint/${name}`, 'utf8');

/** The lines marked `// forbidden` (1-based), where an error is expected. */
const forbiddenLines = (text: string) =>
  text
    .split('\n')
    .flatMap((line, index) => (line.includes('// forbidden') ? [index + 1] : []));

/** Lints `text` as if it were the file at `path` and answers the lines the layering rules reported. */
async function layerErrors(text: string, path: string): Promise<number[]> {
  const [result] = await eslint.lintText(text, { filePath: `${root}${path}` });
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  const reported = result.messages.filter((message) => message.ruleId !== null && LAYER_RULES.has(message.ruleId) && message.severity === 2);
  return [...new Set(reported.map((message) => message.line))].sort((a, b) => a - b);
}

describe('npm run lint keeps the layers apart', () => {
  it('reports every import from server, ui, app, generated, Next, React, Prisma or fs in src/domain, and process', async () => {
    const text = fixture('domain.ts.txt');
    expect(forbiddenLines(text).length).toBeGreaterThan(10);
    expect(await layerErrors(text, 'src/domain/quiz/lint-example.ts')).toEqual(forbiddenLines(text));
  });

  it('reports every import from src/ui or src/app in src/server', async () => {
    const text = fixture('server.ts.txt');
    expect(await layerErrors(text, 'src/server/db/lint-example.ts')).toEqual(forbiddenLines(text));
  });

  it("reports src/server code and server-only in a 'use client' component, however it is imported", async () => {
    const text = fixture('client.tsx.txt');
    expect(await layerErrors(text, 'src/ui/quiz/lint-example.tsx')).toEqual(forbiddenLines(text));
  });

  it('lets a Server Component import server code: the rule keys on the directive', async () => {
    const text = fixture('client.tsx.txt').replace("'use client';", '');
    expect(await layerErrors(text, 'src/ui/quiz/lint-example.tsx')).toEqual([]);
  });

  it('names the layer and what to do instead', async () => {
    const [result] = await eslint.lintText("import { db } from '@/server/db/client';\nexport const x = db;\n", { filePath: `${root}src/domain/lint-example.ts` });
    expect(result.messages.map((message) => message.message).join('\n')).toMatch(/src\/domain is plain TypeScript/);
  });
});
