// `npm run content:export -- [--out folder] [--prune]`: writes the live library (the published
// revisions in DATABASE_URL's database) as content files below the folder (CONTENT_ROOT, else the
// working directory), so `npm run content:check` reads what the app serves and git can keep it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportPublishedLibrary } from '../src/server/content/export-files';
import { db } from '../src/server/db/client';
import { env } from '../src/server/env';

let options: { out?: string; prune?: boolean };
try {
  options = parseArgs({ options: { out: { type: 'string' }, prune: { type: 'boolean' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run content:export -- [--out folder] [--prune]`);
  process.exit(1);
}

const root = resolve(options.out ?? env.CONTENT_ROOT);
try {
  const report = await exportPublishedLibrary(root, { prune: options.prune });
  console.log(`Wrote ${report.written.length} file(s) of the live library to ${resolve(root, 'content')} (${report.unchanged.length} already up to date).`);
  for (const path of report.removed) console.log(`Removed ${path}: the live library does not hold it.`);
  if (report.others.length > 0) {
    console.log(`${report.others.length} file(s) there are not in the live library (drafts, withdrawn content or new files); --prune deletes them:`);
    for (const path of report.others) console.log(`  ${path}`);
  }
  await db.$disconnect();
} catch (error) {
  console.error(`Could not export the live library: ${(error as Error).message}\nCheck DATABASE_URL and that the database was migrated (npm run db:migrate).`);
  process.exit(1);
}
