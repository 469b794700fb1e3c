// Creates an admin, or promotes an existing account: npm run admin:create -- --email a@b.c --password ... --name ...
import { parseArgs } from 'node:util';
import en from '../src/i18n/messages/en.json';
import { createTranslator } from '../src/i18n/translate';
import { createOrPromoteAdmin } from '../src/server/auth/create-admin';

const t = createTranslator(en);
const USAGE = 'Usage: npm run admin:create -- --email admin@example.com --password "at least 10 characters" --name "Your Name"';

let values: { email?: string; password?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}

const result = await createOrPromoteAdmin({ email: values.email, password: values.password, name: values.name ?? values.email?.split('@')[0] });
if (!result.ok) {
  for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) for (const key of keys ?? []) console.error(`--${field}: ${t(key)}`);
  console.error(USAGE);
  process.exit(1);
}
const { user, wasCreated } = result.value;
console.log(wasCreated ? `Admin ${user.email} created. Sign in at /sign-in.` : `${user.email} already had an account; it is now an admin (password unchanged).`);
process.exit(0);
