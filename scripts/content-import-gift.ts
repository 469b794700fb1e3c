// Imports a Moodle GIFT question file as draft scenarios and sets, into a folder the app does not load:
//   npm run content:import-gift -- questions.gift --locale zh-CN --out drafts
// writes drafts/content/scenarios/*.md and drafts/content/sets/*.md, checkable with
// `npm run content:check -- drafts`. Prints every problem as `file:line:column message` and exits 1
// when anything was not imported as it was (a question refused, an image or a weight lost).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeGiftBytes, summarizeGiftImport } from '../src/domain/content/gift/gift-import-run';
import { importGift } from '../src/domain/content/gift/gift-to-scenario';
import { formatContentIssue } from '../src/domain/content/issues';
import { scenarioFileName } from '../src/domain/content/parse-scenario';
import { isLocale, LOCALES } from '../src/domain/shared/locales';
import { CONTENT_FOLDERS } from '../src/server/content/read-files';

const USAGE = 'Usage: npm run content:import-gift -- <file.gift> --locale zh-CN|en --out <folder>';

function stop(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { locale: { type: 'string' }, out: { type: 'string' } } });
  } catch (error) {
    return stop((error as Error).message);
  }
})();
const [file, ...extra] = positionals;
if (!file || extra.length > 0) stop(file ? `One GIFT file at a time; also given: ${extra.join(' ')}` : 'Name the GIFT file to import.');
if (!values.locale || !isLocale(values.locale)) stop(`--locale must be the language the file is written in: ${LOCALES.join(' or ')}.`);
if (!values.out) stop('--out must name a folder for the drafts, outside the content the app serves.');
const locale = values.locale;

const contentRoot = resolve(process.env.CONTENT_ROOT ?? process.cwd());
const out = resolve(values.out);
if (out === contentRoot) stop(`--out ${values.out} is the library the app serves: choose another folder, review the drafts there, then copy them into content/.`);

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  stop(`Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}.`);
}
const decoded = decodeGiftBytes(bytes);
if (!decoded.ok) stop(`${file} is not UTF-8: save it as UTF-8 (Moodle requires it too) and import it again.`);
const text = decoded.text;

const idsIn = (folder: string, idOf: (name: string) => string | undefined) => {
  try {
    return readdirSync(join(contentRoot, folder)).flatMap((name) => idOf(name) ?? []);
  } catch {
    return [];
  }
};
const result = importGift(text, {
  sourceName: basename(file),
  locale,
  takenScenarioIds: idsIn(CONTENT_FOLDERS.scenarios, (name) => scenarioFileName(name)?.id),
  takenSetIds: idsIn(CONTENT_FOLDERS.sets, (name) => (name.endsWith('.md') ? name.slice(0, -3) : undefined)),
});

const clashes = result.files.map((draft) => join(out, draft.path)).filter((path) => existsSync(path));
if (clashes.length > 0) stop(`These files already exist and are left alone: ${clashes.map((path) => relative(process.cwd(), path)).join(', ')}. Choose an empty --out folder.`);
for (const draft of result.files) {
  const path = join(out, draft.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, draft.text);
}

for (const problem of result.problems) {
  console.error(formatContentIssue({ path: file, line: problem.line, column: problem.column, message: problem.message, severity: problem.severity }));
}
const outLabel = relative(process.cwd(), out) || '.';
for (const issue of result.draftIssues) console.error(formatContentIssue({ ...issue, path: join(outLabel, issue.path) }));

const summary = summarizeGiftImport(result);
console.log(
  [
    `${summary.imported} of ${summary.questions} questions imported as draft scenarios in ${join(outLabel, 'content')} (${summary.sets} draft set${summary.sets === 1 ? '' : 's'}).`,
    summary.refused > 0 ? `${summary.refused} not imported, listed above with the reason.` : '',
    summary.changed > 0 ? `${summary.changed} warning${summary.changed === 1 ? '' : 's'}: something was lost or changed on the way, listed above.` : '',
    summary.draftProblems > 0 ? `${summary.draftProblems} draft problem${summary.draftProblems === 1 ? '' : 's'} the content checker refuses, listed above.` : '',
    summary.imported > 0 ? `Each draft says at its top what to review; check them with: npm run content:check -- ${outLabel}` : '',
  ]
    .filter(Boolean)
    .join('\n'),
);
process.exit(summary.refused + summary.changed + summary.draftProblems > 0 ? 1 : 0);
