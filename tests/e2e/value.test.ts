import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const DEMO = 'fixtures/demo';
const FILES = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];

describe('rkpi value on the demo data', () => {
  it('prints the stored table for 2025', async () => {
    const result = await runCli(['value', ...FILES, '--period', '2025'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('warning: costs.csv:181: negative amount (credit note) of -612.40 included\n');
    expectGolden(result.stdout, `${DEMO}/expected/value-2025.txt`);
  });

  it('prints the stored JSON for 2025', async () => {
    const result = await runCli(['value', ...FILES, '--period', '2025', '--format', 'json'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/value-2025.json`);
  });

  it('gives the same value block as the report, and the same for the ISO form of the data', async () => {
    const value = JSON.parse((await runCli(['value', ...FILES, '--period', '2025', '-f', 'json'], { cwd: DEMO })).stdout);
    const report = JSON.parse((await runCli(['report', ...FILES, '--period', '2025', '-f', 'json'], { cwd: DEMO })).stdout);
    const iso = JSON.parse((await runCli(['value', ...FILES, '--period', '2025', '-f', 'json'], { cwd: 'fixtures/demo-iso' })).stdout);
    expect(value.value).toEqual(report.value);
    expect(iso.value).toEqual(value.value);
  });
});

/**
 * fixtures/small-value, period 2025-H1: the KPIs of fixtures/small (see hand-calculated.test.ts),
 * quality 0.625, on time 0.5, manager 7, candidate 8, cost per hire 2780.50 / 3 = 926.833…,
 * effort 6.5 h / 3 = 2.1666… h, against targets 0.8, 0.8, 8, 8, 1000 and 2 h, with weights
 * 30 : 20 : 15 : 15 : 10 : 10 (normalised 0.30, 0.20, 0.15, 0.15, 0.10, 0.10) and tolerance 0.10.
 */
async function smallValue(...extra: string[]) {
  // As of the period end, as the KPIs of fixtures/small are worked out (no first year is over yet).
  const args = ['value', ...FILES, '--period', '2025-H1', '--as-of', '2025-06-30', '-f', 'json', ...extra];
  const result = await runCli(args, { cwd: 'fixtures/small-value' });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout).value;
}

describe('the top-3 line under the areas', () => {
  it('says which top-3 areas are not measured, instead of calling them on target', async () => {
    // 2020 has no hires in the demo data: no area of the top 3 (by the demo's weights) is measured.
    const { stdout, exitCode } = await runCli(['value', ...FILES, '--period', '2020'], { cwd: DEMO });
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Not measured among the top 3: Timely Delivery, Best Fit, Candidate Experience. (* = top-3 area by weight)');
    expect(stdout).not.toContain('on target.');
    const html = await runCli(['value', ...FILES, '--period', '2020', '--format', 'html'], { cwd: DEMO });
    expect(html.stdout).toContain('Not measured among the top 3');
    expect(html.stdout).not.toContain('top-3 area is on target');
  });
});

describe('rkpi value on fixtures/small-value, worked out by hand', () => {
  it('indexes, scores and weighs every area', async () => {
    const value = await smallValue();
    // index = actual / target:
    //   bestFit 0.625 / 0.8 = 0.78125; timelyDelivery 0.5 / 0.8 = 0.625; serviceQuality 7 / 8 = 0.875;
    //   candidateExperience 8 / 8 = 1; rightCosts 926.833… / 1000 = 0.926833…; rightEffort 2.1666… / 2 = 1.083333…
    // score: result areas min(100, 100·x) = 78.125, 62.5, 87.5, 100;
    //   costs |0.9268 − 1| = 0.0732 and effort |1.0833 − 1| = 0.0833 are within ±0.10: 100 and 100
    // contribution w·x: 0.30 · 0.78125 = 0.234375; 0.20 · 0.625 = 0.125; 0.15 · 0.875 = 0.13125;
    //   0.15 · 1 = 0.15; 0.10 · 0.926833… = 0.0926833…; 0.10 · 1.083333… = 0.1083333…
    expect(value.areas.map((a: Record<string, unknown>) => [a.key, a.actual, a.target, a.index, a.weight, a.rank, a.score, a.contribution])).toEqual([
      ['bestFit', 0.625, 0.8, 0.7813, 0.3, 1, 78.13, 0.2344],
      ['timelyDelivery', 0.5, 0.8, 0.625, 0.2, 2, 62.5, 0.125],
      ['serviceQuality', 7, 8, 0.875, 0.15, 3, 87.5, 0.1313],
      ['candidateExperience', 8, 8, 1, 0.15, 4, 100, 0.15],
      ['rightCosts', 926.83, 1000, 0.9268, 0.1, 5, 100, 0.0927],
      ['rightEffort', 2.17, 2, 1.0833, 0.1, 6, 100, 0.1083],
    ]);
  });

  it('adds up Resultaat, Proces, Kosten and Inspanning into the value', async () => {
    const value = await smallValue();
    // R = 0.234375 + 0.125 = 0.359375; P = 0.13125 + 0.15 = 0.28125
    // K = 0.0926833…; I = 0.1083333…
    expect(value.groups).toEqual({ resultaat: 0.3594, proces: 0.2813, kosten: 0.0927, inspanning: 0.1083 });
    // (R + P) / (0.30 + 0.20 + 0.15 + 0.15) = 0.640625 / 0.80 = 0.80078125
    // (K + I) / (0.10 + 0.10) = 0.1 · (2780.5 / 3000 + 6.5 / 6) / 0.2 = (2780.5 + 3250) / 6000 = 6030.5 / 6000 = 1.0050833…
    // value = 0.80078125 · 6000 / 6030.5 = 4804.6875 / 6030.5 = 0.796731…
    expect(value.sides).toEqual({ numerator: { sum: 0.6406, weight: 0.8, measured: 4 }, denominator: { sum: 0.201, weight: 0.2, measured: 2 } });
    expect(value.value).toBe(0.7967);
    // Σ w·score = 0.30 · 78.125 + 0.20 · 62.5 + 0.15 · 87.5 + 0.15 · 100 + 0.10 · 100 + 0.10 · 100
    //           = 23.4375 + 12.5 + 13.125 + 15 + 10 + 10 = 84.0625
    expect(value.weightedScore).toBe(84.06);
    // the top 3 by weight (serviceQuality before candidateExperience on equal weight) all miss their target
    expect(value.top3).toEqual(['bestFit', 'timelyDelivery', 'serviceQuality']);
    expect(value.belowTarget).toEqual(['bestFit', 'timelyDelivery', 'serviceQuality']);
    expect(value).toMatchObject({ weights: 'config', tolerance: 0.1, toleranceSource: 'default', unmeasured: [] });
  });

  it('takes candidate experience from the scores file', async () => {
    const value = await smallValue('--scores', 'scores.csv');
    // Kandidaatervaring 7,2 (decimal comma) against 8: 0.9, score 90, contribution 0.15 · 0.9 = 0.135
    expect(value.areas[3]).toMatchObject({ source: 'scores', actual: 7.2, index: 0.9, score: 90, contribution: 0.135 });
    // P = 0.13125 + 0.135 = 0.26625; (0.359375 + 0.26625) / 0.8 = 0.78203125
    // value = 0.78203125 · 6000 / 6030.5 = 4692.1875 / 6030.5 = 0.778076…
    expect(value.value).toBe(0.7781);
    // 84.0625 − 0.15 · 100 + 0.15 · 90 = 82.5625
    expect(value.weightedScore).toBe(82.56);
  });

  it('leaves an area without a target out and says why', async () => {
    const value = await smallValue('--config', 'no-effort-target.config.json');
    expect(value.areas[5]).toMatchObject({
      key: 'rightEffort', actual: 2.17, target: null, index: null, score: null, measured: false,
      reason: 'no target: set targets.effortHoursPerHire in the config',
    });
    // denominator: rightCosts only, 0.0926833… / 0.10 = 0.926833…
    // value = 0.80078125 / (2780.5 / 3000) = 2402.34375 / 2780.5 = 0.863997…
    expect(value.value).toBe(0.864);
    // Σ w·score over the measured areas / their weight 0.90: (84.0625 − 10) / 0.9 = 82.2916…
    expect(value.weightedScore).toBe(82.29);
    expect(value.unmeasured).toEqual(['rightEffort']);
  });

  it('shows the same figures in the table, in Dutch with --lang nl', async () => {
    const result = await runCli(['value', ...FILES, '--period', '2025-H1', '--as-of', '2025-06-30', '--lang', 'nl', '--no-chart'], { cwd: 'fixtures/small-value' });
    expect(result.stdout).toContain('Waarde: 0,80 = (0,641 / 0,800) / (0,201 / 0,200); 1,00 = elk gebied op doel\n');
    expect(result.stdout).toContain('Gewogen score: 84,1 / 100\n');
    expect(result.stdout).toContain('Onder doel in de top 3: Best Fit, Tijdige levering, Servicekwaliteit.');
  });
});

describe('from rankings to value in three commands', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('init, agree on the targets, weights --write, value', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rkpi-value-'));
    folders.push(folder);
    expect((await runCli(['init', '--lang', 'nl'], { cwd: folder })).exitCode).toBe(0);
    // The management team agrees to init's example targets: the key becomes "targets".
    const configPath = join(folder, 'rkpi.config.json');
    const { exampleTargets, ...config } = JSON.parse(readFileSync(configPath, 'utf8'));
    writeFileSync(configPath, JSON.stringify({ ...config, targets: exampleTargets }, null, 2));
    const weights = await runCli(['weights', 'rankings.csv', '--write'], { cwd: folder });
    expect(weights.exitCode).toBe(0);
    // init --lang nl set "lang": "nl" in the config, so rkpi speaks Dutch on stderr.
    expect(weights.stderr).toMatch(/^de gewichten zijn naar rkpi\.config\.json geschreven: timelyDelivery /);
    const value = await runCli(['value', ...FILES, '-f', 'json'], { cwd: folder });
    expect(value.exitCode).toBe(0);
    const doc = JSON.parse(value.stdout);
    expect(doc.value.weights).toBe('config');
    expect(doc.value.value).not.toBeNull();
  });
});
