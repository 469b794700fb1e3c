import { exhibitLines, type ExhibitLine } from './exhibits';
import type { ContentIssue } from './issues';
import type { LocalizedScenario } from './scenario';

/*
 * "Mark the lines that decided it" is fair only when every line the explanation relies on is in
 * the key: a student who marks the sender's number the explanation points to must not be told it
 * was a false alarm. The explanation's quotations, addresses and numbers show which lines it uses.
 */

const QUOTED = /「([^」]{2,40})」|“([^”]{3,60})”|"([^"]{3,60})"/g;
const ADDRESS = /\b(?:[a-z0-9-]+\.)+(?:com|net|org)\b(?:\/[^\s)，。"」]*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const NUMBER = /\b\d[\d -]{4,}\d\b/g;

function plainText(line: ExhibitLine): string {
  return line.segments.map((segment) => (segment.kind === 'link' ? `${segment.text} ${segment.href}` : segment.text)).join('');
}

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The snippets an explanation cites: quotations, web and e-mail addresses, long numbers. */
export function citedSnippets(explanation: string): string[] {
  const quoted = [...explanation.matchAll(QUOTED)].map((match) => match[1] ?? match[2] ?? match[3]);
  const addresses = [...explanation.matchAll(ADDRESS)].map((match) => match[0]);
  const numbers = [...explanation.matchAll(NUMBER)].map((match) => match[0]);
  return [...new Set([...quoted, ...addresses, ...numbers].map((snippet) => snippet.trim()).filter((snippet) => snippet.length >= 3))];
}

/** Lines the explanation cites that the spot key leaves out, as warnings on the scenario file. */
export function checkKeyCoverage(scenario: LocalizedScenario, line: number): ContentIssue[] {
  if (!scenario.questions.some((question) => question.type === 'spot')) return [];
  const lines = scenario.exhibits.flatMap(exhibitLines);
  const isKey = (candidate: ExhibitLine) => (scenario.verdict === 'scam' ? candidate.flags.length > 0 : candidate.trust.length > 0);
  const issues: ContentIssue[] = [];
  for (const snippet of citedSnippets(scenario.explanation)) {
    const needle = normalise(snippet);
    const citing = lines.filter((candidate) => normalise(plainText(candidate)).includes(needle));
    // A snippet found on many lines (a shop name) points at no line in particular.
    if (citing.length === 0 || citing.length > 2 || citing.some(isKey)) continue;
    const marker = scenario.verdict === 'scam' ? '{!tag}' : '{+tag}';
    issues.push({
      path: scenario.path,
      line,
      column: 1,
      severity: 'warning',
      message: `the explanation relies on "${snippet}" (exhibit line ${citing.map((candidate) => candidate.id).join(', ')}), but that line is not in the spot key; mark it with ${marker}, or a student who marks it is told it was a false alarm`,
    });
  }
  return issues;
}
