// Writes a quiz set as a Moodle GIFT file, in one language:
//   npm run content:export-gift -- buyer-basics --locale en [--out buyer-basics.en.gift]
// Without --out the GIFT text goes to standard output. In Moodle: Question bank > Import > GIFT.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isError } from '../src/domain/content/issues';
import { isLocale, LOCALES, type Locale } from '../src/domain/shared/locales';
import { readContentLibrary } from '../src/server/content/read-files';
import { giftOfSet } from '../src/server/content/set-gift';

const USAGE = 'Usage: npm run content:export-gift -- <setId> --locale zh-CN|en [--out <file.gift>]';

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
const [setId, ...extra] = positionals;
if (!values.locale || !isLocale(values.locale)) stop(`--locale must be ${LOCALES.join(' or ')}: a GIFT file holds one language.`);
const locale: Locale = values.locale;

const library = readContentLibrary(process.env.CONTENT_ROOT ?? process.cwd());
const setIds = [...library.sets.keys()].sort();
if (!setId || extra.length > 0) stop(`Name one quiz set: ${setIds.join(', ')}.`);
const set = library.sets.get(setId);
if (!set) stop(`There is no playable set "${setId}". Sets: ${setIds.join(', ')}.`);

const errors = library.issues.filter(isError).length;
if (errors > 0) console.error(`The content has ${errors} error${errors === 1 ? '' : 's'}; broken scenarios are left out of the export (see npm run content:check).`);

const gift = giftOfSet(library, setId, locale)!;
if (values.out) {
  writeFileSync(values.out, gift);
  console.error(`${values.out}: ${set.scenarioIds.length} scenarios of "${setId}" (${locale}) as GIFT. In Moodle: Question bank > Import > GIFT format.`);
} else {
  process.stdout.write(gift);
}
