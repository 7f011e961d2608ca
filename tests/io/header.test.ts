import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/io/columns.js';
import { type ColumnMapping, detectKind, type HeaderSlot, mapHeader } from '../../src/io/header.js';
import { dimsOf, readText } from './helpers.js';

const DUPLICATE_HINT = 'remove or rename one of them, or map the one to use in the config\'s "columns"';

/** Each slot as `canonical`, `extra:key` or `unnamed`. */
const namesOf = (slots: readonly HeaderSlot[]): string[] =>
  slots.map((slot) => (slot.kind === 'known' ? slot.spec.name : slot.kind === 'extra' ? `extra:${slot.key}` : 'unnamed'));

const mapped = (fields: string[], kind: FileKind, mapping: ColumnMapping = {}): string[] =>
  namesOf(mapHeader(fields, kind, mapping, 'test.csv'));

describe('mapHeader', () => {
  describe('names and aliases', () => {
    it('knows the canonical English names', () => {
      expect(mapped(['hire_id', 'vacancy_opened', 'offer_accepted', 'start_date', 'salary'], 'hires')).toEqual([
        'hire_id',
        'vacancy_opened',
        'offer_accepted',
        'start_date',
        'salary',
      ]);
    });

    it('knows English aliases', () => {
      expect(mapped(['id', 'opened', 'applied', 'hired', 'rating'], 'hires')).toEqual([
        'hire_id',
        'vacancy_opened',
        'application_date',
        'offer_accepted',
        'performance_rating',
      ]);
      expect(mapped(['invoice_date', 'cost', 'cost_type'], 'costs')).toEqual(['date', 'amount', 'type']);
      expect(mapped(['day', 'time_spent', 'hourly_rate'], 'hours')).toEqual(['date', 'hours', 'rate']);
    });

    it('knows Dutch aliases', () => {
      expect(
        mapped(['kandidaat_id', 'vacature_geopend', 'sollicitatiedatum', 'aanbod_geaccepteerd', 'startdatum', 'uit_dienst', 'salaris'], 'hires'),
      ).toEqual(['hire_id', 'vacancy_opened', 'application_date', 'offer_accepted', 'start_date', 'left_date', 'salary']);
      expect(mapped(['datum', 'bedrag', 'soort', 'categorie', 'kanaal', 'valuta'], 'costs')).toEqual([
        'date',
        'amount',
        'type',
        'category',
        'channel',
        'currency',
      ]);
      expect(mapped(['datum', 'uren', 'rol', 'uurtarief', 'medewerker'], 'hours')).toEqual(['date', 'hours', 'role', 'rate', 'person']);
    });

    it('ignores case, surrounding spaces, and spaces or hyphens inside', () => {
      expect(mapped(['  Vacature Geopend ', 'AANBOD-GEACCEPTEERD', 'Start  Date', 'Hiring Manager'], 'hires')).toEqual([
        'vacancy_opened',
        'offer_accepted',
        'start_date',
        'hiring_manager',
      ]);
    });

    it('keeps the header as written, trimmed, for messages', () => {
      expect(mapHeader([' Vacature Geopend ', 'hired'], 'hires', {}, 'test.csv')[0]).toMatchObject({ kind: 'known', header: 'Vacature Geopend' });
    });

    it('keeps unknown columns as extra dimensions under their normalised header', () => {
      expect(mapped(['datum', 'bedrag', 'Kosten Plaats', 'PO-nummer'], 'costs')).toEqual([
        'date',
        'amount',
        'extra:kosten_plaats',
        'extra:po_nummer',
      ]);
    });

    it('marks a column with an empty header as unnamed', () => {
      expect(mapped(['datum', ' ', 'bedrag', ''], 'costs')).toEqual(['date', 'unnamed', 'amount', 'unnamed']);
    });
  });

  describe("the config's columns mapping", () => {
    it('reads a header that no alias knows', () => {
      expect(mapped(['Boekingsdatum', 'Bedrag'], 'costs', { date: 'Boekingsdatum' })).toEqual(['date', 'amount']);
    });

    it('compares the mapped header the way it compares aliases', () => {
      expect(mapped(['boekings-datum', 'Bedrag'], 'costs', { date: ' BOEKINGS DATUM ' })).toEqual(['date', 'amount']);
    });

    it('wins over an alias: the aliased column becomes an extra dimension', () => {
      expect(mapped(['datum', 'Boekingsdatum', 'bedrag'], 'costs', { date: 'Boekingsdatum' })).toEqual([
        'extra:datum',
        'date',
        'amount',
      ]);
    });

    it('can give an alias of one column to another', () => {
      // "kosten" is an alias of amount; mapped, it is the category
      expect(mapped(['datum', 'bedrag', 'kosten'], 'costs', { category: 'kosten' })).toEqual(['date', 'amount', 'category']);
    });

    it('refuses a mapping to a header the file does not have, naming the closest one it has', () => {
      expect(() => mapHeader(['Requisition ID', 'Date Filled'], 'hires', { vacancy_id: 'Requistion ID', offer_accepted: 'Date Filled' }, 'hires.csv')).toThrow(
        expect.objectContaining({
          name: 'InputError',
          message: 'hires.csv:1: the config maps vacancy_id to "Requistion ID", a header this file does not have; the closest it has is "Requisition ID"',
          hint: 'correct "columns.hires.vacancy_id" in rkpi.config.json to one of the file\'s headers: Requisition ID, Date Filled',
        }),
      );
    });

    it('ignores a mapping of a name that is not a column of this file', () => {
      expect(mapped(['datum', 'bedrag'], 'costs', JSON.parse('{"__proto__": "datum", "hours": "bedrag"}'))).toEqual([
        'date',
        'amount',
      ]);
    });
  });

  describe('refusals', () => {
    it('refuses two headers for one column', () => {
      expect(() => mapHeader(['datum', 'date', 'bedrag'], 'costs', {}, 'costs.csv')).toThrow(
        expect.objectContaining({
          name: 'InputError',
          message: 'costs.csv:1: columns "datum" and "date" are the same column (date)',
          hint: DUPLICATE_HINT,
        }),
      );
    });

    it('refuses two unknown columns with the same normalised header', () => {
      expect(() => mapHeader(['datum', 'bedrag', 'Notitie', 'notitie '], 'costs', {}, 'costs.csv')).toThrow(
        expect.objectContaining({ message: 'costs.csv:1: columns "Notitie" and "notitie" are the same column', hint: DUPLICATE_HINT }),
      );
    });

    it('refuses a file without a required column, with a hint to name or map it', () => {
      expect(() => mapHeader(['datum', 'soort'], 'costs', {}, 'costs.csv')).toThrow(
        expect.objectContaining({
          name: 'InputError',
          message: 'costs.csv:1: required column "amount" is missing (the header has: datum, soort)',
          hint: 'name the column amount or bedrag, or map it in rkpi.config.json: {"columns": {"costs": {"amount": "<your header>"}}}',
        }),
      );
    });

    it('reads a hires file with any one of offer_accepted and start_date, and nothing else', () => {
      expect(mapped(['Aanbod geaccepteerd'], 'hires')).toEqual(['offer_accepted']);
      expect(mapped(['Startdatum'], 'hires')).toEqual(['start_date']);
    });

    it('refuses a hires file without offer_accepted and start_date, the day a hire counts on', () => {
      expect(() => mapHeader(['id', 'Vacature geopend'], 'hires', {}, 'hires.csv')).toThrow(
        expect.objectContaining({
          message: 'hires.csv:1: a hires file needs an offer_accepted or a start_date column (the header has: id, Vacature geopend)',
          hint:
            'a hire counts on the day its offer was accepted (offer_accepted, aanbod_geaccepteerd), else on its first working day ' +
            '(start_date, startdatum): name your column so, or map it in rkpi.config.json: {"columns": {"hires": {"offer_accepted": "<your header>"}}}',
        }),
      );
    });

    it('names every missing required column', () => {
      expect(() => mapHeader(['soort'], 'costs', {}, 'costs.csv')).toThrow(
        expect.objectContaining({ message: 'costs.csv:1: required columns "date", "amount" are missing (the header has: soort)' }),
      );
    });

    it('refuses a required column whose mapped header is not in the file, as a mapping to a missing header', () => {
      expect(() => mapHeader(['datum', 'bedrag'], 'costs', { amount: 'Totaal' }, 'costs.csv')).toThrow(
        expect.objectContaining({ message: 'costs.csv:1: the config maps amount to "Totaal", a header this file does not have' }),
      );
    });
  });

  describe('headers that are names of Object.prototype', () => {
    it('reads __proto__ and constructor as ordinary extra dimensions', () => {
      expect(mapped(['datum', 'bedrag', '__proto__', 'constructor', 'toString'], 'costs')).toEqual([
        'date',
        'amount',
        'extra:__proto__',
        'extra:constructor',
        'extra:tostring',
      ]);
    });

    it('keeps their values as dimensions without polluting any prototype', async () => {
      const table = await readText('costs', 'datum;bedrag;__proto__;constructor\n2025-01-01;5;polluted;yes\n');
      expect(dimsOf(table, 0)).toEqual(new Map([['__proto__', 'polluted'], ['constructor', 'yes']]));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });
  });
});

describe('detectKind', () => {
  it('tells a hires file by any column of its own', () => {
    expect(detectKind(['id', 'Vacature Geopend', 'bedrag'], 'x.csv', {})).toBe('hires');
    expect(detectKind(['EmpID', 'DateofHire', 'DateofTermination'], 'x.csv', { hires: { start_date: 'DateofHire' } })).toBe('hires');
    expect(detectKind(['Employee', 'Termination date'], 'x.csv', {})).toBe('hires');
    expect(detectKind(['Req', 'Time to fill'], 'x.csv', {})).toBe('hires');
  });

  it('tells files apart by how many of their columns a kind knows, when several kinds could be meant', () => {
    // "hours" is an hours file's column, but four of these five are a hires file's
    expect(detectKind(['id', 'Start date', 'Left', 'Salary', 'Hours'], 'x.csv', {})).toBe('hires');
    // "start" is also a hires column, but date, hours and rate are an hours file's
    expect(detectKind(['date', 'hours', 'rate', 'start'], 'x.csv', {})).toBe('hours');
  });

  it('tells a costs file by its amount column', () => {
    expect(detectKind(['Datum', 'Bedrag'], 'x.csv', {})).toBe('costs');
    expect(detectKind(['date', 'amount'], 'x.csv', {})).toBe('costs');
  });

  it('tells an hours file by its hours column', () => {
    expect(detectKind(['datum', 'Uren', 'rol'], 'x.csv', {})).toBe('hours');
  });

  it('tells a file by a header mapped to its anchor in the config', () => {
    expect(detectKind(['Boekingsdatum', 'Totaal'], 'x.csv', { costs: { amount: 'Totaal' } })).toBe('costs');
    expect(detectKind(['Kenmerk', 'Gestart'], 'x.csv', { hires: { vacancy_opened: 'gestart' } })).toBe('hires');
  });

  it('tells an applications file by a column no hires file has, even beside vacancy_opened', () => {
    expect(detectKind(['sollicitatie_id', 'sollicitatiedatum', 'afgewezen'], 'x.csv', {})).toBe('applications');
    expect(detectKind(['id', 'vacancy_opened', 'applied', 'interview', 'hired'], 'x.csv', {})).toBe('applications');
    expect(detectKind(['Applied At', 'Status'], 'x.csv', {})).toBe('applications');
  });

  it('tells a stage history by its stage and entered columns', () => {
    expect(detectKind(['application_id', 'stage', 'entered', 'left'], 'x.csv', {})).toBe('stageHistory');
    expect(detectKind(['sollicitatie', 'Stap', 'In stap sinds'], 'x.csv', {})).toBe('stageHistory');
    expect(detectKind(['Kenmerk', 'Fase', 'Datum'], 'x.csv', { applications: { application_id: 'Kenmerk', stage: 'Fase' } })).toBe('stageHistory');
  });

  it('keeps a hires file whose columns an applications file shares a hires file', () => {
    expect(detectKind(['id', 'vacancy_opened', 'application_date', 'offer_accepted', 'channel'], 'x.csv', {})).toBe('hires');
  });

  it('keeps a costs file with a status column a costs file', () => {
    expect(detectKind(['datum', 'bedrag', 'status'], 'x.csv', {})).toBe('costs');
  });

  it('refuses a header it cannot place', () => {
    expect(() => detectKind(['datum', 'omschrijving'], 'x.csv', {})).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: 'x.csv:1: cannot tell whether this is a hires, applications, costs or hours file',
        hint:
          'a hires file has hire columns such as offer_accepted, start_date or vacancy_opened, a costs file an amount column, ' +
          'an hours file an hours column, an applications file an applied column and a status or a step such as interview ' +
          'or rejected (or, one row per stage, stage and entered columns); rankings are read by rkpi weights, scores by rkpi value --scores',
      }),
    );
  });
});
