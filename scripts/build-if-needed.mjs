// Runs `next build` when there is no build or the code changed since the last one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function newestSourceChange() {
  let newest = 0;
  const walk = (path) => {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) if (name !== 'generated') walk(join(path, name));
  };
  // Content is read at run time, so only code changes need a new build.
  for (const path of ['src', 'next.config.ts', 'package-lock.json']) if (existsSync(resolve(root, path))) walk(resolve(root, path));
  return newest;
}

export function buildIfNeeded() {
  const buildId = resolve(root, '.next/BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceChange()) return false;
  console.log('Building ScamSense (first start or code changed; this takes a minute or two)…');
  execFileSync(process.execPath, [resolve(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfNeeded();
