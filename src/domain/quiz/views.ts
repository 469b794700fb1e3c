import type { Exhibit, ExhibitLine } from '../content/exhibits';
import type { LocalizedScenario, ScenarioBlock } from '../content/scenario';
import type { ContentQuestion } from '../content/schemas';
import { optionHandle, type OptionOrder } from './handles';
import { stageQuestionIndexes, type Stage } from './stages';

/*
 * What a student may see before answering. These views are built on the server and are the only
 * scenario data passed to client components: no scenario id, title, question or option id, answer,
 * explanation, red-flag or trust marker. Options are known by handles (quiz/handles.ts).
 */

export type ExhibitLineView = Omit<ExhibitLine, 'flags' | 'trust'>;
export type ExhibitView = Omit<Exhibit, 'header' | 'body'> & { header: Record<string, ExhibitLineView>; body: ExhibitLineView[] };
export type BlockView = { kind: 'prose'; html: string } | { kind: 'exhibit'; exhibit: ExhibitView };

export type ChoiceView = { handle: string; text: string };
export type QuestionView =
  | { type: 'single' | 'multiple'; prompt: string; options: ChoiceView[] }
  | { type: 'verdict'; prompt: string }
  | { type: 'spot'; prompt: string };

/** One stage of one scenario, as the answering screen gets it. */
export type StagePlayView = { stage: Stage; blocks: BlockView[]; questions: QuestionView[] };

function stripLine({ flags: _flags, trust: _trust, ...line }: ExhibitLine): ExhibitLineView {
  return line;
}

/** An exhibit without its markers. */
export function toExhibitView(exhibit: Exhibit): ExhibitView {
  return {
    kind: exhibit.kind,
    index: exhibit.index,
    header: Object.fromEntries(Object.entries(exhibit.header).map(([key, line]) => [key, stripLine(line)])),
    body: exhibit.body.map(stripLine),
    ...(exhibit.qrCode && { qrCode: exhibit.qrCode }),
  };
}

export function toBlockView(block: ScenarioBlock): BlockView {
  return block.kind === 'prose' ? block : { kind: 'exhibit', exhibit: toExhibitView(block.exhibit) };
}

/** A question without its id, answer key or explanations; options in the attempt's order, as handles. */
export function toQuestionView(question: ContentQuestion, questionIndex: number, order: OptionOrder): QuestionView {
  if (question.type === 'single' || question.type === 'multiple') {
    return { type: question.type, prompt: question.prompt, options: order(question.options, questionIndex).map((option, index) => ({ handle: optionHandle(index), text: option.text })) };
  }
  return { type: question.type, prompt: question.prompt };
}

/** Everything the answering screen of one stage needs, and nothing it must not reveal. */
export function toStagePlayView(scenario: LocalizedScenario, stage: Stage, order: OptionOrder): StagePlayView {
  return {
    stage,
    blocks: scenario.blocks.map(toBlockView),
    questions: stageQuestionIndexes(scenario.questions, stage).map((index) => toQuestionView(scenario.questions[index], index, order)),
  };
}
