// What a phone's browser sees of a page, measured by Lighthouse with its mobile profile (a
// mid-range phone on a slow 4G network, simulated): largest contentful paint, total blocking time,
// layout shift, and the JavaScript the page loads before it is usable.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../scripts/chromium.mjs';
import { ms } from './report';

export type BrowserPage = { name: string; url: string; cookie?: string };

export type BrowserMeasure = {
  name: string;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The scripts the page loaded, as sent over the network (compressed) and as parsed. */
  scriptBytes: number;
  scriptResourceBytes: number;
  warnings: string[];
};

type NetworkRequest = { resourceType?: string; transferSize?: number; resourceSize?: number };

/** Runs Lighthouse's mobile performance audit on each page, one after the other, in one headless Chromium. */
export async function measureInBrowser(pages: BrowserPage[]): Promise<BrowserMeasure[]> {
  const { executablePath, args } = await findChromium();
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...args] });
  try {
    const measures: BrowserMeasure[] = [];
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        ...(page.cookie && { extraHeaders: { cookie: page.cookie } }),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { audits, runWarnings, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not measure ${page.url}: ${runtimeError.message}`);
      const requests = ((audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []).filter((request) => request.resourceType === 'Script');
      measures.push({
        name: page.name,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        scriptBytes: requests.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
        scriptResourceBytes: requests.reduce((sum, request) => sum + (request.resourceSize ?? 0), 0),
        warnings: runWarnings,
      });
    }
    return measures;
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
    ...measures.flatMap((page) => page.warnings.map((warning) => `- ${page.name}: ${warning}`)),
  ].join('\n');
}
