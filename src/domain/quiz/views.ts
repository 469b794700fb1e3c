import type { Exhibit, ExhibitLine } from '../content/exhibits';
import type { LocalizedScenario, ScenarioBlock } from '../content/scenario';
import type { ContentQuestion } from '../content/schemas';

/*
 * What a student may see before answering. These views are built on the server and are the only
 * scenario data passed to client components: no answers, no explanations, no red-flag markers.
 */

export type ExhibitLineView = Omit<ExhibitLine, 'flags'>;
export type ExhibitView = Omit<Exhibit, 'header' | 'body'> & { header: Record<string, ExhibitLineView>; body: ExhibitLineView[] };
export type BlockView = { kind: 'prose'; html: string } | { kind: 'exhibit'; exhibit: ExhibitView };

export type QuestionView =
  | { id: string; type: 'single' | 'multiple'; prompt: string; options: { id: string; text: string }[] }
  | { id: string; type: 'verdict'; prompt: string }
  | { id: string; type: 'spot'; prompt: string };

// No title: titles often name the scam, which would answer a verdict question for the student.
export type ScenarioPlayView = { id: string; blocks: BlockView[]; questions: QuestionView[] };

function stripLine({ flags: _flags, ...line }: ExhibitLine): ExhibitLineView {
  return line;
}

/** An exhibit without its red-flag markers. */
export function toExhibitView(exhibit: Exhibit): ExhibitView {
  return {
    kind: exhibit.kind,
    index: exhibit.index,
    header: Object.fromEntries(Object.entries(exhibit.header).map(([key, line]) => [key, stripLine(line)])),
    body: exhibit.body.map(stripLine),
  };
}

export function toBlockView(block: ScenarioBlock): BlockView {
  return block.kind === 'prose' ? block : { kind: 'exhibit', exhibit: toExhibitView(block.exhibit) };
}

/** A question without its answer key or explanations. */
export function toQuestionView(question: ContentQuestion): QuestionView {
  if (question.type === 'single' || question.type === 'multiple') {
    return { id: question.id, type: question.type, prompt: question.prompt, options: question.options.map(({ id, text }) => ({ id, text })) };
  }
  return question.type === 'verdict' ? { id: question.id, type: 'verdict', prompt: question.prompt } : { id: question.id, type: 'spot', prompt: question.prompt };
}

/** Everything the answering screen needs, and nothing it must not reveal. */
export function toScenarioPlayView(scenario: LocalizedScenario): ScenarioPlayView {
  return { id: scenario.id, blocks: scenario.blocks.map(toBlockView), questions: scenario.questions.map(toQuestionView) };
}
