// `npm start`: build once if needed, create or migrate the database, import the content files,
// then serve on PORT (3000).
import { execFileSync, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';
import { serverNodeFlags } from './server-node-flags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

buildIfNeeded();
try {
  execFileSync(process.execPath, [resolve(root, 'scripts/prepare-db.mjs')], { cwd: root, env, stdio: 'inherit' });
} catch {
  process.exit(1); // prepare-db.mjs has said what is wrong and what to do
}

const tsx = (script, extraEnv = {}) =>
  execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve(root, script)], { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
// The app serves the published revisions: import the content files that changed since the last start.
try {
  tsx('scripts/import-content-files.ts');
} catch {
  process.exit(1); // import-content-files.ts has said what is wrong
}
try {
  tsx('scripts/backfill-answer-facts.ts');
} catch {
  // The results pages leave out the answers not yet counted; the script has said why.
}

const port = process.env.PORT || '3000';
// While no admin exists, print the one-time link that creates the first one (nothing afterwards).
try {
  tsx('scripts/setup-link.ts', { PORT: port });
} catch {
  // The app still works without it; the script has said why, and admin:create remains.
}
const server = spawn(process.execPath, [...serverNodeFlags(process.env), resolve(root, 'scripts/serve.mjs')], { cwd: root, env: { ...env, PORT: port, NODE_ENV: 'production' }, stdio: 'inherit' });
console.log(`ScamSense is starting on http://localhost:${port}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
