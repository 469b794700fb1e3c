// Run by `npm start` before the server starts: while no admin exists, prints a one-time link that
// creates the first admin (earlier unused links stop working). Prints nothing once an admin exists.
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE } from '../src/domain/shared/locales';
import { createSetupLink } from '../src/server/db/invitations';

/** The lines to print for a server on `port`: empty once an admin exists. */
export async function setupLinkLines(port: string, now: Date = new Date()): Promise<string[]> {
  const link = await createSetupLink(now);
  if (!link) return [];
  return [
    '',
    'No admin account exists yet. Open this one-time link within 24 hours to create the first admin:',
    `  http://localhost:${port}/${DEFAULT_LOCALE}/setup/${link.token}`,
    '(From another computer, replace localhost with this machine\'s address. A new link is printed at each start until an admin exists.)',
    'Or create the admin from the command line (it asks for the password): npm run admin:create -- --email you@example.com --name "Your Name"',
    '',
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    for (const line of await setupLinkLines(process.env.PORT || '3000')) console.log(line);
    process.exit(0);
  } catch (error) {
    console.error(`Could not check whether an admin exists: ${(error as Error).message}\nCreate one with npm run admin:create -- --email ... once the server runs.`);
    process.exit(1);
  }
}
