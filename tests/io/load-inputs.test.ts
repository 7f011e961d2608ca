import { describe, expect, it } from 'vitest';
import { type InputSettings, loadInputs } from '../../src/io/load-inputs.js';
import type { OpenedInput } from '../../src/io/open-input.js';
import { DUTCH_SETTINGS, RECORD_SETTINGS } from './helpers.js';

const SETTINGS: InputSettings = { table: DUTCH_SETTINGS, record: { ...RECORD_SETTINGS, rates: { recruiter: 4500 } } };

async function* once(text: string): AsyncGenerator<Buffer> {
  yield Buffer.from(text, 'utf8');
}

const input = (fileName: string, text: string): OpenedInput => ({ fileName, chunks: once(text) });

const HIRES = [
  'id;geopend;aanbod_geaccepteerd',
  'H1;2025-01-06;2025-02-03', // accepted
  'H2;2025-02-01;2025-01-15', // rejected: offer before opening
  'H1;2025-01-07;2025-02-04', // rejected: duplicate id
  'H3;31-02-2025;', // rejected: impossible date
  'H4;2025-03-01;', // accepted: open vacancy
].join('\n');

const COSTS = [
  'datum;bedrag;valuta',
  '2025-01-10;1.500,00;EUR', // accepted
  '2025-01-11;$ 20;', // rejected: another currency
  '2025-01-12;-20,00;', // accepted: a credit note
].join('\n');

const HOURS = [
  'datum;uren;rol',
  '2025-01-10;2;recruiter', // accepted
  '2025-01-10;2;interviewer', // rejected: no rate
  '2025-01-10;2', // rejected: ragged
].join('\n');

describe('loadInputs', () => {
  it('counts every row of each file as accepted or rejected', async () => {
    const loaded = await loadInputs(
      { hires: input('hires.csv', HIRES), costs: input('kosten.csv', COSTS), hours: input('uren.csv', HOURS) },
      SETTINGS,
    );
    expect(loaded.inputs.hires).toMatchObject({ file: 'hires.csv', rows: 5, accepted: 2, rejected: 3 });
    expect(loaded.inputs.costs).toMatchObject({ file: 'kosten.csv', rows: 3, accepted: 2, rejected: 1 });
    expect(loaded.inputs.hours).toMatchObject({ file: 'uren.csv', rows: 3, accepted: 1, rejected: 2 });
    for (const summary of Object.values(loaded.inputs)) expect(summary.accepted + summary.rejected).toBe(summary.rows);
  });

  it('returns the records and every problem in file order', async () => {
    const loaded = await loadInputs(
      { hires: input('hires.csv', HIRES), costs: input('kosten.csv', COSTS), hours: input('uren.csv', HOURS) },
      SETTINGS,
    );
    expect([...loaded.records.hires].map((hire) => hire.hireId)).toEqual(['H1', 'H4']);
    expect([...(loaded.records.costs ?? [])].map((cost) => cost.amount)).toEqual([150000, -2000]);
    expect([...(loaded.records.hours ?? [])].map((entry) => entry.rate)).toEqual([4500]);
    expect(loaded.problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      'hires.csv:3',
      'hires.csv:4',
      'hires.csv:5',
      'kosten.csv:3',
      'uren.csv:3',
      'uren.csv:4',
    ]);
  });

  it('gives a SHA-256 of each file', async () => {
    const loaded = await loadInputs({ costs: input('kosten.csv', COSTS), hires: input('hires.csv', HIRES) }, SETTINGS);
    expect(loaded.inputs.costs?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.inputs.costs?.sha256).not.toBe(loaded.inputs.hires?.sha256);
  });

  it('reads only the files it is given; one that is not given is null, not empty', async () => {
    const loaded = await loadInputs({ hires: input('hires.csv', HIRES) }, SETTINGS);
    expect(Object.keys(loaded.inputs)).toEqual(['hires']);
    expect(loaded.records.costs).toBeNull();
    expect(loaded.records.hours).toBeNull();
  });

  it("applies each file's columns mapping to that file only", async () => {
    const hires = 'id;Requisitie goedgekeurd;aangenomen\nH1;2025-01-06;\n';
    const costs = 'Requisitie goedgekeurd;datum;bedrag\nx;2025-01-10;5\n';
    const loaded = await loadInputs(
      { hires: input('hires.csv', hires), costs: input('kosten.csv', costs) },
      { ...SETTINGS, table: { ...DUTCH_SETTINGS, columns: { hires: { vacancy_opened: 'Requisitie goedgekeurd' } } } },
    );
    expect([...loaded.records.hires].map((hire) => hire.line)).toEqual([2]);
    expect(new Map([...(loaded.records.costs ?? [])][0]?.dims)).toEqual(new Map([['requisitie_goedgekeurd', 'x']]));
  });

  it('collects the notices of every file', async () => {
    const hires = 'id;geopend;startdatum\nH1;03-04-2025;2025-05-01\n';
    const costs = 'datum;bedrag\n2025-01-10;1.250\n';
    const loaded = await loadInputs({ hires: input('hires.csv', hires), costs: input('kosten.csv', costs) }, SETTINGS);
    expect(loaded.notices).toEqual([
      'hires.csv: column "geopend": every value is ambiguous, read as day-first (DD-MM-YYYY); set --date-format if that is wrong',
      'kosten.csv: column "bedrag": every value is ambiguous, read as written with a decimal comma (1.234,56); set --decimal if that is wrong',
      'hires.csv: no offer_accepted column: a hire counts in the period of its start_date (column "startdatum")',
    ]);
  });

  it('says which columns the hires file has, for the KPIs whose columns are absent', async () => {
    const loaded = await loadInputs({ hires: input('hires.csv', 'id;startdatum;uit_dienst\nH1;2025-05-01;\n') }, SETTINGS);
    expect(loaded.records.hireColumns).toEqual(new Set(['start_date', 'left_date']));
  });
});
