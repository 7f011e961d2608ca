import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT_MS, ROOT, runBuilt } from './processes.js';
import { runCli } from './run-cli.js';

const CASES = join(ROOT, 'fixtures/errors');
const folders: string[] = [];

/** A copy of an error case's folder with a config that sets `lang`. */
function caseWithLang(name: string, lang: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-lang-'));
  folders.push(folder);
  cpSync(join(CASES, name), folder, { recursive: true });
  writeFileSync(join(folder, 'rkpi.config.json'), JSON.stringify({ lang }));
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the language of the messages', () => {
  it('is Dutch with --lang nl, for an error in the command line itself', async () => {
    const result = await runCli(['report', 'hires.csv', '--lang', 'nl', '--perod', '2025'], { cwd: join(CASES, 'unknown-flag') });
    expect(result.stderr).toBe("rkpi: onbekende optie '--perod'\n(Bedoelde je --period?)\ntip: zie rkpi report --help\n");
  });

  it('is Dutch with --lang=nl, and English with --lang en whatever LANG says', async () => {
    const dutch = await runCli(['report', 'hires.csv', '--lang=nl'], { cwd: join(CASES, 'empty-file') });
    expect(dutch.stderr).toBe('rkpi: hires.csv is leeg: er is een kopregel nodig\ntip: exporteer de gegevens opnieuw, met de kolomnamen\n');
    const english = await runCli(['report', 'hires.csv', '--lang', 'en'], { cwd: join(CASES, 'empty-file'), env: { LANG: 'nl_NL.UTF-8' } });
    expect(english.stderr).toBe('rkpi: hires.csv is empty: a header row is needed\nhint: export the data again with its column names\n');
  });

  it("follows LC_ALL before LANG, as the environment's language", async () => {
    const result = await runCli(['report', 'hires.csv'], { cwd: join(CASES, 'empty-file'), env: { LC_ALL: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8' } });
    expect(result.stderr).toBe('rkpi: hires.csv is empty: a header row is needed\nhint: export the data again with its column names\n');
  });

  it("is the config's lang once the config is read", async () => {
    const result = await runCli(['report', 'hires.csv'], { cwd: caseWithLang('empty-file', 'nl') });
    expect(result.stderr).toBe('rkpi: hires.csv is leeg: er is een kopregel nodig\ntip: exporteer de gegevens opnieuw, met de kolomnamen\n');
  });

  it("is the command line's and the environment's before the config is read", async () => {
    const result = await runCli(['report', 'hires.csv', '--perod', '2025'], { cwd: caseWithLang('unknown-flag', 'nl') });
    expect(result.stderr).toBe("rkpi: unknown option '--perod'\n(Did you mean --period?)\nhint: see rkpi report --help\n");
  });

  it("is the config's lang for the report's warnings too, and a flag beats the config", async () => {
    const dutch = await runCli(['report', '--demo', '--lang', 'nl', '-f', 'json']);
    expect(dutch.stderr).toBe('waarschuwing: demo/costs.csv:181: negatief bedrag (creditnota) van -612.40 meegeteld\n');
    const english = await runCli(['report', 'hires.csv', '--lang', 'en'], { cwd: caseWithLang('empty-file', 'nl') });
    expect(english.stderr).toBe('rkpi: hires.csv is empty: a header row is needed\nhint: export the data again with its column names\n');
  });

  it(
    'reaches the terminal through the built program',
    async () => {
      const result = await runBuilt(['report', 'nothere.csv'], { cwd: join(CASES, 'missing-file'), env: { LANG: 'nl_NL.UTF-8' } });
      expect(result.stderr).toBe('rkpi: aannamebestand: bestand niet gevonden: nothere.csv\ntip: controleer het pad; een relatief pad begint in de huidige map\n');
    },
    PROCESS_TIMEOUT_MS,
  );
});
