// Writes content/CATALOGUE.md from the scenario and set files; refuses while content has errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalogue } from '../src/domain/content/catalogue';
import { formatContentIssue } from '../src/domain/content/issues';
import { readContentLibrary } from '../src/server/content/read-files';

const root = process.argv[2] ?? process.cwd();
const library = readContentLibrary(root);
if (library.issues.length > 0) {
  for (const issue of library.issues) console.error(formatContentIssue(issue));
  console.error('\nFix the problems above (npm run content:check), then generate the catalogue again.');
  process.exit(1);
}
writeFileSync(join(root, 'content/CATALOGUE.md'), renderCatalogue(library));
console.log(`content/CATALOGUE.md written: ${library.scenarios.size} scenarios, ${library.sets.size} sets.`);
