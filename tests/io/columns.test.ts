import { describe, expect, it } from 'vitest';
import { COLUMNS, dimensionKey, normaliseHeader } from '../../src/io/columns.js';

describe('normaliseHeader', () => {
  it('trims, lowers the case and turns spaces and hyphens into _', () => {
    expect(normaliseHeader(' Vacature-geopend ')).toBe('vacature_geopend');
    expect(normaliseHeader('Start Date')).toBe('start_date');
  });

  it('turns a run of spaces, tabs and hyphens into one _', () => {
    expect(normaliseHeader('Datum  in - dienst')).toBe('datum_in_dienst');
    expect(normaliseHeader('uren\tper-week')).toBe('uren_per_week');
  });

  it('leaves other characters as they are', () => {
    expect(normaliseHeader('Bedrag (€)')).toBe('bedrag_(€)');
    expect(normaliseHeader('__proto__')).toBe('__proto__');
  });
});

describe('COLUMNS', () => {
  it('gives no header name to two columns of one file', () => {
    for (const specs of Object.values(COLUMNS)) {
      const names = specs.flatMap((spec) => [spec.name, ...spec.aliases].map(normaliseHeader));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('requires no single column of hires, date and amount of costs, date and hours of hours', () => {
    const required = (kind: keyof typeof COLUMNS) => COLUMNS[kind].filter((spec) => spec.required).map((spec) => spec.name);
    expect(required('hires')).toEqual([]);
    expect(required('costs')).toEqual(['date', 'amount']);
    expect(required('hours')).toEqual(['date', 'hours']);
  });
});

describe('dimensionKey', () => {
  it('names a dimension by its canonical name, an alias, vacancy, or an extra header', () => {
    expect(['Afdeling', 'department', 'vacancy', 'Kosten Plaats'].map((by) => dimensionKey(by))).toEqual([
      'department',
      'department',
      'vacancy_id',
      'kosten_plaats',
    ]);
  });

  it("names a mapped dimension by the file's own header too", () => {
    const mapping = { channel: 'RecruitmentSource', vacancy_id: 'Requisition ID' };
    expect(['RecruitmentSource', ' recruitmentsource', 'Requisition-ID', 'channel', 'bron'].map((by) => dimensionKey(by, mapping))).toEqual([
      'channel',
      'channel',
      'vacancy_id',
      'channel',
      'channel',
    ]);
  });
});
