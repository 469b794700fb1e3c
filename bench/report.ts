// The benchmark's printed results: Markdown tables, so a run can be pasted into docs/benchmarks.md.
import type { LoadResult } from './load';
import type { StudentMeasures } from './suite';
import type { StoredOnceCheck } from './verify';

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** Milliseconds as people read them: "12 ms", "1,877 ms", "0.8 ms". */
export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : whole.format(value)} ms`;
}

export function megabytes(bytes: number): string {
  return `${whole.format(bytes / 1024 / 1024)} MB`;
}

function errorCell(line: LoadResult): string {
  if (line.errors === 0) return '0';
  const parts = [line.httpErrors && `${line.httpErrors} HTTP 4xx/5xx`, line.socketErrors - line.timeouts && `${line.socketErrors - line.timeouts} connection errors`, line.timeouts && `${line.timeouts} timeouts (no answer in 10 s)`, line.wrongAnswers && `${line.wrongAnswers} wrong answers`].filter(Boolean);
  return `${line.errors} (${parts.join(', ')})`;
}

/** The load table: one line per run, each with its ratio to the reference's requests per second. */
export function loadTable(reference: LoadResult | undefined, lines: LoadResult[]): string {
  const rows = [
    '| request | req/s | ratio to the reference | p50 | p99 | requests | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...lines.map((line) => {
      const ratio = reference && reference.requestsPerSecond > 0 ? (line.requestsPerSecond / reference.requestsPerSecond).toFixed(2) : 'n/a';
      return `| ${line.name} | ${whole.format(line.requestsPerSecond)} | ${ratio} | ${ms(line.p50)} | ${ms(line.p99)} | ${whole.format(line.requests)} | ${errorCell(line)} |`;
    }),
  ];
  return rows.join('\n');
}

/** What went wrong in the load runs, for the lines that had errors or stopped early. */
export function loadNotes(lines: LoadResult[]): string[] {
  return lines.flatMap((line) => [
    ...(line.note ? [`${line.name}: ${line.note}`] : []),
    ...line.samples.map((sample) => `${line.name}, e.g.: ${sample.replace(/\s+/g, ' ')}`),
  ]);
}

export function storedOnceLine(what: string, check: StoredOnceCheck): string {
  const verdict = check.ok ? 'OK' : 'FAILED';
  return `${what}: ${verdict}: ${whole.format(check.acknowledged)} acknowledged, ${whole.format(check.storedOnce)} stored exactly once, ${check.missing} missing, ${check.duplicated} duplicated (${check.storedNotAcknowledged} stored without an acknowledgement: cut off when the run stopped)`;
}

/** The school start: totals, then one line per step. */
export function studentsTable({ result, check, classes, classSize, setId }: StudentMeasures): string {
  const lines = [
    `${whole.format(result.students)} students, ${result.concurrency} at a time, in ${classes} class(es) of at most ${classSize}, one assignment of "${setId}" each:`,
    `wall time ${result.wallSeconds.toFixed(1)} s; per student (join link to first question) p50 ${ms(result.perStudent.p50)}, p99 ${ms(result.perStudent.p99)}; errors ${result.errors}`,
    '',
    '| step | requests | p50 | p99 | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...result.steps.map((step) => `| ${step.step} | ${whole.format(step.count)} | ${ms(step.p50)} | ${ms(step.p99)} | ${result.errorsByStep[step.step] ?? 0} |`),
    '',
    `one attempt per student: ${check.ok ? 'OK' : 'FAILED'}: ${whole.format(check.students)} students in the classes, ${whole.format(check.withOneAttempt)} with exactly one attempt, ${check.withoutAttempt} without, ${check.withMoreAttempts} with more`,
    ...result.failures.slice(0, 5).map((failure) => `  ${failure.count} × ${failure.step}: ${failure.message.replace(/\s+/g, ' ')}`),
  ];
  return lines.join('\n');
}
