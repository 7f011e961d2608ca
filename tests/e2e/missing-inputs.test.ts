import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

/**
 * A costs or hours file that is not given is not measured, never €0 (SPEC §2.4), in every
 * format: the demo's hires alone, and with its costs file but no hours file.
 */
const DEMO = 'fixtures/demo';
const ARGS = ['--period', '2025', '--as-of', '2025-12-31', '--by', 'department'];
const report = (files: readonly string[], args: readonly string[]) => runCli(['report', ...files, ...ARGS, ...args], { cwd: DEMO });
const HIRES_ONLY = ['hires.csv'];
const WITHOUT_HOURS = ['hires.csv', '--costs', 'costs.csv'];
/** Generous: each case is a whole report, slower when the suite runs in parallel. */
const TIMEOUT = 60_000;

const COST_FIGURES = ['costPerHire', 'costPerHireComparable', 'externalCostPerHire', 'internalCostPerHire', 'recruitingCostRatio'];

interface ReportJson {
  kpis: Record<string, unknown> & { costs: Record<string, number | null>; effortHours: number | null; effortHoursPerHire: number | null };
  reasons: Record<string, string>;
  notes: Record<string, string>;
  groups: { unallocatedCost: number | null; rows: { directCost: number | null; allocatedCost: number | null; kpis: { costs: { total: number | null } }; reasons: Record<string, string>; notes: Record<string, string> }[] };
  value: { value: number | null; reason: string | null; weightedScore: number; areas: { key: string; measured: boolean; score: number | null; reason: string | null; note: string | null }[] };
}

async function json(files: readonly string[]): Promise<ReportJson> {
  const result = await report(files, ['-f', 'json']);
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as ReportJson;
}

describe('a report without a costs and an hours file', () => {
  it('gives every cost, time cost and effort figure as null with its reason in JSON', async () => {
    const doc = await json(HIRES_ONLY);
    expect(doc.kpis.costs).toEqual({ external: null, internal: null, time: null, businessTime: null, total: null });
    for (const key of COST_FIGURES) {
      expect(doc.kpis[key]).toBeNull();
      expect(doc.reasons[key]).toBe('no costs file');
    }
    expect([doc.kpis.effortHours, doc.kpis.effortHoursPerHire]).toEqual([null, null]);
    expect([doc.reasons['costs.time'], doc.reasons.effortHoursPerHire]).toEqual(['no hours file', 'no hours file']);
    expect(doc.notes).toEqual({});
    expect(doc.groups.unallocatedCost).toBeNull();
    for (const row of doc.groups.rows) {
      expect([row.directCost, row.allocatedCost, row.kpis.costs.total]).toEqual([null, null, null]);
      expect(row.reasons['costs.total']).toBe('no costs file');
    }
  }, TIMEOUT);

  it('leaves Right Costs and Right Effort out of the value model, with the reason, instead of scoring them 0', async () => {
    const { value } = await json(HIRES_ONLY);
    const area = (key: string) => value.areas.find((a) => a.key === key);
    expect(area('rightCosts')).toMatchObject({ measured: false, score: null, reason: 'no costs file' });
    expect(area('rightEffort')).toMatchObject({ measured: false, score: null, reason: 'no hours file' });
    expect(value.value).toBeNull();
    expect(value.reason).toBe('neither costs nor effort is measured');
    // the four measured areas alone, not dragged down by two scores of 0:
    // (0.2741·100 + 0.3019·74.07 + 0.1213·94.68 + 0.1216·96.73) / (0.2741 + 0.3019 + 0.1213 + 0.1216)
    // = (27.41 + 22.3617 + 11.4847 + 11.7624) / 0.8189 = 73.0188 / 0.8189 = 89.17
    expect(value.weightedScore).toBe(89.17);
  }, TIMEOUT);

  it('prints the stored table: "–" for every cost figure, and why', async () => {
    const result = await report(HIRES_ONLY, []);
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/hires-only-by-department.txt`);
    expect(result.stdout).not.toMatch(/€0\.00|0\.0 h/);
  }, TIMEOUT);

  it('says the same in Markdown and in Dutch', async () => {
    const md = await report(HIRES_ONLY, ['-f', 'md']);
    expect(md.stdout).not.toContain('€0.00');
    expect(md.stdout).toContain('| Cost per hire | – |');
    expect(md.stdout).toContain(': no costs file');
    const nl = await report(HIRES_ONLY, ['--lang', 'nl']);
    expect(nl.stdout).not.toContain('€ 0,00');
    expect(nl.stdout).toContain(': geen kostenbestand');
    expect(nl.stdout).toContain(': geen urenbestand');
  }, TIMEOUT);

  it('writes an empty value and the reason in the CSV, never a 0', async () => {
    const csv = (await report(HIRES_ONLY, ['-f', 'csv'])).stdout.split('\n');
    expect(csv[0]).toBe('section,group,metric,value,unit,note');
    expect(csv).toContain('summary,,costPerHire,,EUR,no costs file');
    expect(csv).toContain('summary,,costs.time,,EUR,no hours file');
    expect(csv).toContain('summary,,effortHoursPerHire,,hours,no hours file');
    expect(csv).toContain('groups,Zorg,directCost,,EUR,no costs file');
    expect(csv).toContain('value,,rightCosts.index,,index,no costs file');
    const costRows = csv.filter((line) => /,(costs\.\w+|costPerHire\w*|\w+CostPerHire|directCost|allocatedCost|effortHours\w*),/.test(line));
    expect(costRows.length).toBeGreaterThan(0);
    expect(costRows.filter((line) => !/,,(EUR|hours|percent|share),no (costs|hours) file$/.test(line))).toEqual([]);
  }, TIMEOUT);

  it('shows "–" in the HTML tile and draws no chart of a cost', async () => {
    const page = (await report(HIRES_ONLY, ['-f', 'html'])).stdout;
    expect(page).toContain('<p class="tile-label">Cost per hire</p><p class="tile-value">–</p><p class="tile-detail">no costs file</p>');
    expect(page).not.toContain('figure-cost-split');
    expect(page).not.toContain('figure-group-cost-per-hire');
    expect(page).toContain('figure-group-hires');
    expect(page).not.toContain('€0.00');
  }, TIMEOUT);
});

describe('a report with a costs file and without an hours file', () => {
  it('computes the totals from the costs file alone, noting that in JSON', async () => {
    const doc = await json(WITHOUT_HOURS);
    // the demo's 2025 costs: 227814.57 external + 2070.50 internal = 229885.07; / 80 hires = 2873.56
    expect(doc.kpis.costs).toEqual({ external: 227_814.57, internal: 2_070.5, time: null, businessTime: null, total: 229_885.07 });
    expect(doc.kpis.costPerHire).toBe(2_873.56);
    expect(doc.notes).toEqual({
      'costs.total': 'without time cost: no hours file',
      costPerHire: 'without time cost: no hours file',
      costPerHireComparable: 'without time cost: no hours file',
      internalCostPerHire: 'without time cost: no hours file',
      recruitingCostRatio: 'without time cost: no hours file',
      // cost per hire + the demo's cost of vacancy (vacancyCost 350 a working day)
      totalCostPerHire: 'without time cost: no hours file',
    });
    expect(doc.groups.rows.every((row) => row.notes.costPerHire === 'without time cost: no hours file')).toBe(true);
    expect(doc.value.areas.find((a) => a.key === 'rightCosts')).toMatchObject({ measured: true, note: 'without time cost: no hours file' });
    expect(doc.value.areas.find((a) => a.key === 'rightEffort')).toMatchObject({ measured: false, reason: 'no hours file' });
  }, TIMEOUT);

  it('says so in a paragraph of the table, Markdown and HTML, and beside each figure in the CSV', async () => {
    const line = '– Total cost; Cost per hire; Cost per hire, comparable (without business time); Internal cost per hire; Recruiting cost ratio; Total cost per hire with cost of vacancy (estimate): without time cost: no hours file';
    for (const format of ['table', 'md']) {
      const { stdout } = await report(WITHOUT_HOURS, ['-f', format]);
      expect(stdout).toContain('Computed on part of the data:');
      expect(stdout).toContain(line);
    }
    const page = (await report(WITHOUT_HOURS, ['-f', 'html'])).stdout;
    expect(page).toContain(line);
    // the cost split shows external and internal costs only, and says what it leaves out
    expect(page).toMatch(/id="figure-cost-split"><figcaption><h3>Cost split<\/h3><p class="subtitle">without time cost: no hours file<\/p>/);
    const csv = (await report(WITHOUT_HOURS, ['-f', 'csv'])).stdout.split('\n');
    expect(csv).toContain('summary,,costs.total,229885.07,EUR,without time cost: no hours file');
    expect(csv).toContain('summary,,externalCostPerHire,2847.68,EUR,');
  }, TIMEOUT);
});

describe('a costs file without rows in the period', () => {
  it('is a real 0', async () => {
    // the demo's files hold nothing dated in 2026-01
    const result = await runCli(['report', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '--period', '2026-01', '-f', 'json'], { cwd: DEMO });
    const doc = JSON.parse(result.stdout) as ReportJson;
    expect(doc.kpis.costs).toEqual({ external: 0, internal: 0, time: 0, businessTime: 0, total: 0 });
    expect(doc.kpis.effortHours).toBe(0);
    expect(doc.reasons.costPerHire).toBe('no hires in the period');
  }, TIMEOUT);
});

describe('compare without a costs file', () => {
  it('calls a cost figure not comparable and gives the reason of each side', async () => {
    const result = await runCli(['compare', '--baseline', '2024', '--current', '2025', 'hires.csv', '-f', 'json'], { cwd: DEMO });
    const doc = JSON.parse(result.stdout) as { metrics: { key: string; verdict: string }[]; reasons: { baseline: Record<string, string> } };
    expect(doc.metrics.find((m) => m.key === 'costPerHire')?.verdict).toBe('not comparable');
    expect(doc.metrics.find((m) => m.key === 'costs.total')?.verdict).toBe('not comparable');
    expect(doc.reasons.baseline.costPerHire).toBe('no costs file');
    const table = await runCli(['compare', '--baseline', '2024', '--current', '2025', 'hires.csv'], { cwd: DEMO });
    expect(table.stdout).toContain('– Total cost: 2024: no costs file; 2025: no costs file');
    expect(table.stdout).toContain('– Value (1.00 = on target): 2024: neither costs nor effort is measured; 2025: neither costs nor effort is measured');
  }, TIMEOUT);

  it('warns that a snapshot without time cost is not like for like with one that has it', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'rkpi-missing-'));
    try {
      const files = ['hires.csv', '--costs', 'costs.csv'];
      await runCli(['report', ...files, '--hours', 'hours.csv', '--period', '2024', '-o', join(folder, 'b.json')], { cwd: DEMO });
      await runCli(['report', ...files, '--period', '2025', '-o', join(folder, 'c.json')], { cwd: DEMO });
      const result = await runCli(['compare', join(folder, 'b.json'), join(folder, 'c.json')]);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toContain(
        "warning: not like for like: the current snapshot's costs.total, costPerHire, costPerHireComparable, internalCostPerHire, recruitingCostRatio, totalCostPerHire are without time cost: no hours file",
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, TIMEOUT);
});
