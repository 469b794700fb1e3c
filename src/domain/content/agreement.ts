import { exhibitLines } from './exhibits';
import type { ContentIssue } from './issues';
import type { LocalizedScenario } from './scenario';

/** Compares a translation with the default-language file: everything but the words must match. */
export function checkTranslationAgreement(reference: LocalizedScenario, translation: LocalizedScenario): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (what: string, expected: unknown, actual: unknown) =>
    issues.push({
      path: translation.path,
      line: 1,
      column: 1,
      message: `${what} is ${JSON.stringify(actual)} here but ${JSON.stringify(expected)} in ${reference.path}; translations must agree on everything but the words`,
    });
  const same = (what: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) report(what, expected, actual);
  };

  for (const field of ['audience', 'channel', 'verdict', 'difficulty'] as const) same(field, reference[field], translation[field]);
  same('redFlags', [...reference.redFlags].sort(), [...translation.redFlags].sort());
  same('scripts', [...reference.scripts].sort(), [...translation.scripts].sort());
  same('question ids and types', questionShapes(reference), questionShapes(translation));
  same('exhibit kinds', reference.exhibits.map((e) => e.kind), translation.exhibits.map((e) => e.kind));
  same('red-flag lines ({!tag} markers)', markedLines(reference), markedLines(translation));
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

function markedLines(scenario: LocalizedScenario): Record<string, string[]> {
  const entries = scenario.exhibits.flatMap((exhibit) =>
    exhibitLines(exhibit)
      .filter((line) => line.flags.length > 0)
      .map((line) => [`line ${line.id}`, [...line.flags].sort()] as const),
  );
  return Object.fromEntries(entries);
}

function lineCounts(scenario: LocalizedScenario): number[] {
  return scenario.exhibits.map((exhibit) => exhibitLines(exhibit).length);
}
