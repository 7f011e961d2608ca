import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * fixtures/vacancy-cost, period 2025-Q2, as of Fri 2025-06-13, holidays "nl", €350 a working day.
 * - H1 (LinkedIn): opened Mon 03-03, accepted Fri 05-09. Weekdays after 03-03 up to and including
 *   05-09: 03-04 … 03-07 (4) + nine whole weeks 03-10 … 05-09 (45) = 49; holidays among them:
 *   Goede Vrijdag 04-18, Tweede Paasdag 04-21, Bevrijdingsdag 05-05 (Koningsdag is Saturday 04-26)
 *   → 46 working days × €350 = €16 100.
 * - H2 (Agency): opened Mon 06-02, accepted Fri 06-13: 06-03 … 06-06 (4) + 06-09 … 06-13 (5) = 9,
 *   less Tweede Pinksterdag 06-09 → 8 working days × €350 = €2 800.
 * - V-103 (LinkedIn, open): opened Mon 06-02, on 06-13 as H2: 8 working days → €2 800 so far.
 * - Costs: LinkedIn €300, Agency €5 000: cost per hire (300 + 5000) / 2 = €2 650.
 */
const FIXTURE = resolve('fixtures/vacancy-cost');
const ARGS = ['report', 'hires.csv', '--costs', 'costs.csv', '--period', '2025-Q2', '--as-of', '2025-06-13'];

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The fixture's files with another config. */
function withConfig(config: object): string {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-vacancy-cost-'));
  folders.push(folder);
  writeFileSync(join(folder, 'rkpi.config.json'), JSON.stringify(config));
  return folder;
}

async function report(extra: string[] = [], cwd = FIXTURE) {
  const args = cwd === FIXTURE ? ARGS : ARGS.map((arg) => (arg.endsWith('.csv') ? join(FIXTURE, arg) : arg));
  const result = await runCli([...args, ...extra], { cwd });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return result.stdout;
}

const json = async (extra: string[] = [], cwd = FIXTURE) => JSON.parse(await report(['-f', 'json', ...extra], cwd));

// Each test runs the CLI in-process a few times: generous on a busy machine.
describe('cost of vacancy', { timeout: 60_000 }, () => {
  it('prices the working days each vacancy was open, holidays left out', async () => {
    const { kpis, reasons } = await json();
    // 46 + 8 = 54 working days × €350 = €18 900; per hire €9 450
    expect(kpis.costOfVacancy).toEqual({ estimate: true, n: 2, workingDays: 54, total: 18_900, perHire: 9_450 });
    expect(kpis.costPerHire).toBe(2_650);
    expect(kpis.totalCostPerHire).toBe(12_100); // 2 650 + 9 450
    expect(kpis.openVacancyCost).toEqual({
      estimate: true,
      count: 1,
      n: 1,
      total: 2_800,
      vacancies: [{ vacancy: 'V-103', opened: '2025-06-02', workingDays: 8, cost: 2_800, reason: null }],
    });
    expect(reasons.costOfVacancy).toBeUndefined();
  });

  it('counts working days whatever --business-days says', async () => {
    const calendar = await json();
    const business = await json(['--business-days']);
    expect(business.kpis.costOfVacancy).toEqual(calendar.kpis.costOfVacancy);
    // time to fill itself does change: 67 and 11 calendar days, 46 and 8 working days
    expect([calendar.kpis.timeToFill.min, calendar.kpis.timeToFill.max]).toEqual([11, 67]);
    expect([business.kpis.timeToFill.min, business.kpis.timeToFill.max]).toEqual([8, 46]);
  });

  it('shows per channel that the cheap, slow channel costs more in total', async () => {
    const { groups } = await json(['--by', 'channel']);
    const row = (key: string) => groups.rows.find((r: { key: string }) => r.key === key).kpis;
    // LinkedIn: €300 + 46 × €350 = €300 + €16 100 = €16 400; Agency: €5 000 + 8 × €350 = €7 800
    expect(row('LinkedIn')).toMatchObject({ costPerHire: 300, costOfVacancy: { perHire: 16_100 }, totalCostPerHire: 16_400 });
    expect(row('Agency')).toMatchObject({ costPerHire: 5_000, costOfVacancy: { perHire: 2_800 }, totalCostPerHire: 7_800 });
    expect(row('LinkedIn').openVacancyCost.total).toBe(2_800);
  });

  it('spreads a salary multiple over the working days of a year, where a row has a salary', async () => {
    const cwd = withConfig({ holidays: 'nl', vacancyCost: { salaryMultiple: 1.5, workingDaysPerYear: 230 } });
    const { kpis } = await json([], cwd);
    // H1: €46 000 × 1.5 / 230 = €300 a day × 46 = €13 800; H2 has no salary
    expect(kpis.costOfVacancy).toEqual({ estimate: true, n: 1, workingDays: 46, total: 13_800, perHire: 13_800 });
    expect(kpis.totalCostPerHire).toBe(16_450); // 2 650 + 13 800
    // V-103's budget €69 000 × 1.5 / 230 = €450 a day × 8 = €3 600
    expect(kpis.openVacancyCost.vacancies).toEqual([{ vacancy: 'V-103', opened: '2025-06-02', workingDays: 8, cost: 3_600, reason: null }]);
  });

  it('is not computed without vacancyCost, and says why', async () => {
    const { kpis, reasons } = await json([], withConfig({ holidays: 'nl' }));
    expect(kpis.costOfVacancy).toEqual({ estimate: true, n: 0, workingDays: 0, total: null, perHire: null });
    expect(kpis.totalCostPerHire).toBeNull();
    expect(kpis.openVacancyCost.total).toBeNull();
    expect(reasons).toMatchObject({
      costOfVacancy: 'no vacancyCost in the config',
      totalCostPerHire: 'no vacancyCost in the config',
      openVacancyCost: 'no vacancyCost in the config',
    });
    const table = await report([], withConfig({ holidays: 'nl' }));
    // One line for the three figures the one missing setting leaves without a value.
    expect(table).toContain(
      '– Cost of vacancy (estimate); Total cost per hire with cost of vacancy (estimate); Open vacancies, cost so far (estimate): no vacancyCost in the config',
    );
  });

  it('labels every figure an estimate, in every format and in Dutch', async () => {
    for (const format of ['table', 'md', 'html']) {
      const out = await report(['-f', format]);
      expect(out).toContain('Cost of vacancy (estimate)');
      expect(out).toContain('Total cost per hire with cost of vacancy (estimate)');
      expect(out).toContain('Open vacancies on 2025-06-13: cost so far (estimate)');
    }
    const csv = await report(['-f', 'csv']);
    expect(csv).toContain('summary,,costOfVacancy.total,18900,EUR');
    expect(csv).toContain('summary,,totalCostPerHire,12100,EUR');
    expect(csv).toContain('openVacancyCost,,openVacancyCost.V-103.cost,2800,EUR');
    const dutch = (await report(['--lang', 'nl'])).replace(/\u00a0/g, ' '); // Intl puts a no-break space after €
    expect(dutch).toContain('Vacaturekosten tot de aanname (schatting)');
    expect(dutch).toContain('€ 18.900,00');
    expect(dutch).toContain('54 werkdagen open × € 350,00 per werkdag');
  });

  it('dates the cost of the open vacancies on the day they are counted open, the end of a period before the as-of date', async () => {
    // as of 07-31, the period 2025-Q2 ends 06-30: V-103 is counted open on 06-30. Working days after
    // Mon 06-02 up to 06-30: 4 + 5 + 5 + 5 + 1 = 20, less Tweede Pinksterdag 06-09 = 19 × €350 = €6 650.
    const args = ['report', 'hires.csv', '--costs', 'costs.csv', '--period', '2025-Q2', '--as-of', '2025-07-31'];
    const result = await runCli(args, { cwd: FIXTURE });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Open vacancies on 2025-06-30: cost so far (estimate)');
    expect(result.stdout).not.toContain('Open vacancies on 2025-07-31');
    expect(result.stdout).toMatch(/V-103 +│ 2025-06-02 +│ +19 │ +€6,650\.00/);
  });

  it('is compared with lower as better', async () => {
    const args = ['compare', '--baseline', '2025-Q2', '--current', '2025-Q2', 'hires.csv', '--costs', 'costs.csv', '--as-of', '2025-06-13', '-f', 'json'];
    const result = await runCli(args, { cwd: FIXTURE });
    expect(result.exitCode).toBe(0);
    const metrics = JSON.parse(result.stdout).metrics;
    const metric = (key: string) => metrics.find((m: { key: string }) => m.key === key);
    expect(metric('costOfVacancy.perHire')).toMatchObject({ polarity: 'lower', baseline: 9_450, current: 9_450, verdict: 'unchanged' });
    expect(metric('totalCostPerHire')).toMatchObject({ polarity: 'lower', baseline: 12_100, current: 12_100 });
  });
});
