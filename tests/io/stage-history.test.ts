import { describe, expect, it } from 'vitest';
import { applicationsOf } from '../../src/io/applications.js';
import { summary } from '../../src/io/load-inputs.js';
import { formatProblem } from '../../src/io/problem.js';
import type { RecordSettings } from '../../src/io/record-schemas.js';
import { stageMap } from '../../src/io/stage-names.js';
import { day } from '../builders.js';
import { plain, RECORD_SETTINGS, readText } from './helpers.js';

const HEADER = 'application_id,candidate_id,department,stage,entered,left';

async function fold(rows: readonly string[], settings: Partial<RecordSettings> = {}) {
  const table = await readText('applications', [HEADER, ...rows].join('\n'), { dateOrder: 'dmy' });
  const validated = applicationsOf(table, { ...RECORD_SETTINGS, ...settings });
  return { table, validated, records: [...validated.records], problems: validated.problems };
}

const at = (iso: string, minute: number | null = null) => ({ day: day(iso), minute });

describe('applicationsOf, a stage history', () => {
  it('is read as a stage history when its header has stage and entered', async () => {
    const { table } = await fold(['A1,,,applied,2025-01-20 09:00,']);
    expect(table.kind).toBe('stageHistory');
  });

  it('folds the rows of each application into one record: the earliest entry of each stage, feedback the row after the first interview', async () => {
    const { records, problems } = await fold([
      'A1,K1,Zorg,Applied,2025-01-20 09:15,',
      'A2,K2,,Applied,2025-01-21 08:00,',
      'A1,,,Screening,2025-01-21 10:00,',
      'A1,,ICT,First interview,2025-01-28 14:00,',
      'A1,,,Second interview,2025-01-29 11:30,',
      'A1,,,Second interview,2025-02-03 09:00,',
      'A1,,,Offer,2025-02-10 16:00,',
      'A1,,,Hired,2025-02-14 09:00,',
      'A2,,,Rejected,2025-01-22 10:00,',
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
        offer: at('2025-02-10', 16 * 60),
        hired: at('2025-02-14', 9 * 60),
        declined: null,
        rejected: null,
        withdrawn: null,
        status: null,
        vacancyOpened: null,
        dims: new Map([['department', 'Zorg']]),
      },
      {
        line: 3,
        applicationId: 'A2',
        candidateId: 'K2',
        applied: at('2025-01-21', 8 * 60),
        screened: null,
        interview: null,
        feedback: null,
        offer: null,
        hired: null,
        declined: null,
        rejected: at('2025-01-22', 10 * 60),
        withdrawn: null,
        status: null,
        vacancyOpened: null,
        dims: new Map(),
      },
    ]);
  });

  it('orders the rows by entered, not by the file, and takes as feedback whatever comes after the first interview', async () => {
    const { records, problems } = await fold([
      'A1,,,Rejected,2025-02-03 15:00,',
      'A1,,,Interview,2025-01-30 10:00,',
      'A1,,,Applied,2025-01-22 20:40,',
      'A1,,,Interview,2025-01-29 10:00,',
    ]);
    expect(problems).toEqual([]);
    // The first interview is 29-01; the row after it in time is the interview of 30-01.
    expect(records.map((a) => [a.line, a.interview, a.feedback, a.rejected])).toEqual([
      [2, at('2025-01-29', 600), at('2025-01-30', 600), at('2025-02-03', 900)],
    ]);
  });

  it('takes a feedback at the same moment as the interview when the next row has that moment', async () => {
    const { records } = await fold(['A1,,,Applied,2025-01-20,', 'A1,,,Interview,2025-01-28 14:00,', 'A1,,,Rejected,2025-01-28 14:00,']);
    expect(records[0]?.feedback).toEqual(at('2025-01-28', 14 * 60));
  });

  it('dates applied by the earliest row when no row is mapped onto applied', async () => {
    const { records } = await fold(['A1,,,Screening,2025-01-21 10:00,', 'A1,,,Rejected,2025-01-22 10:00,']);
    expect(records.map((a) => [a.applied, a.screened])).toEqual([[at('2025-01-21', 600), at('2025-01-21', 600)]]);
  });

  it('reads the organisation\'s stage names with the config\'s stages', async () => {
    const stages = stageMap({ screening: ['CV-check'], interview: ['Kennismaking', 'Assessment'], hired: ['Contract getekend'] });
    const { records, problems } = await fold(
      ['A1,,,Nieuw,2025-01-20,', 'A1,,,cv-check,2025-01-21,', 'A1,,,Kennismaking,2025-01-28,', 'A1,,,Assessment,2025-02-01,', 'A1,,,Contract getekend,2025-02-14,'],
      { stages },
    );
    expect(problems).toEqual([]);
    expect(records.map((a) => [a.screened?.day, a.interview?.day, a.feedback?.day, a.hired?.day])).toEqual([
      [day('2025-01-21'), day('2025-01-28'), day('2025-02-01'), day('2025-02-14')],
    ]);
  });

  it('rejects the rows of a stage it does not know, names every such stage in the hint, and rejects the rest of their applications', async () => {
    const { table, validated, records, problems } = await fold([
      'A1,,,Applied,2025-01-20,',
      'A1,,,Assessment,2025-01-25,',
      'A2,,,Applied,2025-01-20,',
      'A2,,,Interview,2025-01-28,',
      'A3,,,Applied,2025-01-20,',
      'A3,,,Reference check,2025-01-29,',
      'A3,,,Assessment,2025-01-30,',
    ]);
    expect(records.map((a) => a.applicationId)).toEqual(['A2']);
    const hint =
      'add every one to "stages" in rkpi.config.json under what it means: ' +
      '{"stages": {"<applied|screening|interview|offer|hired|declined|rejected|withdrawn>": ["Assessment", "Reference check"]}}';
    expect(problems.map(formatProblem)).toEqual([
      'test.csv:2: rejected with the rest of application "A1" (see line 3)',
      'test.csv:3: column "stage": not a stage rkpi knows (value: "Assessment")',
      'test.csv:6: rejected with the rest of application "A3" (see line 7)',
      'test.csv:7: column "stage": not a stage rkpi knows (value: "Reference check")',
      'test.csv:8: column "stage": not a stage rkpi knows (value: "Assessment")',
    ]);
    expect(new Set(problems.map((p) => p.hint))).toEqual(new Set([undefined, hint]));
    // 7 rows: the 2 of A2 are accepted, the other 5 rejected.
    expect(summary(table, validated)).toMatchObject({ rows: 7, accepted: 2, rejected: 5 });
  });

  it('rejects a row left before it was entered, and a row without an application id, stage or entered', async () => {
    const { records, problems } = await fold([
      'A1,,,Applied,2025-01-20 10:00,2025-01-20 09:00',
      ',,,Applied,2025-01-20,',
      'A3,,,,2025-01-20,',
      'A4,,,Applied,,',
    ]);
    expect(records).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'test.csv:2: column "left": left 2025-01-20 09:00, before it was entered 2025-01-20 10:00 (value: "2025-01-20 09:00")',
      'test.csv:3: column "application_id": a required value is empty',
      'test.csv:4: column "stage": a required value is empty',
      'test.csv:5: column "entered": a required value is empty',
    ]);
  });

  it('checks the folded application and shows a problem at the row its date came from', async () => {
    const { records, problems } = await fold([
      'A1,,,Applied,2025-01-20,',
      'A1,,,Offer,2025-01-25,',
      'A1,,,Interview,2025-01-28,',
      'A1,,,Rejected,2025-01-29,',
      'A1,,,Withdrawn,2025-01-30,',
    ]);
    expect(records).toEqual([]);
    // The feedback is the rejection (the row after the interview); the offer of 25-01 comes before both.
    expect(problems.map(formatProblem)).toEqual([
      'test.csv:2: rejected with the rest of application "A1" (see line 3)',
      'test.csv:3: column "entered": the offer 2025-01-25 is before the feedback 2025-01-29 (value: "2025-01-25")',
      'test.csv:4: rejected with the rest of application "A1" (see line 3)',
      'test.csv:5: rejected with the rest of application "A1" (see line 3)',
      'test.csv:6: column "entered": a withdrawn date 2025-01-30 besides the rejected date 2025-01-29 (value: "2025-01-30")',
    ]);
  });
});

describe('the two shapes of the applications file', () => {
  const WIDE = [
    'application_id,candidate_id,department,vacancy_opened,applied,screened,interview,feedback,offer,hired,declined,rejected,withdrawn',
    'A1,K1,Zorg,2025-01-06,2025-01-20 09:15,2025-01-21 10:00,2025-01-28 14:00,2025-01-29 11:30,2025-02-10 16:00,2025-02-14 09:00,,,',
    'A2,K2,Zorg,2025-01-06,2025-01-21 08:00,,,,,,,2025-01-22 10:00,',
    'A3,K1,ICT,2025-02-01,2025-02-03,2025-02-05,2025-02-10,2025-02-13,2025-02-20,,2025-02-24,,',
    'A4,K3,ICT,2025-02-01,2025-02-04 23:59,2025-02-10 08:00,,,,,,,2025-02-12 12:00',
    'A5,K4,ICT,2025-02-01,2025-02-05 12:00,2025-02-06 12:00,2025-02-07 12:00,,,,,,',
  ].join('\n');
  const LONG = [
    'application_id,candidate_id,department,vacancy_opened,stage,entered',
    'A1,K1,Zorg,2025-01-06,Applied,2025-01-20 09:15',
    'A2,K2,Zorg,2025-01-06,Applied,2025-01-21 08:00',
    'A1,K1,Zorg,2025-01-06,Screening,2025-01-21 10:00',
    'A2,K2,Zorg,2025-01-06,Rejected,2025-01-22 10:00',
    'A1,K1,Zorg,2025-01-06,First interview,2025-01-28 14:00',
    'A1,K1,Zorg,2025-01-06,Second interview,2025-01-29 11:30',
    'A3,K1,ICT,2025-02-01,Applied,2025-02-03',
    'A4,K3,ICT,2025-02-01,Applied,2025-02-04 23:59',
    'A3,K1,ICT,2025-02-01,Screening,2025-02-05',
    'A5,K4,ICT,2025-02-01,Applied,2025-02-05 12:00',
    'A5,K4,ICT,2025-02-01,Screening,2025-02-06 12:00',
    'A5,K4,ICT,2025-02-01,Interview,2025-02-07 12:00',
    'A1,K1,Zorg,2025-01-06,Offer,2025-02-10 16:00',
    'A3,K1,ICT,2025-02-01,Interview,2025-02-10',
    'A4,K3,ICT,2025-02-01,Screening,2025-02-10 08:00',
    'A4,K3,ICT,2025-02-01,Withdrawn,2025-02-12 12:00',
    'A3,K1,ICT,2025-02-01,Second interview,2025-02-13',
    'A1,K1,Zorg,2025-01-06,Hired,2025-02-14 09:00',
    'A3,K1,ICT,2025-02-01,Offer,2025-02-20',
    'A3,K1,ICT,2025-02-01,Offer declined,2025-02-24',
  ].join('\n');

  it('give the same records, line numbers apart', async () => {
    const records = async (text: string) => {
      const table = await readText('applications', text);
      const validated = applicationsOf(table, RECORD_SETTINGS);
      expect(validated.problems).toEqual([]);
      return [...validated.records].map((record) => ({ ...plain(record), line: undefined }));
    };
    const wide = await records(WIDE);
    expect(wide).toHaveLength(5);
    expect(await records(LONG)).toEqual(wide);
  });
});
