// Validates every scenario and set; prints `path:line:column message` per problem, exits 1 on any.
import { formatContentIssue } from '../src/domain/content/issues';
import { readContentLibrary } from '../src/server/content/read-files';

const root = process.argv[2] ?? process.cwd();
const library = readContentLibrary(root);

for (const issue of library.issues) console.error(formatContentIssue(issue));
const summary = `${library.scenarios.size} scenarios and ${library.sets.size} sets are valid`;
if (library.issues.length > 0) {
  console.error(`\n${library.issues.length} problem${library.issues.length === 1 ? '' : 's'} found; ${summary}.`);
  process.exit(1);
}
console.log(`Content OK: ${summary}.`);
