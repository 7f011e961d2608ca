import { describe, expect, it } from 'vitest';
import { candidateCheckKeys } from '../../src/io/candidate-export.js';
import { hiresOf } from '../../src/io/records.js';
import { readText } from './helpers.js';

const RECORD_SETTINGS = { scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } }, rates: {} };
const HINT = 'give it to --applications, which reads one row per application; or export one row per hire (and per vacancy still open)';

/** What hiresOf says of a file, read with `--by department` (so the checked columns are not kept for grouping). */
async function hiresFrom(text: string) {
  return hiresOf(await readText('hires', text, { dimensions: ['department'] }), RECORD_SETTINGS);
}

describe('a hires file that is a candidate export', () => {
  it('stops at a status column with words of rejection or decline, naming two of them and their lines', async () => {
    const text = [
      'Candidate ID;Requisition;Applied;Offer Status;hire_date',
      'C1;R1;2025-01-06;Accepted;2025-02-05',
      'C2;R1;2025-01-07;Rejected;',
      'C3;R1;2025-01-08;Rejected;',
      'C4;R2;2025-01-09;Declined;',
    ].join('\n');
    await expect(hiresFrom(text)).rejects.toMatchObject({
      name: 'InputError',
      message:
        'test.csv looks like a candidate export (a row per candidate), not a hires file: column "Offer Status" says "Rejected" (line 3) ' +
        'and "Declined" (line 5); read as hires, its rejected candidates would count as open vacancies and its declined offers as hires',
      hint: HINT,
    });
  });

  it('knows the Dutch words too', async () => {
    await expect(hiresFrom('id;fase;aangenomen\nK1;Afgewezen na gesprek;\n')).rejects.toMatchObject({
      message: expect.stringContaining('column "fase" says "Afgewezen na gesprek" (line 2)'),
    });
  });

  it('stops at several rows of one vacancy beside a column of closing dates', async () => {
    const text = 'id;vacancy_id;offer_accepted;Rejected At\nC1;R1;2025-02-05;\nC2;R2;;2025-01-20\nC3;R1;;\n';
    await expect(hiresFrom(text)).rejects.toMatchObject({
      message: expect.stringContaining('vacancy "R1" has several rows (lines 2 and 4) and column "Rejected At" holds closing dates (line 3)'),
    });
  });

  it('reads a real hires file with a status column and repeated vacancies as hires', async () => {
    // several hires for one requisition of three openings; an employment status that is no outcome of a candidate
    const text = 'id;vacancy_id;offer_accepted;EmploymentStatus;department\nH1;R1;2025-02-05;Active;IT\nH2;R1;2025-02-07;Voluntarily Terminated;IT\n';
    const { records, problems } = await hiresFrom(text);
    expect(problems).toEqual([]);
    expect(records.length).toBe(2);
  });

  it('keeps vacancy_id for the check only beside a closing-date column, so a hires file costs no memory for it', () => {
    expect(candidateCheckKeys(['vacancy_id', 'offer_status', 'department'])).toEqual(new Set(['offer_status']));
    expect(candidateCheckKeys(['vacancy_id', 'withdrawn_at'])).toEqual(new Set(['withdrawn_at', 'vacancy_id']));
  });
});
