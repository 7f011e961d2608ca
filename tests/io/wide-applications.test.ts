import { describe, expect, it } from 'vitest';
import { StepsBuffer } from '../../src/core/process/steps-buffer.js';
import { applicationsOf } from '../../src/io/applications.js';
import { formatProblem } from '../../src/io/problem.js';
import type { RecordSettings } from '../../src/io/record-schemas.js';
import { statusMap } from '../../src/io/statuses.js';
import { day } from '../builders.js';
import { asArrays, plain, RECORD_SETTINGS, readText } from './helpers.js';

const HEADER =
  'sollicitatie_id;kandidaat_id;afdeling;kanaal;vacature_geopend;sollicitatiedatum;cv_selectie;eerste_gesprek;' +
  'terugkoppeling;aanbod_gedaan;aangenomen;aanbod_afgewezen;afgewezen;teruggetrokken;status';

const ORDER_HINT =
  'check the dates of this row; they must follow applied ≤ screened ≤ interview ≤ feedback ≤ offer ≤ hired or declined, ' +
  'and rejected and withdrawn not before applied';

async function applications(rows: readonly string[], settings: Partial<RecordSettings> = {}, header = HEADER) {
  const table = await readText('applications', [header, ...rows].join('\n'));
  return asArrays(applicationsOf(table, { ...RECORD_SETTINGS, ...settings }));
}

const at = (iso: string, minute: number | null = null) => ({ day: day(iso), minute });

describe('applicationsOf, one row per application', () => {
  it('reads a row into an application, keeping the time of each step', async () => {
    const { records, problems } = await applications([
      'A1;K1;Zorg;LinkedIn;06-01-2025;20-01-2025 09:15;21-01-2025 10:00;28-01-2025 14:00;29-01-2025 11:30;10-02-2025;14-02-2025 16:45;;;;Aangenomen',
    ]);
    expect(problems).toEqual([]);
    expect(records.map(plain)).toEqual([
      {
        line: 2,
        applicationId: 'A1',
        candidateId: 'K1',
        applied: at('2025-01-20', 9 * 60 + 15),
        screened: at('2025-01-21', 10 * 60),
        interview: at('2025-01-28', 14 * 60),
        feedback: at('2025-01-29', 11 * 60 + 30),
        offer: at('2025-02-10'),
        hired: at('2025-02-14', 16 * 60 + 45),
        declined: null,
        rejected: null,
        withdrawn: null,
        status: 'hired',
        vacancyOpened: day('2025-01-06'),
        dims: new Map([['department', 'Zorg'], ['channel', 'LinkedIn']]),
      },
    ]);
  });

  it('accepts skipped steps, an active application and an outcome known only from its status', async () => {
    const { records, problems } = await applications([
      'A1;;;;;20-01-2025;;28-01-2025;;;14-02-2025;;;;',
      'A2;;;;;21-01-2025;;;;;;;;;In behandeling',
      'A3;;;;;22-01-2025;;;;;;;;;Afgewezen',
    ]);
    expect(problems).toEqual([]);
    expect(records.map((a) => [a.applicationId, a.screened, a.interview?.day, a.hired?.day, a.rejected, a.status])).toEqual([
      ['A1', null, day('2025-01-28'), day('2025-02-14'), null, null],
      ['A2', null, undefined, undefined, null, 'active'],
      ['A3', null, undefined, undefined, null, 'rejected'],
    ]);
  });

  it('maps status words by the config, which wins over the built-in words', async () => {
    const statuses = statusMap({ withdrawn: ['Kandidaat trekt zich terug'], rejected: ['Declined'] });
    const { records, problems } = await applications(
      ['A1;;;;;20-01-2025;;;;;;;;;kandidaat  trekt zich TERUG', 'A2;;;;;20-01-2025;;;;;;;;;Declined', 'A3;;;;;20-01-2025;;;;;;;;;declined'],
      { statuses },
    );
    expect(problems).toEqual([]);
    expect(records.map((a) => a.status)).toEqual(['withdrawn', 'rejected', 'rejected']);
  });

  it('rejects every row with a status it does not know, and names all such words once in the hint', async () => {
    const { records, problems } = await applications([
      'A1;;;;;20-01-2025;;;;;;;;;Parked',
      'A2;;;;;20-01-2025;;;;;;;;;Archived',
      'A3;;;;;20-01-2025;;;;;;;;;Parked',
      'A4;;;;;20-01-2025;;;;;;;;;Hired',
    ]);
    expect(records.map((a) => a.applicationId)).toEqual(['A4']);
    const hint =
      'add every one to "statuses" in rkpi.config.json under what it means: ' +
      '{"statuses": {"<active|hired|rejected|withdrawn|declined>": ["Parked", "Archived"]}}';
    expect(problems).toEqual([2, 3, 4].map((line) => ({
      file: 'test.csv',
      line,
      column: 'status',
      value: line === 3 ? 'Archived' : 'Parked',
      reason: 'not a status rkpi knows',
      hint,
    })));
  });

  it('rejects a step before the one it follows, naming the later step, the column as written and the value', async () => {
    const { records, problems } = await applications(['A1;;;;;20-01-2025;25-01-2025;22-01-2025 10:00;;;;;;;']);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'eerste_gesprek',
        value: '2025-01-22 10:00',
        reason: 'the interview 2025-01-22 10:00 is before the screening 2025-01-25',
        hint: ORDER_HINT,
      },
    ]);
    expect(formatProblem(problems[0]!)).toBe(
      'test.csv:2: column "eerste_gesprek": the interview 2025-01-22 10:00 is before the screening 2025-01-25 (value: "2025-01-22 10:00")',
    );
  });

  it('compares a step with the latest step before it, also across a skipped one', async () => {
    const { problems } = await applications(['A1;;;;;20-01-2025;;28-01-2025;;;27-01-2025;;;;']);
    expect(problems.map((p) => p.reason)).toEqual(['the hire 2025-01-27 is before the interview 2025-01-28']);
  });

  it('compares times on the same day, and a date without a time with nothing on its day', async () => {
    const { records, problems } = await applications([
      'A1;;;;;20-01-2025;;28-01-2025 10:00;28-01-2025 09:00;;;;;;',
      'A2;;;;;20-01-2025;;28-01-2025 10:00;28-01-2025;;;;;;',
      'A3;;;;;20-01-2025;;28-01-2025 10:00;28-01-2025 10:00;;;;;;',
    ]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([[2, 'the feedback 2025-01-28 09:00 is before the interview 2025-01-28 10:00']]);
    expect(records.map((a) => a.applicationId)).toEqual(['A2', 'A3']);
  });

  it('rejects a rejection or withdrawal before the application, and a hire before the vacancy opened', async () => {
    const { problems } = await applications([
      'A1;;;;;20-01-2025;;;;;;;19-01-2025;;',
      'A2;;;;;20-01-2025;;;;;;;;18-01-2025;',
      'A3;;;;01-02-2025;20-01-2025;;;;;25-01-2025;;;;',
    ]);
    expect(problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, 'afgewezen', 'the rejection 2025-01-19 is before the application 2025-01-20'],
      [3, 'teruggetrokken', 'the withdrawal 2025-01-18 is before the application 2025-01-20'],
      [4, 'aangenomen', 'the hire 2025-01-25 is before the vacancy opening 2025-02-01'],
    ]);
  });

  it('rejects a second closing date', async () => {
    const { problems } = await applications(['A1;;;;;20-01-2025;;;;;;;25-01-2025;26-01-2025;']);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'teruggetrokken',
        value: '2025-01-26',
        reason: 'a withdrawn date 2025-01-26 besides the rejected date 2025-01-25',
        hint: 'an application ends once: keep one of hired, declined, rejected and withdrawn per row',
      },
    ]);
  });

  it('rejects a status that contradicts the closing date, showing the status as written', async () => {
    const { problems } = await applications(['A1;;;;;20-01-2025;;;;;;;25-01-2025;;Aangenomen', 'A2;;;;;20-01-2025;;;;;;;25-01-2025;;In behandeling']);
    expect(problems.map(formatProblem)).toEqual([
      'test.csv:2: column "status": the status says hired, but the row has a rejected date 2025-01-25 (value: "Aangenomen")',
      'test.csv:3: column "status": the status says active, but the row has a rejected date 2025-01-25 (value: "In behandeling")',
    ]);
  });

  it('rejects an application without its applied date', async () => {
    const { problems } = await applications(['A1;;;;;;;;;;;;25-01-2025;;']);
    expect(problems.map(formatProblem)).toEqual(['test.csv:2: column "sollicitatiedatum": a required value is empty']);
  });

  it('rejects the repeats of an application id, keeping the first', async () => {
    const { records, problems } = await applications(['A1;;;;;20-01-2025;;;;;;;;;', 'A2;;;;;20-01-2025;;;;;;;;;', 'A1;;;;;21-01-2025;;;;;;;;;']);
    expect(records.map((a) => a.line)).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 4,
        column: 'sollicitatie_id',
        value: 'A1',
        reason: 'duplicate application id (first on line 2)',
        hint: 'give every application its own id, or remove the repeated row',
      },
    ]);
  });

  it('writes the dates and status of each application into a steps buffer as its fields give them', async () => {
    const { records } = await applications([
      'A1;K1;Zorg;LinkedIn;06-01-2025;20-01-2025 09:15;21-01-2025 10:00;28-01-2025 14:00;29-01-2025 11:30;10-02-2025;14-02-2025 16:45;;;;Aangenomen',
      'A2;K2;Zorg;Indeed;;22-01-2025;;;;;;;24-01-2025 08:00;;',
      'A3;K3;Zorg;Indeed;;23-01-2025 12:00;;;;;;;;;Actief',
    ]);
    const buffer = new StepsBuffer();
    const fields = ['applied', 'screened', 'interview', 'feedback', 'offer', 'hired', 'declined', 'rejected', 'withdrawn', 'status'] as const;
    for (const record of records) {
      const steps = buffer.read(record);
      // Copied out at once: the buffer's Moments are refilled by the next read.
      const written = Object.fromEntries(fields.map((field) => [field, steps[field] === null ? null : structuredClone(steps[field])]));
      expect(written).toEqual(Object.fromEntries(fields.map((field) => [field, record[field]])));
    }
  });
});
