import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from './issues';

/** A Markdown file cut into its YAML front matter and body, with line numbers kept. */
export type SplitFile = {
  yamlText: string;
  /** 1-based file line of the first YAML line. */
  yamlStartLine: number;
  body: string;
  /** 1-based file line of the first body line. */
  bodyStartLine: number;
};

/** Splits `---\nyaml\n---\nbody`; returns an issue when the fences are missing. */
export function splitFrontMatter(path: string, text: string): SplitFile | ContentIssue {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { path, line: 1, column: 1, message: 'the file must start with a "---" line that opens the YAML front matter' };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    return { path, line: lines.length, column: 1, message: 'the front matter is never closed: add a "---" line after the last YAML field' };
  }
  return {
    yamlText: lines.slice(1, close).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}

type Located = { line: number; column: number };

/** Parsed YAML that can point back at the source line of any value. */
export type YamlSource = {
  data: unknown;
  locate(path: readonly PropertyKey[]): Located;
};

/** Parses front matter YAML; syntax errors come back as issues with file positions. */
export function parseYaml(path: string, split: SplitFile): { source: YamlSource; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFile = (offset: number): Located => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + split.yamlStartLine - 1, column: col };
  };
  const issues = document.errors.map((error) => {
    const at = toFile(error.pos[0]);
    const message = error.message.split('\n')[0];
    return { path, ...at, message: `YAML syntax error: ${message}. Check indentation and quote values that contain ": "` };
  });
  const source: YamlSource = {
    data: issues.length > 0 ? undefined : document.toJS(),
    locate: (keyPath) => locateInDocument(document, keyPath, toFile),
  };
  return { source, issues };
}

function locateInDocument(document: Document, keyPath: readonly PropertyKey[], toFile: (offset: number) => Located): Located {
  // Walk up the path until a node exists: a missing field is reported at its parent.
  for (let length = keyPath.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(keyPath.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return toFile(node.range[0]);
  }
  return toFile(0);
}

/** Turns zod issues into located, actionable messages. */
export function zodIssuesToContentIssues(path: string, error: z.ZodError, source: YamlSource): ContentIssue[] {
  return error.issues.map((issue) => {
    // Point at the unknown key itself rather than at the object that holds it.
    const at = source.locate(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path);
    return { path, ...at, message: describeZodIssue(issue) };
  });
}

function fieldName(keyPath: readonly PropertyKey[]): string {
  return keyPath.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('') || 'front matter';
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `"${field}" is missing: add it to the front matter (see content/README.md)`;
      return `"${field}" ${issue.message.startsWith('must') ? issue.message : `must be ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} in ${field}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling`;
    case 'invalid_value':
      return `"${field}" must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return `"${field}" ${issue.message.startsWith('must') || issue.message.startsWith('type') ? issue.message : 'has an unexpected shape'}`;
    default:
      return `"${field}" ${issue.message}`;
  }
}
