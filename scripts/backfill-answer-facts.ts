// Run by `npm start` after the database is migrated: records the analysis facts of answers stored
// before the app recorded them with each answer (the results pages count those facts). Prints
// nothing when there is nothing to do, which is every start after the first.
import { fileURLToPath } from 'node:url';
import { servePublishedLibrary } from '../src/server/content/library';
import { backfillAnswerFacts } from '../src/server/db/answer-facts-backfill';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    // The published revisions, as the server serves them.
    const library = await servePublishedLibrary();
    const report = await backfillAnswerFacts((id) => library.scenarios.get(id));
    if (report.answers > 0) {
      console.log(`Recorded the analysis facts of ${report.answers} earlier answer(s).`);
      if (report.withoutChoices > 0) console.log(`${report.withoutChoices} of them answer scenarios changed since: their choices are not counted in item analysis.`);
      if (report.withoutOutcome > 0) console.log(`${report.withoutOutcome} decision(s) to changed scenarios could not be classed as fell-for-it or false alarm: results leave them out.`);
    }
    process.exit(0);
  } catch (error) {
    console.error(`Could not record the analysis facts of earlier answers: ${(error as Error).message}\nThe app starts anyway; results leave those answers out until the next start succeeds.`);
    process.exit(1);
  }
}
