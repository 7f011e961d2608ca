/// <reference lib="dom" />
// (the evaluate() callbacks below run in the browser)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * The HTML pages opened in a real browser: Debian's chromium, driven by playwright-core (no
 * browser download). Without /usr/bin/chromium the tests are skipped with the reason, except in
 * CI, where a missing browser is a failure (.ci/run installs it).
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const OUT = resolve('test-output');
const DEMO = 'fixtures/demo';
const FILES = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];

const present = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const skip = !present && !inCi;
const reason = `${CHROMIUM} not found; apt-get install chromium to run these tests`;
const title = skip ? `HTML in headless Chromium (skipped: ${reason})` : 'HTML in headless Chromium';
if (skip) console.warn(`skipped: HTML in headless Chromium: ${reason}`);

/** What a page did while loading: every request, failure, console error and dialog. */
interface Visit {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly problems: string[];
}

async function cli(args: readonly string[], cwd = DEMO): Promise<string> {
  const result = await runCli(args, { cwd });
  expect(result.exitCode, result.stderr).toBe(0);
  return result.stdout;
}

describe.skipIf(skip)(title, () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!present) return; // in CI: the first test fails, and with it every other
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it(`finds Debian's chromium at ${CHROMIUM}`, () => {
    expect(present, `CI=true but ${CHROMIUM} is missing: .ci/run installs it with apt-get`).toBe(true);
  });

  /** Saves the page under test-output/ and opens it from disk, recording everything it asks for. */
  async function visit(name: string, html: string, viewport = { width: 1200, height: 900 }): Promise<Visit> {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    if (browser === undefined) throw new Error(`no browser: ${CHROMIUM} is missing`);
    const page = await browser.newPage({ viewport });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, problems };
  }

  /** Only the page itself was requested, and nothing failed or complained. */
  function expectQuiet(opened: Visit): void {
    expect(opened.requests).toEqual([opened.url]);
    expect(opened.problems).toEqual([]);
  }

  const count = (page: Page, selector: string) => page.locator(selector).count();
  /** The pages of a PDF: each is named "/Type /Page" (and the tree of them "/Type /Pages"). */
  const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

  it('shows the report of 2025 by department with its tiles and every chart, offline', async () => {
    const json = JSON.parse(await cli(['report', ...FILES, '--period', '2025', '--by', 'department', '-f', 'json']));
    const html = await cli(['report', ...FILES, '--period', '2025', '--by', 'department', '-f', 'html']);
    const opened = await visit('report-2025-by-department', html);
    const { page } = opened;
    expectQuiet(opened);
    const nonEmpty = (bins: { count: number }[]) => bins.filter((bin) => bin.count > 0).length;
    expect(await count(page, '.tile')).toBe(6);
    expect(await count(page, '#chart-time-to-fill rect.hist-bar')).toBe(nonEmpty(json.distributions.timeToFill));
    expect(await count(page, '#chart-time-to-fill .marker')).toBe(1);
    expect(await count(page, '#chart-vacancy-ageing rect.hist-bar')).toBe(nonEmpty(json.distributions.openVacancyAge));
    expect(await count(page, '#chart-cost-split rect.split-part')).toBe(6); // three segments and three legend keys
    expect(await count(page, '#chart-group-cost-per-hire rect.hbar')).toBe(json.groups.rows.length);
    expect(await count(page, '#chart-group-hires rect.hbar')).toBe(json.groups.rows.length);
    // every chart is drawn at a readable size, and nothing sticks out to the right
    for (const box of await page.locator('svg.chart-svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThan(100);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(OUT, 'report-2025-by-department.png'), fullPage: true });
    // printed on A4 (210 mm less 2 × 12 mm of margin: 703 CSS pixels) no table is cut off
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const cut = await page.locator('table').evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.parentElement!.clientWidth + 1).length);
    expect(cut).toBe(0);
    await page.pdf({ path: join(OUT, 'report-2025-by-department.pdf'), format: 'A4', printBackground: true });
    await page.close();
  }, 60_000);

  it('shows the process of the demo applications: funnel, feedback hours, channels, availability and drop-out, and prints them whole', async () => {
    const args = ['report', ...FILES, '--applications', 'applications.csv', '--period', '2025', '--as-of', '2025-12-31', '--by', 'department'];
    const json = JSON.parse(await cli([...args, '-f', 'json']));
    const opened = await visit('report-2025-process', await cli([...args, '-f', 'html']));
    const { page } = opened;
    expectQuiet(opened);
    const k = json.process.kpis;
    const positive = (values: (number | null)[]) => values.filter((value) => value !== null && value > 0).length;
    expect(await count(page, '#chart-process-funnel rect.funnel-bar')).toBe(positive(k.funnel.map((step: { reached: number }) => step.reached)));
    expect(await count(page, '#chart-process-feedback rect.hist-bar')).toBe(positive(json.process.distributions.feedbackHours.map((bin: { count: number }) => bin.count)));
    expect(await count(page, '#chart-process-feedback .marker')).toBe(1);
    type Channel = { costPerHire: number | null; medianTimeToHire: number | null };
    expect(await count(page, '#chart-process-channels rect.channel-cost')).toBe(positive(k.channels.map((row: Channel) => row.costPerHire)));
    expect(await count(page, '#chart-process-channels rect.channel-time')).toBe(positive(k.channels.map((row: Channel) => row.medianTimeToHire)));
    expect(await count(page, '#chart-process-availability polyline.survival')).toBe(1);
    expect(await count(page, '#chart-process-drop-out rect.drop-out-bar')).toBe(positive(k.dropOut.map((bucket: { share: number | null }) => bucket.share)));
    for (const id of ['process.funnel', 'process.speed', 'process.channels', 'process.availability', 'process.dropOut', 'process.groups']) {
      expect(await count(page, `[id="table-${id}"] tbody tr`)).toBeGreaterThan(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(OUT, 'report-2025-process.png'), fullPage: true });
    // on A4 every chart and table fits the width, and no chart is split over two pages
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const cut = await page.locator('table').evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.parentElement!.clientWidth + 1).length);
    expect(cut).toBe(0);
    const wide = await page.locator('figure.chart').evaluateAll((figures) => figures.filter((figure) => figure.getBoundingClientRect().right > 703 + 1).length);
    expect(wide).toBe(0);
    const whole = await page.locator('[id^="figure-process-"]').evaluateAll((figures) => figures.map((figure) => getComputedStyle(figure).breakInside));
    expect(whole).toEqual(['avoid', 'avoid', 'avoid', 'avoid', 'avoid']);
    await page.pdf({ path: join(OUT, 'report-2025-process.pdf'), format: 'A4', printBackground: true });
    await page.close();
    // the Dutch words are longer: its process tables fit A4 too
    const dutch = await visit('report-2025-process-nl', await cli([...args, '--lang', 'nl', '-f', 'html']), { width: 703, height: 1000 });
    expectQuiet(dutch);
    await dutch.page.emulateMedia({ media: 'print' });
    const cutNl = await dutch.page.locator('[id^="table-process"] table').evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.parentElement!.clientWidth + 1).length);
    expect(cutNl).toBe(0);
    await dutch.page.close();
  }, 90_000);

  it('shows the comparison of 2024 against 2025 with a pair of bars per figure in the verdict colours', async () => {
    const json = JSON.parse(await cli(['compare', '--baseline', '2024', '--current', '2025', ...FILES, '-f', 'json']));
    const html = await cli(['compare', '--baseline', '2024', '--current', '2025', ...FILES, '-f', 'html']);
    const opened = await visit('compare-2024-2025', html);
    const { page } = opened;
    expectQuiet(opened);
    const drawable = json.metrics.filter((m: { baseline: number | null; current: number | null }) => m.baseline !== null && m.current !== null);
    expect(await count(page, '#chart-baseline-current rect.pair-baseline')).toBe(drawable.length + 1); // + the legend key
    expect(await count(page, '#chart-baseline-current rect.pair-current.v-better')).toBe(json.summary.better);
    expect(await count(page, '#chart-baseline-current rect.pair-current.v-worse')).toBe(json.summary.worse);
    const fill = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fill);
    expect(await fill('rect.pair-current.v-better')).toBe('rgb(23, 128, 61)');
    expect(await fill('rect.pair-current.v-worse')).toBe('rgb(192, 57, 43)');
    await page.screenshot({ path: join(OUT, 'compare-2024-2025.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('shows the value model: the six areas against target with their weights', async () => {
    const args = ['value', ...FILES, '--period', '2025']; // the demo config has targets and weights
    const json = JSON.parse(await cli([...args, '-f', 'json']));
    const opened = await visit('value-2025', await cli([...args, '-f', 'html']));
    const { page } = opened;
    expectQuiet(opened);
    type Area = { key: string; measured: boolean; missesTarget: boolean | null; weight: number };
    const areas: Area[] = json.value.areas;
    expect(await count(page, '#chart-areas rect.target-bar')).toBe(areas.filter((area) => area.measured).length);
    expect(await count(page, '#chart-areas rect.target-bar.v-worse')).toBe(areas.filter((area) => area.missesTarget).length);
    expect(await count(page, '#chart-areas rect.band')).toBe(2); // right costs and right effort
    const shown = await page.locator('#chart-areas').textContent();
    for (const area of areas) expect(shown).toContain(`Weight ${(area.weight * 100).toFixed(1)}%`);
    await page.screenshot({ path: join(OUT, 'value-2025.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('shows the urgency page with the availability steps, the median marked and the drop-out bars, on one A4 page', async () => {
    const args = ['urgency', '--demo', '--as-of', '2025-12-31', '--manager', 'Willem van den Berg'];
    const json = JSON.parse(await cli([...args, '-f', 'json']));
    const opened = await visit('urgency-willem', await cli([...args, '-f', 'html']));
    const { page } = opened;
    expectQuiet(opened);
    expect(await count(page, '.tile')).toBe(4);
    expect(await count(page, '#chart-process-availability polyline.survival')).toBe(1);
    expect(await count(page, '#chart-process-availability line.marker')).toBe(json.availability.medianDays === null ? 0 : 2); // across at one half, down at the median
    expect(await count(page, '#chart-process-availability rect.survival-mark')).toBe(3);
    const bars = json.dropOut.buckets.filter((bucket: { share: number | null }) => (bucket.share ?? 0) > 0).length;
    expect(await count(page, '#chart-process-drop-out rect.drop-out-bar')).toBe(bars);
    expect(await count(page, '#table-waiting tbody tr')).toBe(json.waitingForFeedback.count);
    const header = await page.locator('header').textContent();
    for (const sentence of Object.values(json.sentences).slice(1)) expect(header).toContain(sentence);
    await page.screenshot({ path: join(OUT, 'urgency-willem.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(OUT, 'urgency-willem.pdf'), format: 'A4', printBackground: true });
    expect(pages(pdf)).toBe(1);
    await page.close();
    // in Dutch too, whose sentences are longer
    const dutch = await visit('urgency-willem-nl', await cli([...args, '--lang', 'nl', '-f', 'html']));
    expectQuiet(dutch);
    await dutch.page.emulateMedia({ media: 'print' });
    expect(pages(await dutch.page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    await dutch.page.close();
  }, 90_000);

  it('shows a group named <script>alert(1)</script> as text and runs nothing', async () => {
    const dir = join(OUT, 'escaping');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'hires.csv'),
      ['vacancy_opened,offer_accepted,department', '2025-01-01,2025-02-01,<script>alert(1)</script>', `2025-01-05,2025-03-01,"""&'"`, ''].join('\n'),
    );
    const html = await cli(['report', 'hires.csv', '--by', 'department', '-f', 'html'], dir);
    const opened = await visit('escaping', html);
    expectQuiet(opened); // no dialog, no script error
    const groups = await opened.page.locator('#table-groups tbody tr td:first-child').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(['<script>alert(1)</script>', `"&'`]));
    expect(await count(opened.page, 'script')).toBe(0);
    await opened.page.close();
  }, 60_000);
});
