// What a phone's browser sees of a page, measured by Lighthouse with its mobile profile (a
// mid-range phone on a slow 4G network, simulated): largest contentful paint, total blocking time,
// layout shift, and the JavaScript the page loads before it is usable.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/chromium.mjs';
import { ms } from './report';

export type BrowserPage = { name: string; url: string; cookie?: { name: string; value: string } };

export type BrowserMeasure = {
  name: string;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The scripts the page loaded, as sent over the network (compressed) and as parsed. */
  scriptBytes: number;
  scriptResourceBytes: number;
  /** The element Lighthouse found the largest contentful paint on, as a short HTML snippet. */
  lcpElement?: string;
  warnings: string[];
};

type NetworkRequest = { resourceType?: string; transferSize?: number; resourceSize?: number };

async function setCookie(port: number, url: string, cookie: { name: string; value: string }): Promise<void> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    await browser.setCookie({ ...cookie, domain: new URL(url).hostname, path: '/', httpOnly: true });
  } finally {
    await browser.disconnect();
  }
}

/** Lighthouse's own failures to record a page (its message says to run it again), not the page's. */
class LighthouseRuntimeError extends Error {}

/** Runs Lighthouse's mobile performance audit on each page, one after the other, each in a new headless Chromium. */
export async function measureInBrowser(pages: BrowserPage[]): Promise<BrowserMeasure[]> {
  const { executablePath, args } = await findChromium();
  const measures: BrowserMeasure[] = [];
  for (const page of pages) {
    // Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: one more try.
    try {
      measures.push(await measurePage(page, executablePath, args));
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError)) throw error;
      console.warn(`${error.message}; measuring it once more.`);
      measures.push(await measurePage(page, executablePath, args));
    }
  }
  return measures;
}

async function measurePage(page: BrowserPage, executablePath: string, args: string[]): Promise<BrowserMeasure> {
  // A fresh browser for each page: nothing cached from the one before, as on a first visit.
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...args] });
  try {
    // Chrome drops a Cookie header given as an extra header: the device cookie goes into the
    // browser's cookie jar instead, which Lighthouse then must not clear.
    if (page.cookie) await setCookie(chrome.port, page.url, page.cookie);
    const result = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: page.cookie !== undefined,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    const { audits, runWarnings, runtimeError } = result.lhr;
    if (runtimeError) throw new LighthouseRuntimeError(`Lighthouse could not measure ${page.url}: ${runtimeError.message}`);
    const requests = ((audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []).filter((request) => request.resourceType === 'Script');
    return {
      name: page.name,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      scriptBytes: requests.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
      scriptResourceBytes: requests.reduce((sum, request) => sum + (request.resourceSize ?? 0), 0),
      lcpElement: JSON.stringify(audits['lcp-breakdown-insight']?.details ?? {}).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1],
      warnings: runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The browser table, each page's scripts also as a ratio to the reference page's. */
export function browserTable(measures: BrowserMeasure[]): string {
  const reference = measures[0];
  return [
    '| page (Lighthouse, mobile) | LCP | total blocking time | layout shift | JavaScript sent (parsed) | ratio to the reference |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...measures.map(
      (page) =>
        `| ${page.name} | ${ms(page.lcpMs)} | ${ms(page.tbtMs)} | ${page.cls.toFixed(3)} | ${kilobytes(page.scriptBytes)} (${kilobytes(page.scriptResourceBytes)}) | ${reference && reference.scriptBytes > 0 ? (page.scriptBytes / reference.scriptBytes).toFixed(2) : 'n/a'} |`,
    ),
    '',
    ...measures.map((page) => `- ${page.name}: largest paint on ${page.lcpElement ?? 'an element Lighthouse did not name'}`),
    ...measures.flatMap((page) => page.warnings.map((warning) => `- ${page.name}: ${warning}`)),
  ].join('\n');
}
