import { describe, expect, it } from 'vitest';
import { datesOf, dimsOf, draftCount, linesOf, readText, valuesOf } from './helpers.js';

const RAGGED_HINT = 'a field that contains the delimiter must be quoted; check the row for a stray delimiter';

describe('readTable', () => {
  describe('delimiters', () => {
    it.each([
      [',', 'comma'],
      [';', 'semicolon'],
      ['\t', 'tab'],
      ['|', 'pipe'],
    ])('sniffs %j (%s) from the header line', async (delimiter) => {
      const content = ['datum', 'bedrag', 'categorie'].join(delimiter) + '\n' + ['2025-01-01', '5', 'vacaturesite'].join(delimiter) + '\n';
      const table = await readText('costs', content);
      expect(valuesOf(table, 'amount')).toEqual([500]);
      expect(valuesOf(table, 'category')).toEqual(['vacaturesite']);
    });

    it('sniffs , when a quoted header field holds more ; than the header has ,', async () => {
      const table = await readText('costs', 'datum,bedrag,"opmerking; soort; type"\n2025-01-01,"1.234,56",vacaturesite\n');
      expect(valuesOf(table, 'amount')).toEqual([123456]);
      expect(dimsOf(table, 0)).toEqual(new Map([['opmerking;_soort;_type', 'vacaturesite']]));
    });

    it('uses the delimiter from the settings over the sniffed one', async () => {
      // sniffing would pick ; (three against two |)
      const table = await readText('costs', 'datum|bedrag|a;b;c;d\n2025-01-01|5|1;2;3;4\n', { delimiter: '|' });
      expect(valuesOf(table, 'amount')).toEqual([500]);
      expect(dimsOf(table, 0)).toEqual(new Map([['a;b;c;d', '1;2;3;4']]));
    });
  });

  describe('line numbers', () => {
    it('gives each record the line it starts on after blank lines and a two-line quoted field', async () => {
      const table = await readText('costs', 'datum;bedrag;categorie\n\n2025-01-01;5;"twee\nregels"\n\n2025-01-02;6;een\n');
      expect(linesOf(table)).toEqual([3, 6]);
      expect(valuesOf(table, 'category')).toEqual(['twee\nregels', 'een']);
    });

    it('skips a line of only delimiters and does not count it as a row', async () => {
      const table = await readText('costs', 'datum;bedrag\n;\n2025-01-01;5\n;;;\n');
      expect(linesOf(table)).toEqual([3]);
      expect(table.rows).toBe(1);
    });

    it('reads a file whose header follows blank lines', async () => {
      const table = await readText('costs', '\n\ndatum;bedrag\n2025-01-01;5\n');
      expect(linesOf(table)).toEqual([4]);
      expect(valuesOf(table, 'amount')).toEqual([500]);
    });
  });

  describe('ragged rows', () => {
    const content = 'datum;bedrag;soort\n2025-01-01;5\n2025-01-02;6;extern;x\n2025-01-03;7;intern;;\n2025-01-04;8;;\n';

    it('rejects a row with too few or too many fields with the exact message', async () => {
      const table = await readText('costs', content);
      expect(table.problems).toEqual([
        { file: 'test.csv', line: 2, column: null, value: null, reason: '2 fields where the header has 3', hint: RAGGED_HINT },
        { file: 'test.csv', line: 3, column: null, value: null, reason: '4 fields where the header has 3', hint: RAGGED_HINT },
      ]);
    });

    it('accepts a row whose surplus fields are all empty', async () => {
      const table = await readText('costs', content);
      expect(linesOf(table)).toEqual([4, 5]);
      expect(valuesOf(table, 'type')).toEqual(['internal', undefined]);
    });
  });

  describe('cells', () => {
    it('leaves empty cells out of the values and trims the others', async () => {
      const table = await readText('costs', 'datum;bedrag;categorie\n 2025-01-01 ; 5 ;  \n');
      expect(linesOf(table)).toEqual([2]);
      expect(valuesOf(table, 'date')).toEqual([20089]);
      expect(valuesOf(table, 'amount')).toEqual([500]);
      expect(valuesOf(table, 'category')).toEqual([undefined]);
      expect(dimsOf(table, 0)).toEqual(new Map());
    });

    it('keeps dimension columns under their canonical name and unknown columns under their normalised header', async () => {
      const table = await readText('costs', 'datum;bedrag;Kanaal;Kosten Plaats\n2025-01-01;5;LinkedIn;Utrecht\n');
      expect(dimsOf(table, 0)).toEqual(new Map([['channel', 'LinkedIn'], ['kosten_plaats', 'Utrecht']]));
      expect(valuesOf(table, 'channel')).toEqual(['LinkedIn']);
    });

    it("reads a column by the config's columns mapping for its kind of file", async () => {
      const table = await readText('costs', 'Boekingsdatum;datum;bedrag\n2025-01-01;gisteren;5\n', {
        columns: { costs: { date: 'Boekingsdatum' }, hours: { date: 'datum' } },
      });
      expect(datesOf(table, 'date')).toEqual(['2025-01-01']);
      expect(table.headers.get('date')).toBe('Boekingsdatum');
      expect(dimsOf(table, 0)).toEqual(new Map([['datum', 'gisteren']]));
    });

    it('keeps the mapped column under its canonical name when the file also has a column of that name', async () => {
      const mapping = { columns: { costs: { department: 'Team' } } };
      const before = await readText('costs', 'datum;bedrag;Team;department\n2025-01-01;5;Zorg;Finance\n', mapping);
      const after = await readText('costs', 'datum;bedrag;department;Team\n2025-01-01;5;Finance;Zorg\n', mapping);
      expect(dimsOf(before, 0).get('department')).toBe('Zorg');
      expect(dimsOf(after, 0).get('department')).toBe('Zorg');
    });

    it('keeps only the dimensions it is asked for, and every record field', async () => {
      const table = await readText('costs', 'datum;bedrag;categorie;afdeling;kanaal;notitie\n2025-01-01;5;bureau;Zorg;Indeed;x\n', {
        dimensions: ['department'],
      });
      expect(dimsOf(table, 0)).toEqual(new Map([['department', 'Zorg']]));
      expect(valuesOf(table, 'category')).toEqual(['bureau']);
      expect(valuesOf(table, 'channel')).toEqual([undefined]);
    });

    it('rejects a value in a column without a header', async () => {
      const table = await readText('costs', 'datum;bedrag;\n2025-01-01;5;\n2025-01-02;6;oeps\n');
      expect(linesOf(table)).toEqual([2]);
      expect(table.problems).toEqual([
        { file: 'test.csv', line: 3, column: '#3', value: 'oeps', reason: 'a value in a column without a header' },
      ]);
    });

    it('reports every bad cell of a row, each with its column as written in the file', async () => {
      const table = await readText('costs', 'Datum;Bedrag;Soort\n31-02-2025;veel;misc\n');
      expect(table.problems).toEqual([
        {
          file: 'test.csv',
          line: 2,
          column: 'Datum',
          value: '31-02-2025',
          reason: 'not a date that exists',
          hint: 'write dates as YYYY-MM-DD or DD-MM-YYYY with a four-digit year; pass --date-format dmy or mdy for a column of ambiguous dates',
        },
        {
          file: 'test.csv',
          line: 2,
          column: 'Bedrag',
          value: 'veel',
          reason: 'not a number',
          hint: 'write amounts like 1234,56 or 1.234,56 or 1234.56; pass --decimal , or --decimal . when a column is ambiguous',
        },
        {
          file: 'test.csv',
          line: 2,
          column: 'Soort',
          value: 'misc',
          reason: 'not a cost type (one of: external, extern, externe, internal, intern, interne)',
          hint: 'write external/extern or internal/intern',
        },
      ]);
    });
  });

  describe('the table', () => {
    it('refuses a file with a header only', async () => {
      const headerOnly = { name: 'InputError', message: 'test.csv has a header but no data rows', hint: 'export the data again, or leave the file out' };
      await expect(readText('costs', 'datum;bedrag\n')).rejects.toMatchObject(headerOnly);
      await expect(readText('costs', 'datum;bedrag\n\n;\n\n')).rejects.toMatchObject(headerOnly);
    });

    it('counts every data row: rows = drafts + rejected rows', async () => {
      const content = [
        'datum;bedrag;soort',
        '2025-01-01;5;extern', // accepted
        '31-02-2025;zes;extern', // rejected, two problems
        '',
        '2025-01-03;7', // rejected, ragged
        '2025-01-04;8;intern', // accepted
        '2025-01-05;9;extern', // accepted
      ].join('\n');
      const table = await readText('costs', content);
      expect(table.rows).toBe(5);
      expect(draftCount(table)).toBe(3);
      expect(table.problems.map((problem) => problem.line)).toEqual([3, 3, 5]);
      expect(table.rows).toBe(draftCount(table) + new Set(table.problems.map((problem) => problem.line)).size);
    });

    it('tells the kind of file from its header when none is given', async () => {
      expect((await readText(null, 'datum;uren\n2025-01-01;4\n')).kind).toBe('hours');
      expect((await readText(null, 'datum;bedrag\n2025-01-01;4\n')).kind).toBe('costs');
      expect((await readText(null, 'id;geopend;aangenomen\nH1;2025-01-01;\n')).kind).toBe('hires');
      expect((await readText(null, 'id;startdatum\nH1;2025-01-01\n')).kind).toBe('hires');
    });

    it('maps each canonical column to its header as written', async () => {
      const table = await readText('costs', ' Datum ;BEDRAG;extra\n2025-01-01;5;x\n');
      expect(table.headers).toEqual(new Map([['date', 'Datum'], ['amount', 'BEDRAG']]));
    });

    it('reads the dates of a file with the year last', async () => {
      const table = await readText('costs', 'datum;bedrag\n25-03-2025;5\n');
      expect(datesOf(table, 'date')).toEqual(['2025-03-25']);
    });
  });
});
