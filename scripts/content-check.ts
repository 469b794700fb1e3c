// Validates every scenario and set; prints `path:line:column message` per problem, exits 1 on any
// error. A scenario whose reviewBy date has come is a warning (today is this machine's UTC date).
import { reviewDueIssues } from '../src/domain/content/freshness';
import { formatContentIssue, isError, sortContentIssues } from '../src/domain/content/issues';
import { CONTENT_FOLDERS, readContentFolder, readContentLibrary } from '../src/server/content/read-files';
import { checkFolderImages } from '../src/server/content/check-images';

const root = process.argv[2] ?? process.cwd();
const library = readContentLibrary(root);
// Images: files of content/media/, or uploaded ones (looked up in DATABASE_URL's database).
const images = await checkFolderImages(root);
if (images.note) console.error(`note: ${images.note}`);
const issues = sortContentIssues([...library.issues, ...reviewDueIssues(readContentFolder(root, CONTENT_FOLDERS.scenarios), new Date()), ...images.issues]);

for (const issue of issues) console.error(formatContentIssue(issue));
const errors = issues.filter(isError).length;
const warnings = issues.length - errors;
const summary = `${library.scenarios.size} scenarios and ${library.sets.size} sets are valid`;
if (errors > 0) {
  console.error(`\n${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} found; ${summary}.`);
  process.exit(1);
}
console.log(`Content OK${warnings > 0 ? ` with ${warnings} warning${warnings === 1 ? '' : 's'} (library rules, review dates)` : ''}: ${summary}.`);
