// Validates every scenario and set; prints `path:line:column message` per problem, exits 1 on any.
import { formatContentIssue, isError } from '../src/domain/content/issues';
import { readContentLibrary } from '../src/server/content/read-files';

const root = process.argv[2] ?? process.cwd();
const library = readContentLibrary(root);

for (const issue of library.issues) console.error(formatContentIssue(issue));
const errors = library.issues.filter(isError).length;
const warnings = library.issues.length - errors;
const summary = `${library.scenarios.size} scenarios and ${library.sets.size} sets are valid`;
if (errors > 0) {
  console.error(`\n${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} found; ${summary}.`);
  process.exit(1);
}
console.log(`Content OK${warnings > 0 ? ` with ${warnings} warning${warnings === 1 ? '' : 's'} (library rules)` : ''}: ${summary}.`);
