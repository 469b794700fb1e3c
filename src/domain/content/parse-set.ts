import { parseYaml, splitFrontMatter, zodIssuesToContentIssues, type YamlSource } from './front-matter';
import type { ContentIssue } from './issues';
import type { QuizSet } from './scenario';
import { setFrontMatterSchema } from './schemas';

/** Parses one quiz set file; `locate` lets the library report unknown scenario ids in place. */
export function parseSetFile(path: string, text: string): { set?: QuizSet; locate?: YamlSource['locate']; issues: ContentIssue[] } {
  const split = splitFrontMatter(path, text);
  if ('message' in split) return { issues: [split] };
  const { source, issues } = parseYaml(path, split);
  if (issues.length > 0) return { issues };
  const parsed = setFrontMatterSchema.safeParse(source.data ?? {}, { reportInput: true });
  if (!parsed.success) return { issues: zodIssuesToContentIssues(path, parsed.error, source) };
  const fileId = path.split('/').pop()?.replace(/\.md$/, '');
  if (parsed.data.id !== fileId) {
    return { issues: [{ path, ...source.locate(['id']), message: `id "${parsed.data.id}" does not match the file name "${fileId}.md"; make them the same` }] };
  }
  const { id, title, description, scenarios, draw, practice } = parsed.data;
  return { set: { id, path, title, description, scenarioIds: scenarios, draw, isPractice: practice }, locate: source.locate, issues: [] };
}
