// Creates an admin, or promotes an existing account. The password never goes on the command line,
// where the process list and the shell history would keep it: it is typed at a hidden prompt, or
// piped on standard input.
//   npm run admin:create -- --email admin@example.com --name "Ada Admin"
//   printf '%s\n' "$PASSWORD" | npm run admin:create -- --email admin@example.com --name "Ada Admin"
import { parseArgs } from 'node:util';
import en from '../src/i18n/messages/en.json';
import { createTranslator } from '../src/i18n/translate';

const t = createTranslator(en);
const USAGE = [
  'Usage: npm run admin:create -- --email admin@example.com --name "Your Name"',
  'It asks for the password (at least 10 characters, not shown as you type), or reads it from standard input:',
  `  printf '%s\\n' "$PASSWORD" | npm run admin:create -- --email admin@example.com --name "Your Name"`,
].join('\n');

function stop(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

/** Reads one line from the terminal without echoing it; Ctrl-C or Ctrl-D cancels. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    let typed = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return void (finish(), resolve(typed));
        if (char === '\u0003' || char === '\u0004') return void (finish(), reject(new Error('Cancelled: no admin was created.')));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    process.stderr.write(question);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/** The first line piped on standard input, without its line end. */
async function readPipedLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function readPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) return readPipedLine();
  const password = await promptHidden(`Password for ${email} (at least 10 characters, not shown): `);
  const again = await promptHidden('The same password again: ');
  if (password !== again) stop('The two passwords differ; nothing was changed. Run the command again.');
  return password;
}

if (process.argv.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
  stop('--password is not accepted: a password on the command line shows in the process list and the shell history. Leave it out and type it when asked, or pipe it on standard input.');
}
let values: { email?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } }));
} catch (error) {
  stop((error as Error).message);
}
if (!values.email) stop(`--email: ${t('errors.account.email')}`);

let password: string;
try {
  password = await readPassword(values.email);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (!password) stop('No password was given: type it when asked, or pipe it on standard input.');

// Loaded only now, so nothing the database and auth modules print lands in the middle of the prompt.
const { createOrPromoteAdmin } = await import('../src/server/auth/create-admin');
const result = await createOrPromoteAdmin({ email: values.email, password, name: values.name ?? values.email.split('@')[0] });
if (!result.ok) {
  for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) for (const key of keys ?? []) console.error(`${field === 'password' ? 'password' : `--${field}`}: ${t(key)}`);
  console.error(USAGE);
  process.exit(1);
}
const { user, wasCreated } = result.value;
console.log(wasCreated ? `Admin ${user.email} created. Sign in at /sign-in.` : `${user.email} already had an account; it is now an admin (password unchanged).`);
process.exit(0);
