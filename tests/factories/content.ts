import { readFileSync } from 'node:fs';
import en from '@/i18n/messages/en.json';
import { parseExhibit } from '@/domain/content/exhibits';
import { parseScenarioFile } from '@/domain/content/parse-scenario';
import { toExhibitView } from '@/domain/quiz/views';
import { createTranslator } from '@/i18n/translate';
import { buildExhibitLabels } from '@/ui/exhibits/labels';

export const t = createTranslator(en);
export const labels = buildExhibitLabels(t);

/** A scenario from tests/fixtures/library, parsed as the app parses it. */
export function fixtureScenario(id: string, locale: 'en' | 'zh-CN' = 'en') {
  const path = `content/scenarios/${id}.${locale}.md`;
  const { scenario, issues } = parseScenarioFile(path, readFileSync(`tests/fixtures/library/${path}`, 'utf8'));
  if (!scenario) throw new Error(`fixture ${path} is broken: ${JSON.stringify(issues)}`);
  return scenario;
}

/** An exhibit view built from the lines of a fenced block. */
export function exhibitView(kind: string, lines: string[]) {
  const { exhibit, issues } = parseExhibit('fixture.md', { kind, lines, firstLine: 1, index: 0 });
  if (!exhibit) throw new Error(JSON.stringify(issues));
  return { exhibit, view: toExhibitView(exhibit) };
}
