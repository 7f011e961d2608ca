import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURE = resolve('fixtures/holidays-nl');
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Time to fill of fixtures/holidays-nl in working days, under the given config (the fixture's own when null). */
async function workingDaysToFill(config: object | null): Promise<number> {
  const args = ['report', join(FIXTURE, 'hires.csv'), '--business-days', '-f', 'json'];
  let cwd = FIXTURE;
  if (config !== null) {
    cwd = mkdtempSync(join(tmpdir(), 'rkpi-holidays-'));
    folders.push(cwd);
    writeFileSync(join(cwd, 'rkpi.config.json'), JSON.stringify(config));
  }
  const result = await runCli(args, { cwd });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout).kpis.timeToFill.median;
}

// H1: vacancy opened Thu 2025-04-17, offer accepted Fri 2025-05-09. The weekdays after the 17th up
// to and including the 9th: Fri 04-18; 04-21 … 04-25 (5); 04-28 … 05-02 (5); 05-05 … 05-09 (5) = 16.
// Dutch holidays among them: Goede Vrijdag 04-18, Tweede Paasdag 04-21, Bevrijdingsdag 05-05 (2025
// is a lustrum year); Koningsdag is Saturday 04-26 (the 27th is a Sunday), no working day anyway.
describe('holidays "nl" with --business-days', { timeout: 60_000 }, () => {
  it('leaves out the Dutch holidays: 16 − 3 = 13 working days', async () => {
    expect(await workingDaysToFill(null)).toBe(13);
  });

  it('counts every weekday without holidays: 16', async () => {
    expect(await workingDaysToFill({})).toBe(16);
  });

  it("follows the CAO: Goede Vrijdag worked (14), Bevrijdingsdag never off (14), both (15)", async () => {
    expect(await workingDaysToFill({ holidays: 'nl', holidayOptions: { goodFriday: false } })).toBe(14);
    expect(await workingDaysToFill({ holidays: 'nl', holidayOptions: { liberationDay: 'never' } })).toBe(14);
    expect(await workingDaysToFill({ holidays: 'nl', holidayOptions: { goodFriday: false, liberationDay: 'never' } })).toBe(15);
  });

  it('adds listed dates to the Dutch ones: ["nl", "2025-05-02"] gives 12', async () => {
    // Friday 2 May 2025: a bridge day the organisation gives off.
    expect(await workingDaysToFill({ holidays: ['nl', '2025-05-02'] })).toBe(12);
  });

  it('records the public holidays and the number of listed dates in the settings', async () => {
    const result = await runCli(['report', 'hires.csv', '-f', 'json'], { cwd: FIXTURE });
    const { settings } = JSON.parse(result.stdout);
    expect(settings.holidays).toBe(0);
    expect(settings.publicHolidays).toEqual({ calendar: 'nl', goodFriday: true, liberationDay: 'lustrum' });
  });
});
