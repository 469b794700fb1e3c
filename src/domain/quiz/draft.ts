import type { StageResponse } from './schemas';
import type { Stage } from './stages';
import type { BlockView, QuestionView } from './views';

/*
 * Choices made on a stage but not yet sent, kept by the browser so a reload or a language switch
 * does not lose them. A draft holds only what the page already shows: option handles (c1…c6) and
 * exhibit line ids, which are the same in both languages of a scenario (the content checker
 * requires the same options in the same order and the same lines). Nothing here is checked by the
 * server: a draft only fills the form again, and the answer is judged when it is sent.
 */

export type DraftResponses = (StageResponse | undefined)[];

/** Where a stage's draft is kept: one per attempt, scenario position and stage. */
export function draftKey(attemptId: string, position: number, stage: Stage): string {
  return `scamsense:draft:${attemptId}:${position}:${stage}`;
}

/** A stage with nothing chosen yet: line-marking questions start with no lines marked. */
export function emptyResponses(questions: readonly QuestionView[]): DraftResponses {
  return questions.map((question) => (question.type === 'spot' ? { type: 'spot', lines: [] } : undefined));
}

/** The ids of the exhibit lines a student can mark on this stage. */
export function markableLineIds(blocks: readonly BlockView[]): Set<string> {
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'exhibit') continue;
    for (const line of [...Object.values(block.exhibit.header), ...block.exhibit.body]) if (line.markable !== false) ids.add(line.id);
  }
  return ids;
}

/**
 * The stored draft as responses for these questions, or undefined when it does not fit them (an
 * edited scenario, another version of the app, a hand-edited value): then the form starts empty
 * rather than with choices the student never made.
 */
export function restoreDraft(stored: unknown, questions: readonly QuestionView[], lineIds: ReadonlySet<string>): DraftResponses | undefined {
  if (!Array.isArray(stored) || stored.length !== questions.length) return undefined;
  const restored: DraftResponses = [];
  for (const [index, question] of questions.entries()) {
    const entry: unknown = stored[index];
    if (entry === null || entry === undefined) {
      if (question.type === 'spot') return undefined;
      restored.push(undefined);
      continue;
    }
    const response = fitResponse(entry, question, lineIds);
    if (!response) return undefined;
    restored.push(response);
  }
  return restored;
}

function fitResponse(entry: unknown, question: QuestionView, lineIds: ReadonlySet<string>): StageResponse | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const candidate = entry as Record<string, unknown>;
  if (candidate.type !== question.type) return undefined;
  const handles = new Set(question.type === 'single' || question.type === 'multiple' ? question.options.map((option) => option.handle) : []);
  const allOf = (values: unknown, known: ReadonlySet<string>): values is string[] =>
    Array.isArray(values) && new Set(values).size === values.length && values.every((value) => typeof value === 'string' && known.has(value));
  switch (question.type) {
    case 'single':
      return typeof candidate.choice === 'string' && handles.has(candidate.choice) ? { type: 'single', choice: candidate.choice } : undefined;
    case 'multiple':
      return allOf(candidate.choices, handles) ? { type: 'multiple', choices: [...candidate.choices] } : undefined;
    case 'verdict':
      return candidate.choice === 'scam' || candidate.choice === 'legitimate' ? { type: 'verdict', choice: candidate.choice } : undefined;
    case 'spot':
      return allOf(candidate.lines, lineIds) ? { type: 'spot', lines: [...candidate.lines].sort() } : undefined;
  }
}
