import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from '@/domain/content/taxonomy';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('call the learner 学员 everywhere in Chinese, as the counterpart of 培训师, never 学生', () => {
    const mixed = Object.entries(zhCN).filter(([, text]) => text.includes('学生'));
    expect(mixed).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
  });

  it('hold every key the code asks for by name, and a name for every red flag', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z][\w.-]+)'/g)) used.add(match[1]);
      for (const match of readFileSync(file, 'utf8').matchAll(/'(errors\.[\w.]+)'/g)) used.add(match[1]);
    }
    for (const flag of RED_FLAGS) used.add(`redFlag.${flag}`);
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});
