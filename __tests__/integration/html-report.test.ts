// report.html as a person sees it: written by a real run on the example app, opened in the real Chromium, its DOM
// read and a screenshot taken and checked for content.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, launchChrome, type Chrome } from '../../src/adapters/pages/chrome.js';
import { runCli } from '../../src/cli.js';
import { renderHtml } from '../../src/core/render/render-html.js';
import { sampleReport } from '../../__fixtures__/report.js';
import { writeExampleBudget } from '../helpers/budgets.js';
import { processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';

type Browser = Awaited<ReturnType<typeof puppeteer.connect>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

let chrome: Chrome;
let browser: Browser;

beforeAll(async () => {
  chrome = await launchChrome(findChrome(undefined) as string);
  browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await browser?.disconnect();
  await chrome?.kill();
});

async function cli(args: string[], cwd: string) {
  let out = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: () => {}, cwd });
  return { code, out };
}

/** A screenshot's pixels, decoded by Chromium itself: the share that is not white, how many colours, and the share
 * within a small distance of `near` when given. (The page's code is a string: the tests compile without the DOM's types.) */
async function pixelsOf(png: string, near: readonly [number, number, number] = [0, 0, 0]): Promise<{ ink: number; colours: number; near: number }> {
  const [r, g, b] = near;
  const page = await browser.newPage();
  try {
    return (await page.evaluate(`(async () => {
      const img = new Image();
      img.src = 'data:image/png;base64,${png}';
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      let ink = 0;
      let near = 0;
      const colours = new Set();
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) ink++;
        if (Math.abs(d[i] - ${r}) + Math.abs(d[i + 1] - ${g}) + Math.abs(d[i + 2] - ${b}) < 60) near++;
        colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      }
      const n = d.length / 4;
      return { ink: ink / n, colours: colours.size, near: near / n };
    })()`)) as { ink: number; colours: number; near: number };
  } finally {
    await page.close();
  }
}

/** What the page shows, read with a selector: text, an attribute, or how many match. */
const text = (page: Page, selector: string) => page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
const attr = (page: Page, selector: string, name: string) =>
  page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`);
const count = (page: Page, selector: string) => page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
const attrs = (page: Page, selector: string, name: string) =>
  page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute(${JSON.stringify(name)}))`) as Promise<string[]>;

describe('report.html in Chromium', () => {
  it('shows the verdict, the charts of base and head and the intervals, and is not blank', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    const endpoints = "  - { name: ping, url: /api/ping, thresholds: ['p95 < 50ms'], relative: { p95: '+20% or +1ms' } }\n";
    const load = '{ duration: 2s, warmup: 200ms, samples: 4, connections: 4 }';
    await writeExampleBudget(dir, { marker, endpoints, load });
    expect((await cli(['run', '-q', '-o', 'base'], dir)).code).toBe(0);
    expect((await cli(['run', '-q', '-o', 'head', '-b', 'base/report.json'], dir)).code).toBe(0);
    expect(processesWith(marker)).toEqual([]);

    const page = await browser.newPage();
    try {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(path.join(dir, 'head', 'report.html')).href, { waitUntil: 'load' });
      // Nothing but the file itself: the page is self-contained.
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      // The mark is an SVG whose title is the verdict.
      expect(await text(page, '#verdict')).toMatch(/^pass perf-gate: all 2 budgets met; (\d (unchanged|unsure|improved)(, )?)+$/);
      const series = await attrs(page, 'section[data-target="ping"] svg.chart path.series', 'data-series');
      expect(series).toEqual(expect.arrayContaining(['base', 'head', 'p50', 'p95', 'p99', 'rps']));
      expect(await count(page, 'section[data-target="ping"] svg.chart line.rule')).toBe(1);
      // p95's and bytes-per-response's (its default rule); the outbound calls' row, 0 on both sides, is folded.
      expect(await count(page, '#verdicts svg.interval line.range')).toBe(2);
      const png = await page.screenshot({ fullPage: true, encoding: 'base64' });
      writeFileSync(path.join(dir, 'report.png'), Buffer.from(png, 'base64'));
      const { ink, colours } = await pixelsOf(png);
      expect(ink).toBeGreaterThan(0.02);
      expect(colours).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  it('draws its status marks without an emoji font: red for a failed budget and the verdict, green for a met one', async () => {
    const file = path.join(tempDir(), 'report.html');
    writeFileSync(file, renderHtml(sampleReport()));
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // The failed budget comes first.
      expect(await attrs(page, '#checks tr[data-outcome]', 'data-outcome')).toEqual(['fail', 'pass', 'pass', 'pass']);
      const shot = async (selector: string) => {
        const mark = await page.$(selector);
        return (await mark!.screenshot({ encoding: 'base64' })) as string;
      };
      const red = [0xcf, 0x22, 0x2e] as const;
      const green = [0x1a, 0x7f, 0x37] as const;
      for (const [selector, colour] of [
        ['#verdict svg.mark', red],
        ['#checks tr[data-outcome="fail"] svg.mark', red],
        ['#checks tr[data-outcome="pass"] svg.mark', green],
      ] as const) {
        // Much of the mark's box is its colour (a circle less its white sign, edges blended), where a missing glyph has none.
        expect((await pixelsOf(await shot(selector), colour)).near).toBeGreaterThan(0.25);
      }
    } finally {
      await page.close();
    }
  });

  it('renders a run with no results and says why', async () => {
    const file = path.join(tempDir(), 'report.html');
    writeFileSync(file, renderHtml(sampleReport({ targets: [], checks: [], verdict: 'error', errors: ['the app exited with code 1'] })));
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(await text(page, '#no-results')).toBe('No results: the run stopped before any target was measured: the app exited with code 1.');
      expect(await attr(page, '#verdict', 'data-verdict')).toBe('error');
    } finally {
      await page.close();
    }
  });
});
