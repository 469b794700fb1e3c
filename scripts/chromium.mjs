// Finds a Chromium for the browser tests and the screenshot script: the one named by
// CHROMIUM_PATH, a system Chromium or Chrome, or else the one that `npm install` brought
// (@sparticuz/chromium ships the browser inside its npm package), so nothing outside npm is needed.
// CHROMIUM_PATH=bundled skips the system browsers.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Several contexts in one browser must not share cookies: the bundled defaults run one process.
const UNWANTED_BUNDLED_FLAGS = new Set(['--single-process', '--no-zygote']);

/** Chinese text in screenshots: the bundled browser brings no CJK font, so one from npm is added. */
function installCjkFont() {
  const require = createRequire(import.meta.url);
  const fonts = process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const weight of ['400Regular', '700Bold']) {
    const file = require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);
    const target = join(fonts, `NotoSansSC_${weight}.ttf`);
    if (!existsSync(target)) copyFileSync(file, target);
  }
}

/** Where the browser is and how to start it. */
export async function findChromium() {
  const requested = process.env.CHROMIUM_PATH;
  if (requested && requested !== 'bundled') {
    if (!existsSync(requested)) throw new Error(`CHROMIUM_PATH is ${requested}, but no file is there; unset it to use the bundled Chromium.`);
    return { executablePath: requested, args: FLAGS, source: 'CHROMIUM_PATH' };
  }
  const system = requested === 'bundled' ? undefined : SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: FLAGS, source: 'system' };
  const { default: bundled } = await import('@sparticuz/chromium');
  const executablePath = await bundled.executablePath();
  installCjkFont();
  const args = [...new Set([...bundled.args.filter((arg) => !UNWANTED_BUNDLED_FLAGS.has(arg) && !arg.startsWith('--headless')), ...FLAGS])];
  return { executablePath, args, source: 'bundled' };
}

/** A headless Chromium, launched with playwright-core. */
export async function launchChromium() {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args, headless: true });
}
