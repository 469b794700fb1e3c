// Run by `npm start` (and the test setups) after the database is migrated, before serving: imports
// the scenario and set files of CONTENT_ROOT's content/ as revisions. A file whose text differs from
// the one last imported becomes a new published revision (a newer file wins over studio edits);
// content whose files are gone is withdrawn while its live revision came from files. Prints
// nothing when nothing changed.
import { fileURLToPath } from 'node:url';
import { formatContentIssue } from '../src/domain/content/issues';
import { importContentFiles } from '../src/server/content/import-files';
import { db } from '../src/server/db/client';
import { env } from '../src/server/env';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const report = await importContentFiles(env.CONTENT_ROOT);
    for (const path of report.unrecognised) console.warn(`[content] ${path}: not a scenario (content/scenarios/<id>.<zh-CN|en>.md) or set (content/sets/<id>.md) file name; left out`);
    for (const issue of report.missingImages) console.warn(`[content] ${formatContentIssue(issue)} (the scenario is shown without this picture until it is fixed)`);
    const name = (entry: { kind: string; id: string }) => `${entry.kind} ${entry.id}`;
    if (report.imported.length > 0) console.log(`Published ${report.imported.length} changed content file revision(s): ${report.imported.map((entry) => `${name(entry)} (#${entry.number})`).join(', ')}.`);
    if (report.withdrawn.length > 0) console.log(`Withdrew ${report.withdrawn.length} scenario(s) or set(s) whose files are gone: ${report.withdrawn.map(name).join(', ')}.`);
    await db.$disconnect();
    process.exit(0);
  } catch (error) {
    console.error(`Could not import the content files into the database: ${(error as Error).message}\nThe app serves the revisions it published before; fix the problem and start again.`);
    process.exit(1);
  }
}
