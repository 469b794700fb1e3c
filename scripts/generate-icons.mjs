// Draws the app's icons from one shape, the header's shield with its check mark, and writes them
// where Next.js and the web app manifest (src/app/manifest.ts) find them:
//   src/app/icon.svg           favicon for browsers that take SVG
//   src/app/favicon.ico        16, 32 and 48 px for the others
//   src/app/apple-icon.png     180 px home-screen icon for iOS (full square: iOS rounds it)
//   public/icons/icon-192.png, icon-512.png    manifest icons, rounded square on transparent
//   public/icons/icon-maskable-512.png         manifest icon that Android may crop to any shape
// The files are committed; run `node scripts/generate-icons.mjs` after changing the shape or colours.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BRAND = '#0f766e';
const SHIELD = 'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z';
const CHECK = 'm8.5 12 2.5 2.5 4.5-5';

/**
 * The icon on a `box`-unit canvas: a brand-coloured square (corner radius `radius`, 0 for a full
 * square) with the white shield, `shield` units tall, in its centre. The shield's path is drawn on
 * 24 units with its centre at (12, 12).
 */
function iconSvg({ box, radius, shield }) {
  const scale = shield / 20;
  const offset = box / 2 - 12 * scale;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" width="${box}" height="${box}">`,
    `<rect width="${box}" height="${box}" rx="${radius}" fill="${BRAND}"/>`,
    `<g transform="translate(${offset} ${offset}) scale(${scale})">`,
    `<path d="${SHIELD}" fill="#fff"/>`,
    `<path d="${CHECK}" stroke="${BRAND}" stroke-width="2.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</g></svg>',
  ].join('');
}

// A rounded square as browsers show favicons. The full square (iOS and Android round or crop it)
// keeps the shield inside the central circle, 40% of the width as radius, that every mask leaves.
const ROUNDED = { box: 64, radius: 14, shield: 44 };
const FULL = { box: 64, radius: 0, shield: 36 };

async function renderPng(browser, shape, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(shape).replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`)}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  await page.close();
  return png;
}

/** An .ico file holding PNG images, which every browser since IE 9 reads. */
function icoFromPngs(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

const browser = await launchChromium();
try {
  writeFileSync(resolve(root, 'src/app/icon.svg'), `${iconSvg(ROUNDED).replace(/ width="\d+" height="\d+"/, '')}\n`);
  const favicons = [];
  for (const size of [16, 32, 48]) favicons.push({ size, png: await renderPng(browser, ROUNDED, size) });
  writeFileSync(resolve(root, 'src/app/favicon.ico'), icoFromPngs(favicons));
  writeFileSync(resolve(root, 'src/app/apple-icon.png'), await renderPng(browser, FULL, 180));
  writeFileSync(resolve(root, 'public/icons/icon-192.png'), await renderPng(browser, ROUNDED, 192));
  writeFileSync(resolve(root, 'public/icons/icon-512.png'), await renderPng(browser, ROUNDED, 512));
  writeFileSync(resolve(root, 'public/icons/icon-maskable-512.png'), await renderPng(browser, FULL, 512));
} finally {
  await browser.close();
}
console.log('Icons written to src/app and public/icons.');
