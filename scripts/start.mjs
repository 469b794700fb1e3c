// `npm start`: migrate the database, build once if there is no up-to-date build, then serve.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = resolve(root, 'node_modules/next/dist/bin/next');

function newestSourceChange() {
  let newest = 0;
  const walk = (path) => {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) if (name !== 'generated') walk(join(path, name));
  };
  for (const path of ['src', 'next.config.ts', 'package-lock.json']) if (existsSync(resolve(root, path))) walk(resolve(root, path));
  return newest;
}

const buildId = resolve(root, '.next/BUILD_ID');
// Content is read at run time, so only code changes need a new build.
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceChange()) {
  console.log('Building ScamSense (first start or code changed; takes a minute or two)…');
  execFileSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
}
execFileSync(process.execPath, [resolve(root, 'scripts/prepare-db.mjs')], { cwd: root, env, stdio: 'inherit' });

const port = process.env.PORT || '3000';
const server = spawn(process.execPath, [nextBin, 'start', '--port', port], { cwd: root, env, stdio: 'inherit' });
console.log(`ScamSense is starting on http://localhost:${port}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
