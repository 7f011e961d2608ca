import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const DEMO = 'fixtures/demo';

const folders: string[] = [];
function scratch(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-weights-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Two stakeholders who only swap the first two areas. ROC for six positions in 360ths:
// 147, 87, 57, 37, 22, 10.
const TWO = 'stakeholder,bestFit,timelyDelivery,serviceQuality,candidateExperience,rightCosts,rightEffort\nAnn,1,2,3,4,5,6\nBob,2,1,3,4,5,6\n';

describe('rkpi weights on the demo rankings', () => {
  it('prints the stored table', async () => {
    const result = await runCli(['weights', 'rankings.csv'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expectGolden(result.stdout, `${DEMO}/expected/weights.txt`);
  });

  it('prints the stored JSON', async () => {
    const result = await runCli(['weights', 'rankings.csv', '--format', 'json'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/weights.json`);
  });

  it('gives the same weights from the ISO copy, whose headers are the area keys', async () => {
    const dutch = JSON.parse((await runCli(['weights', 'rankings.csv', '-f', 'json'], { cwd: DEMO })).stdout);
    const iso = JSON.parse((await runCli(['weights', 'rankings.csv', '-f', 'json'], { cwd: 'fixtures/demo-iso' })).stdout);
    expect({ ...iso, input: null }).toEqual({ ...dutch, input: null });
  });

  it('are the weights in the demo config', async () => {
    const { weights } = JSON.parse((await runCli(['weights', 'rankings.csv', '-f', 'json'], { cwd: DEMO })).stdout);
    expect(JSON.parse(readFileSync(`${DEMO}/rkpi.config.json`, 'utf8')).weights).toEqual(weights);
  });

  it('gives every group an equal say with --balance-groups', async () => {
    const { balanceGroups, weights, groups } = JSON.parse(
      (await runCli(['weights', 'rankings.csv', '--balance-groups', '-f', 'json'], { cwd: DEMO })).stdout,
    );
    expect(balanceGroups).toBe(true);
    // the mean of the three group means: MT, vacaturehouder and HR count a third each
    const mean = (key: string) => groups.reduce((sum: number, g: { weights: Record<string, number> }) => sum + (g.weights[key] ?? 0), 0) / 3;
    expect(weights.candidateExperience).toBeCloseTo(mean('candidateExperience'), 3);
  });
});

describe('rkpi weights worked out by hand', () => {
  it('averages the stakeholders and measures their agreement', async () => {
    const folder = scratch({ 'rankings.csv': TWO });
    const doc = JSON.parse((await runCli(['weights', 'rankings.csv', '-f', 'json'], { cwd: folder })).stdout);
    // bestFit = timelyDelivery = (147 + 87) / 2 / 360 = 0.325; the rest as ROC: 57/360, 37/360, 22/360, 10/360
    expect(doc.weights).toEqual({
      bestFit: 0.325, timelyDelivery: 0.325, serviceQuality: 0.1583, candidateExperience: 0.1028, rightCosts: 0.0611, rightEffort: 0.0278,
    });
    // equal weights keep the area order: bestFit before timelyDelivery
    expect(doc.top3).toEqual(['bestFit', 'timelyDelivery', 'serviceQuality']);
    // rank sums 3, 3, 6, 8, 10, 12 against m(n + 1)/2 = 7: S = 16 + 16 + 1 + 1 + 9 + 25 = 68
    // W = 12 · 68 / (2² · (6³ − 6)) = 816 / 840 = 0.971428…; χ² = m(n − 1)W = 10 · 0.9714… = 9.71
    expect(doc.agreement).toEqual({ w: 0.9714, level: 'unusually-strong', raters: 2, chiSquare: 9.71, reason: null });
  });

  it('uses the rank-sum table with --method rank-sum', async () => {
    const folder = scratch({ 'rankings.csv': TWO });
    const doc = JSON.parse((await runCli(['weights', 'rankings.csv', '--method', 'rank-sum', '-f', 'json'], { cwd: folder })).stdout);
    // rank sum for six: 6/21, 5/21, 4/21, 3/21, 2/21, 1/21; bestFit = (6 + 5) / 2 / 21 = 11/42 = 0.261904…
    expect(doc.weights).toMatchObject({ bestFit: 0.2619, timelyDelivery: 0.2619, serviceQuality: 0.1905, rightEffort: 0.0476 });
  });

  it('--write stores the rounded weights in the config, keeping its other keys', async () => {
    const config = '{\n  "currency": "EUR",\n  "weights": { "bestFit": 1 },\n  "tolerance": 0.15\n}\n';
    const folder = scratch({ 'rankings.csv': TWO, 'rkpi.config.json': config });
    const result = await runCli(['weights', 'rankings.csv', '--write'], { cwd: folder });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      'wrote the weights to rkpi.config.json: bestFit 0.325, timelyDelivery 0.325, serviceQuality 0.1583, ' +
        'candidateExperience 0.1028, rightCosts 0.0611, rightEffort 0.0278\n',
    );
    expect(readFileSync(join(folder, 'rkpi.config.json'), 'utf8')).toBe(
      '{\n  "currency": "EUR",\n  "weights": {\n    "bestFit": 0.325,\n    "timelyDelivery": 0.325,\n    "serviceQuality": 0.1583,\n' +
        '    "candidateExperience": 0.1028,\n    "rightCosts": 0.0611,\n    "rightEffort": 0.0278\n  },\n  "tolerance": 0.15\n}\n',
    );
  });

  it('--write creates the config named by --config when there is none', async () => {
    const folder = scratch({ 'rankings.csv': TWO });
    const result = await runCli(['weights', 'rankings.csv', '--write', '--config', 'value.config.json', '-f', 'json'], { cwd: folder });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^wrote the weights to value\.config\.json \(a new file\): bestFit 0\.325, /);
    expect(JSON.parse(readFileSync(join(folder, 'value.config.json'), 'utf8'))).toEqual({ weights: JSON.parse(result.stdout).weights });
  });

  it('--write refuses to overwrite a config that is not valid', async () => {
    const folder = scratch({ 'rankings.csv': TWO, 'rkpi.config.json': '{ "curency": "EUR" }' });
    const result = await runCli(['weights', 'rankings.csv', '--write'], { cwd: folder });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^rkpi: rkpi\.config\.json: unknown key "curency"; did you mean "currency"\?/);
    expect(readFileSync(join(folder, 'rkpi.config.json'), 'utf8')).toBe('{ "curency": "EUR" }');
  });
});
