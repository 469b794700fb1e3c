import { checkTranslationAgreement } from '../content/agreement';
import { reviewDueIssues } from '../content/freshness';
import { isError, sortContentIssues, type ContentIssue } from '../content/issues';
import { checkKeyCoverage } from '../content/key-coverage';
import { checkImageReferences, type MediaExists } from '../content/media-references';
import { parseScenarioFile, scenarioFileName, type ParsedScenarioFile } from '../content/parse-scenario';
import type { LocalizedScenario, Scenario } from '../content/scenario';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../shared/locales';

/** The two language files of one scenario as the studio edits them. */
export type DraftFiles = Record<Locale, string>;

/** A checker problem placed in one language's text; lines and columns are 1-based. */
export type DraftIssue = { locale: Locale; line: number; column: number; message: string; severity: 'error' | 'warning' };

export type DraftCheck = {
  issues: DraftIssue[];
  /** The parsed scenario in both languages, present only when nothing is an error. */
  scenario?: Scenario;
};

/** Where a scenario's language file lives in `content/`; the checker names files by these paths. */
export function scenarioPath(id: string, locale: Locale): string {
  return `content/scenarios/${id}.${locale}.md`;
}

/**
 * Runs the checks `npm run content:check` makes on one scenario: each language file on its own
 * (front matter, exhibits, markers, option lengths), then the translation's agreement with the
 * default language and the spot key's coverage. Library rules (set membership, balance) concern
 * the whole library and are left to the library's own check. An empty file is reported in place.
 * With `mediaExists`, a picture an image exhibit names must exist (in content/media/ or uploaded).
 * With `now` (the server's clock), a reviewBy that has come is a warning, as in content:check.
 */
export function checkScenarioDraft(id: string, files: DraftFiles, mediaExists?: MediaExists, now?: Date): DraftCheck {
  const issues: ContentIssue[] = [];
  const parsed = new Map<Locale, ParsedScenarioFile>();
  for (const locale of LOCALES) {
    const path = scenarioPath(id, locale);
    if (files[locale].trim() === '') {
      issues.push({ path, line: 1, column: 1, message: 'this language is empty: write the scenario here with the same questions and markers as the other language' });
      continue;
    }
    const result = parseScenarioFile(path, files[locale]);
    issues.push(...result.issues);
    if (mediaExists) issues.push(...checkImageReferences(path, files[locale], mediaExists));
    parsed.set(locale, result);
  }
  const reference = parsed.get(DEFAULT_LOCALE)?.scenario;
  const complete = LOCALES.every((locale) => parsed.get(locale)?.scenario);
  if (reference && complete) {
    for (const locale of LOCALES) {
      if (locale !== DEFAULT_LOCALE) issues.push(...checkTranslationAgreement(reference, parsed.get(locale)!.scenario!, parsed.get(locale)!.locate!));
    }
  }
  if (complete && !issues.some(isError)) {
    for (const locale of LOCALES) issues.push(...checkKeyCoverage(parsed.get(locale)!.scenario!, parsed.get(locale)!.locate!(['explanation']).line));
  }
  if (now) issues.push(...reviewDueIssues(LOCALES.map((locale) => ({ path: scenarioPath(id, locale), text: files[locale] })), now));
  const draftIssues = sortContentIssues(issues).flatMap(toDraftIssue);
  if (!complete || issues.some(isError)) return { issues: draftIssues };
  const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, parsed.get(locale)!.scenario!])) as Record<Locale, LocalizedScenario>;
  return { issues: draftIssues, scenario: { id, version: 'draft', byLocale } };
}

function toDraftIssue(issue: ContentIssue): DraftIssue[] {
  const name = scenarioFileName(issue.path);
  if (!name) return [];
  return [{ locale: name.locale, line: issue.line, column: issue.column, message: issue.message, severity: isError(issue) ? 'error' : 'warning' }];
}

/** Whether a draft may be published: no error in either language. */
export function isPublishable(check: DraftCheck): boolean {
  return check.scenario !== undefined && !check.issues.some((issue) => issue.severity === 'error');
}
