import { exhibitLines } from './exhibits';
import type { ContentIssue } from './issues';
import type { YamlSource } from './front-matter';
import type { LocalizedScenario } from './scenario';

/** Compares a translation with the default-language file: everything but the words must match. */
export function checkTranslationAgreement(reference: LocalizedScenario, translation: LocalizedScenario, locate: YamlSource['locate']): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (what: string, expected: unknown, actual: unknown, at: readonly PropertyKey[] = []) =>
    issues.push({
      path: translation.path,
      ...locate(at),
      message: `${what} is ${JSON.stringify(actual)} here but ${JSON.stringify(expected)} in ${reference.path}; translations must agree on everything but the words`,
    });
  const same = (what: string, expected: unknown, actual: unknown, at?: readonly PropertyKey[]) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) report(what, expected, actual, at);
  };

  for (const field of ['audience', 'channel', 'verdict', 'difficulty', 'moneyAtRisk', 'reviewBy'] as const) same(field, reference[field], translation[field], [field]);
  if ((reference.source === undefined) !== (translation.source === undefined)) {
    issues.push({
      path: translation.path,
      ...locate(translation.source === undefined ? [] : ['source']),
      message: `source is given in ${translation.source === undefined ? reference.path : 'this file'} only; give it in both languages (the same address, or the document's name in each language) or in neither`,
    });
  }
  same('redFlags', [...reference.redFlags].sort(), [...translation.redFlags].sort(), ['redFlags']);
  same('trustSignals', [...reference.trustSignals].sort(), [...translation.trustSignals].sort(), ['trustSignals']);
  same('scripts', [...reference.scripts].sort(), [...translation.scripts].sort(), ['scripts']);
  const expectedQuestions = questionShapes(reference);
  const actualQuestions = questionShapes(translation);
  same('the list of question ids', expectedQuestions.map((q) => q.id), actualQuestions.map((q) => q.id), ['questions']);
  expectedQuestions.forEach((expected, index) => {
    const actual = actualQuestions[index];
    if (!actual || actual.id !== expected.id) return;
    for (const key of ['type', 'options', 'answer'] as const) {
      same(`question "${expected.id}" ${key}`, expected[key as keyof typeof expected], actual[key as keyof typeof actual], ['questions', index, key]);
    }
  });
  same('exhibit kinds', reference.exhibits.map((e) => e.kind), translation.exhibits.map((e) => e.kind));
  same('red-flag lines ({!tag} markers)', markedLines(reference, 'flags'), markedLines(translation, 'flags'));
  same('trust-signal lines ({+tag} markers)', markedLines(reference, 'trust'), markedLines(translation, 'trust'));
  same('number of exhibit lines', lineCounts(reference), lineCounts(translation));
  return issues;
}

function questionShapes(scenario: LocalizedScenario) {
  return scenario.questions.map((question) => {
    if (question.type === 'single' || question.type === 'multiple') {
      return { id: question.id, type: question.type, options: question.options.map((option) => option.id), answer: question.answer };
    }
    if (question.type === 'verdict') return { id: question.id, type: question.type, answer: question.answer };
    return { id: question.id, type: question.type };
  });
}

function markedLines(scenario: LocalizedScenario, marker: 'flags' | 'trust'): Record<string, string[]> {
  const entries = scenario.exhibits.flatMap((exhibit) =>
    exhibitLines(exhibit)
      .filter((line) => line[marker].length > 0)
      .map((line) => [`line ${line.id}`, [...line[marker]].sort()] as const),
  );
  return Object.fromEntries(entries);
}

function lineCounts(scenario: LocalizedScenario): number[] {
  return scenario.exhibits.map((exhibit) => exhibitLines(exhibit).length);
}
