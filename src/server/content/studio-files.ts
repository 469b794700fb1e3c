import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentIdSchema } from '@/domain/content/schemas';
import { scenarioPath, type DraftFiles } from '@/domain/studio/draft-check';
import { LOCALES } from '@/domain/shared/locales';
import { env } from '@/server/env';

/** A scenario's two files as they are in the bundled `content/` folder; undefined when it has none. */
export function readScenarioFiles(id: string): DraftFiles | undefined {
  if (!contentIdSchema.safeParse(id).success) return undefined;
  const read = (path: string) => {
    try {
      return readFileSync(join(env.CONTENT_ROOT, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const texts = LOCALES.map((locale) => read(scenarioPath(id, locale)));
  if (texts.every((text) => text === undefined)) return undefined;
  return Object.fromEntries(LOCALES.map((locale, index) => [locale, texts[index] ?? ''])) as DraftFiles;
}
