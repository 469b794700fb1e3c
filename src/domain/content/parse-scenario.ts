import { exhibitLines, parseExhibit, type Exhibit } from './exhibits';
import { parseYaml, splitFrontMatter, zodIssuesToContentIssues, type YamlSource } from './front-matter';
import type { ContentIssue } from './issues';
import { findFences, renderMarkdown } from './markdown';
import type { LocalizedScenario, ScenarioBlock } from './scenario';
import { scenarioFrontMatterSchema } from './schemas';
import { LOCALES, type Locale } from '../shared/locales';

const SCENARIO_FILE = new RegExp(`^(.+)\\.(${LOCALES.join('|')})\\.md$`);

/** Reads `<id>.<locale>.md` from a path; undefined when the name does not follow that pattern. */
export function scenarioFileName(path: string): { id: string; locale: Locale } | undefined {
  const match = SCENARIO_FILE.exec(path.split('/').pop() ?? '');
  return match ? { id: match[1], locale: match[2] as Locale } : undefined;
}

/** Parses and validates one language file of a scenario, reporting every problem found. */
export type ParsedScenarioFile = { scenario?: LocalizedScenario; declaredId?: string; locate?: YamlSource['locate']; issues: ContentIssue[] };

export function parseScenarioFile(path: string, text: string): ParsedScenarioFile {
  const name = scenarioFileName(path);
  if (!name) {
    return { issues: [{ path, line: 1, column: 1, message: `scenario files are named <id>.zh-CN.md and <id>.en.md; rename this file` }] };
  }
  const split = splitFrontMatter(path, text);
  if ('message' in split) return { issues: [split] };
  const { source, issues } = parseYaml(path, split);
  if (issues.length > 0) return { issues };

  const parsed = scenarioFrontMatterSchema.safeParse(source.data ?? {}, { reportInput: true });
  if (!parsed.success) issues.push(...zodIssuesToContentIssues(path, parsed.error, source));
  const declaredId = typeof (source.data as { id?: unknown } | undefined)?.id === 'string' ? (source.data as { id: string }).id : undefined;
  if (parsed.success && parsed.data.id !== name.id) {
    issues.push({ path, ...source.locate(['id']), message: `id "${parsed.data.id}" does not match the file name "${name.id}"; make them the same` });
  }

  const blocks: ScenarioBlock[] = [];
  const exhibits: Exhibit[] = [];
  const bodyLines = split.body.split(/\r?\n/);
  let cursor = 0;
  const pushProse = (until: number) => {
    const prose = bodyLines.slice(cursor, until).join('\n').trim();
    if (prose) blocks.push({ kind: 'prose', html: renderMarkdown(prose) });
  };
  for (const fence of findFences(split.body)) {
    pushProse(fence.startLine);
    cursor = fence.endLine;
    const result = parseExhibit(path, {
      kind: fence.info,
      lines: fence.contentLines,
      firstLine: split.bodyStartLine + fence.startLine + 1,
      index: exhibits.length,
    });
    issues.push(...result.issues);
    if (result.exhibit) {
      exhibits.push(result.exhibit);
      blocks.push({ kind: 'exhibit', exhibit: result.exhibit });
    }
  }
  pushProse(bodyLines.length);
  if (!parsed.success) return { declaredId, issues };

  const frontMatter = parsed.data;
  if (exhibits.length === 0 && issues.length === 0) {
    issues.push({ path, line: split.bodyStartLine, column: 1, message: 'the body has no exhibit: add a fenced block such as ```chat (see content/README.md)' });
  }
  // Marker checks on a broken exhibit would only repeat its error in other words.
  if (issues.length === 0) issues.push(...checkMarkers(path, frontMatter, exhibits, source.locate));
  if (issues.length > 0) return { declaredId, issues };

  return {
    declaredId,
    locate: source.locate,
    issues,
    scenario: {
      ...frontMatter,
      locale: name.locale,
      path,
      blocks,
      exhibits,
      explanationHtml: renderMarkdown(frontMatter.explanation),
      adviceHtml: renderMarkdown(frontMatter.advice),
    },
  };
}

function checkMarkers(
  path: string,
  frontMatter: Pick<LocalizedScenario, 'redFlags' | 'trustSignals' | 'questions' | 'verdict'>,
  exhibits: Exhibit[],
  locate: (keyPath: readonly PropertyKey[]) => { line: number; column: number },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lines = exhibits.flatMap(exhibitLines);
  const marked = new Set(lines.flatMap((line) => line.flags));
  const trusted = new Set(lines.flatMap((line) => line.trust));
  for (const tag of marked) {
    if (!frontMatter.redFlags.includes(tag)) {
      issues.push({ path, ...locate(['redFlags']), message: `an exhibit line is marked {!${tag}} but "${tag}" is not in redFlags; add it there` });
    }
  }
  for (const tag of trusted) {
    if (!frontMatter.trustSignals.includes(tag)) {
      issues.push({ path, ...locate(['trustSignals']), message: `an exhibit line is marked {+${tag}} but "${tag}" is not in trustSignals; add it there` });
    }
  }
  if (frontMatter.verdict === 'scam') {
    frontMatter.redFlags.forEach((tag, index) => {
      if (!marked.has(tag)) {
        issues.push({ path, ...locate(['redFlags', index]), message: `red flag "${tag}" is not marked on any exhibit line; end the line that shows it with {!${tag}}` });
      }
    });
  } else {
    frontMatter.trustSignals.forEach((tag, index) => {
      if (!trusted.has(tag)) {
        issues.push({ path, ...locate(['trustSignals', index]), message: `trust signal "${tag}" is not marked on any exhibit line; end the line that shows it with {+${tag}}` });
      }
    });
  }
  frontMatter.questions.forEach((question, index) => {
    const keyCount = frontMatter.verdict === 'scam' ? marked.size : trusted.size;
    if (question.type === 'spot' && keyCount === 0) {
      const how = frontMatter.verdict === 'scam' ? 'mark the suspicious lines with {!tag}' : 'mark the lines that make it trustworthy with {+tag}';
      issues.push({ path, ...locate(['questions', index, 'type']), message: `spot question "${question.id}" has nothing to find: ${how}` });
    }
  });
  return issues;
}
