import { createHash } from 'node:crypto';
import { checkTranslationAgreement } from './agreement';
import { checkKeyCoverage } from './key-coverage';
import { checkLibraryRules } from './library-rules';
import type { YamlSource } from './front-matter';
import { sortContentIssues, type ContentIssue } from './issues';
import { parseScenarioFile, scenarioFileName } from './parse-scenario';
import { parseSetFile } from './parse-set';
import type { LocalizedScenario, QuizSet, Scenario } from './scenario';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../shared/locales';

/** A content file as read from disk; `path` is relative to the repository root. */
export type ContentFile = { path: string; text: string };

export type ContentLibrary = {
  scenarios: Map<string, Scenario>;
  sets: Map<string, QuizSet>;
  /** Every problem found; broken scenarios and sets are left out of the maps above. */
  issues: ContentIssue[];
};

/**
 * The version answers pin: a hash of a scenario's file texts, in the order of LOCALES. Revisions
 * store it too, so a review finds the text an answer was given against.
 */
export function scenarioVersionHash(textsInLocaleOrder: string[]): string {
  const hash = createHash('sha256');
  for (const text of textsInLocaleOrder) hash.update(text).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the playable library from all scenario and set files. A broken file never stops the
 * others: it is reported and skipped, together with its translation.
 */
export function buildContentLibrary(scenarioFiles: ContentFile[], setFiles: ContentFile[]): ContentLibrary {
  const issues: ContentIssue[] = [];
  const byId = new Map<string, Partial<Record<Locale, { scenario?: LocalizedScenario; locate?: YamlSource['locate']; file: ContentFile }>>>();
  const brokenIds = new Set<string>();
  const declared = new Map<string, string>();

  for (const file of scenarioFiles) {
    const result = parseScenarioFile(file.path, file.text);
    issues.push(...result.issues);
    const name = scenarioFileName(file.path);
    if (!name) continue;
    if (result.declaredId) {
      const key = `${result.declaredId}.${name.locale}`;
      const earlier = declared.get(key);
      if (earlier) {
        issues.push({ path: file.path, line: 2, column: 1, message: `duplicate id "${result.declaredId}": ${earlier} already uses it; every scenario needs its own id` });
        brokenIds.add(result.declaredId);
      } else declared.set(key, file.path);
    }
    const entry = byId.get(name.id) ?? {};
    entry[name.locale] = { scenario: result.scenario, locate: result.locate, file };
    byId.set(name.id, entry);
    if (!result.scenario) brokenIds.add(name.id);
  }

  const scenarios = new Map<string, Scenario>();
  for (const [id, entry] of byId) {
    const missing = LOCALES.filter((locale) => !entry[locale]);
    if (missing.length > 0) {
      const present = Object.values(entry)[0];
      for (const locale of missing) {
        issues.push({ path: present!.file.path, line: 1, column: 1, message: `missing translation: create content/scenarios/${id}.${locale}.md with the same questions and markers` });
      }
      continue;
    }
    if (brokenIds.has(id)) continue;
    const reference = entry[DEFAULT_LOCALE]!.scenario!;
    const disagreements = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) => checkTranslationAgreement(reference, entry[locale]!.scenario!, entry[locale]!.locate!));
    issues.push(...disagreements);
    if (disagreements.length > 0) continue;
    for (const locale of LOCALES) {
      const localized = entry[locale]!;
      issues.push(...checkKeyCoverage(localized.scenario!, localized.locate!(['explanation']).line));
    }
    scenarios.set(id, {
      id,
      version: scenarioVersionHash(LOCALES.map((locale) => entry[locale]!.file.text)),
      byLocale: Object.fromEntries(LOCALES.map((locale) => [locale, entry[locale]!.scenario!])) as Record<Locale, LocalizedScenario>,
    });
  }

  const built = buildSets(setFiles, new Set(byId.keys()), scenarios);
  issues.push(...built.issues);
  return { scenarios, sets: built.sets, issues: sortContentIssues(issues) };
}

/**
 * The playable quiz sets of the set files over the parsed scenarios, with every problem of the set
 * files (a set naming a scenario that has no file is an error) and of the library rules.
 * `scenarioIds` are the scenarios that have files, playable or not. The set editor calls it alone
 * to check one set against the published scenarios without parsing them again.
 */
export function buildSets(setFiles: ContentFile[], scenarioIds: ReadonlySet<string>, scenarios: ReadonlyMap<string, Scenario>): { sets: Map<string, QuizSet>; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const sets = new Map<string, QuizSet>();
  for (const file of setFiles) {
    const result = parseSetFile(file.path, file.text);
    issues.push(...result.issues);
    if (!result.set) continue;
    if (sets.has(result.set.id)) {
      issues.push({ path: file.path, line: 1, column: 1, message: `set id "${result.set.id}" is also used by ${sets.get(result.set.id)!.path}; give each set its own id` });
      continue;
    }
    result.set.scenarioIds.forEach((scenarioId, index) => {
      if (!scenarioIds.has(scenarioId)) {
        issues.push({ path: file.path, ...result.locate!(['scenarios', index]), message: `unknown scenario id "${scenarioId}": no file content/scenarios/${scenarioId}.zh-CN.md exists; fix the id or remove it` });
      }
    });
    const playable = result.set.scenarioIds.filter((scenarioId) => scenarios.has(scenarioId));
    if (playable.length === 0) continue;
    sets.set(result.set.id, { ...result.set, scenarioIds: playable, draw: result.set.draw ? Math.min(result.set.draw, playable.length) : undefined });
  }

  const setTexts = new Map(setFiles.map((file) => [file.path, file.text.split(/\r?\n/)]));
  const locateEntry = (set: QuizSet, scenarioId: string) => {
    const index = setTexts.get(set.path)?.findIndex((line) => new RegExp(`^\\s*-\\s*${scenarioId}\\s*$`).test(line)) ?? -1;
    return index + 1 || 1;
  };
  issues.push(...checkLibraryRules(scenarios, sets, locateEntry));
  return { sets, issues };
}
