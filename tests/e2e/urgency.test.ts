import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const EXPECTED = 'fixtures/demo/expected';
/** The end of the demo data, so the page does not move with the clock. */
const AS_OF = ['--as-of', '2025-12-31'];

describe('rkpi urgency on the demo data', () => {
  for (const [format, extension] of [['table', 'txt'], ['json', 'json'], ['md', 'md'], ['html', 'html']] as const) {
    it(`prints the stored page of everyone in ${format}`, async () => {
      const result = await runCli(['urgency', '--demo', ...AS_OF, '-f', format]);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      expectGolden(result.stdout, `${EXPECTED}/urgency.${extension}`);
    }, 30_000);
  }

  it('prints the stored page of the slow hiring manager, in English and in Dutch', async () => {
    for (const [lang, name] of [['en', 'urgency-willem.txt'], ['nl', 'urgency-willem.nl.txt']] as const) {
      const result = await runCli(['urgency', '--demo', ...AS_OF, '--manager', 'Willem van den Berg', '--lang', lang]);
      expect(result.exitCode, result.stderr).toBe(0);
      expectGolden(result.stdout, `${EXPECTED}/${name}`);
    }
  }, 30_000);

  it('tells the slow manager every one of his waiting candidates is over the agreement, and a fast one that nobody waits', async () => {
    const page = async (manager: string) => JSON.parse((await runCli(['urgency', '--demo', ...AS_OF, '--manager', manager, '-f', 'json'])).stdout);
    const willem = await page('Willem van den Berg');
    expect(willem.waitingForFeedback.count).toBeGreaterThan(2);
    expect(willem.waitingForFeedback.overdue).toBe(willem.waitingForFeedback.count);
    expect(willem.feedbackTime.withinAgreement.value).toBeLessThan(0.1);
    const anouk = await page('Anouk Bakker');
    expect(anouk.waitingForFeedback.count).toBe(0);
    expect(anouk.feedbackTime.withinAgreement.value).toBe(1);
    // availability and drop-out are the organisation's, the same on every page
    expect(anouk.availability).toEqual(willem.availability);
    expect(anouk.dropOut).toEqual(willem.dropOut);
  }, 30_000);

  it('shows that candidates who once waited long withdrew more often than those who never waited long', async () => {
    const doc = JSON.parse((await runCli(['urgency', '--demo', ...AS_OF, '-f', 'json'])).stdout);
    const shares: number[] = doc.dropOut.buckets.map((bucket: { share: number }) => bucket.share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect((shares.at(-1) ?? 0) / (shares[0] ?? 1)).toBeGreaterThan(5);
  }, 30_000);

  it('defaults the period to the twelve months up to the as-of date, and takes --period instead', async () => {
    const json = (args: readonly string[]) => runCli(['urgency', '--demo', ...args, '-f', 'json']).then((r) => JSON.parse(r.stdout));
    expect((await json(['--as-of', '2025-06-30'])).period).toEqual({ label: '2024-07-01..2025-06-30', start: '2024-07-01', end: '2025-06-30' });
    expect((await json([...AS_OF, '--period', '2025-H2'])).period.label).toBe('2025-H2');
  }, 30_000);
});

describe('rkpi urgency and the privacy of candidates', () => {
  const NAMES = ['Jan Jansen', 'Fatma Kaya', 'Pieter de Wit', 'Sanne Smit', 'example.nl'];

  it('names candidates by application id only, even when the file has their names, in every format', async () => {
    for (const format of ['table', 'json', 'md', 'html']) {
      for (const page of [[], ['--manager', 'Rob Mulder'], ['--vacancy', 'VAC-2']]) {
        const result = await runCli(['urgency', '--applications', 'applications.csv', ...AS_OF, '-f', format, ...page], { cwd: 'fixtures/urgency-names' });
        expect(result.exitCode, result.stderr).toBe(0);
        for (const name of NAMES) expect(result.stdout).not.toContain(name);
      }
    }
    const waiting = JSON.parse((await runCli(['urgency', '--applications', 'applications.csv', ...AS_OF, '-f', 'json'], { cwd: 'fixtures/urgency-names' })).stdout);
    expect(waiting.waitingForFeedback.candidates.map((c: { application: string }) => c.application)).toEqual(['A-101', 'A-102']);
  }, 60_000);
});

describe('rkpi urgency refuses what it cannot show', () => {
  it('needs an applications file', async () => {
    const result = await runCli(['urgency', 'hires.csv'], { cwd: 'fixtures/demo' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^rkpi: rkpi urgency needs an applications file/);
  });

  it('makes one page: a manager or a vacancy, not both', async () => {
    const result = await runCli(['urgency', '--demo', '--manager', 'Rob Mulder', '--vacancy', 'VAC-1']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--manager and --vacancy each make a page of their own/);
  });

  it('writes no CSV', async () => {
    const result = await runCli(['urgency', '--demo', '-o', 'page.csv']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/rkpi urgency writes a page, not csv/);
  });
});
