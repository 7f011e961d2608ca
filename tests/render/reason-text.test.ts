import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import type { Report } from '../../src/core/types.js';
import type { ValueModel } from '../../src/core/value/value-block.js';
import { reasonText } from '../../src/render/reason-text.js';
import { VALUE_NULL_REASONS } from '../../src/render/value-document.js';
import { makeHire, makeOptions } from '../builders.js';

const dutchDate = (iso: string): string => iso.split('-').reverse().join('-');
const nl = (reason: string): string => reasonText(reason, 'nl', dutchDate);

/** Every reason and note a report gives: its KPIs', its groups', and its value model's. */
function reasonsOf(report: Report): string[] {
  const rows = report.groups?.rows ?? [];
  const kpis = [report.reasons, report.notes, ...rows.flatMap((row) => [row.reasons, row.notes])].flatMap((reasons) => Object.values(reasons));
  const value = report.value === null ? [] : Object.values(report.value.actuals).flatMap((actual) => [actual.reason, actual.note]);
  return [...kpis, ...value].filter((reason): reason is string => typeof reason === 'string');
}

describe('reasonText', () => {
  it('leaves English as it is', () => {
    expect(reasonText('no hires in the period', 'en', dutchDate)).toBe('no hires in the period');
  });

  it('translates each reason of the KPIs, with dates written the Dutch way', () => {
    expect(nl('no hires in the period')).toBe('geen aannames in de periode');
    expect(nl('no vacancy open on 2025-06-30')).toBe('geen vacature open op 30-06-2025');
    expect(nl('no hire has completed a first year by 2024-12-31')).toBe('op 31-12-2024 is nog geen aanname een jaar in dienst');
    expect(nl('no hire has a performance_rating, probation_passed or a first year completed by 2025-03-31')).toBe(
      'geen aanname heeft een beoordeling, een uitkomst van de proeftijd of op 31-03-2025 een voltooid eerste jaar',
    );
    expect(nl('no hire in the period has an application_date')).toBe('geen aanname in de periode heeft een sollicitatiedatum');
    expect(nl('no hire in the period has a start_date')).toBe('geen aanname in de periode heeft een startdatum');
    expect(nl('no hire in the period has a salary')).toBe('geen aanname in de periode heeft een salaris');
    expect(nl('no hire in the period has a manager_satisfaction score')).toBe('geen aanname in de periode heeft een tevredenheidsscore van de vacaturehouder');
    expect(nl('no hire has both start_date and needed_by')).toBe('geen aanname heeft zowel een startdatum als een gewenste startdatum');
    expect(nl("the hires' salaries add up to 0")).toBe('de salarissen van de aannames zijn samen 0');
    expect(nl('the hires file has no left_date column')).toBe('het aannamebestand heeft geen kolom uit_dienst');
    expect(nl('the hires file has no vacancy_opened or time_to_fill column')).toBe(
      'het aannamebestand heeft geen kolom vacature_geopend of doorlooptijd',
    );
    expect(nl('the hires file has no performance_rating, probation_passed or left_date column')).toBe(
      'het aannamebestand heeft geen kolom beoordeling, proeftijd_doorstaan of uit_dienst',
    );
    expect(nl('no hire in the period has a vacancy_opened')).toBe('geen aanname in de periode heeft een openingsdatum van de vacature');
    expect(nl('no hires file, and the applications file has no start_date or left_date column')).toBe(
      'geen aannamebestand, en het sollicitatiebestand heeft geen kolom startdatum of uit_dienst',
    );
  });

  it('translates the reasons of the cost of vacancy', () => {
    expect(nl('no vacancyCost in the config')).toBe('geen vacancyCost in de config');
    expect(nl('no salary on its row to estimate vacancyCost.salaryMultiple from')).toBe(
      'geen salaris op de regel om vacancyCost.salaryMultiple mee te schatten',
    );
    expect(nl('no open vacancy has a salary to estimate vacancyCost.salaryMultiple from')).toBe(
      'geen openstaande vacature heeft een salaris om vacancyCost.salaryMultiple mee te schatten',
    );
  });

  it('translates the reasons and the note of a missing costs or hours file', () => {
    expect(nl('no costs file')).toBe('geen kostenbestand');
    expect(nl('no hours file')).toBe('geen urenbestand');
    expect(nl('without time cost: no hours file')).toBe('zonder tijdskosten: geen urenbestand');
  });

  it("translates the value model's reasons, a reason inside another included", () => {
    expect(nl('no target: set targets.costPerHire in the config')).toBe('geen doel: zet targets.costPerHire in de config');
    expect(nl('targets.onTimeRate is 0, so no index can be computed')).toBe('targets.onTimeRate is 0, dus er is geen index te berekenen');
    expect(nl('no hire has both start_date and needed_by; set targets.timeToFillDays to measure the share filled in time instead')).toBe(
      'geen aanname heeft zowel een startdatum als een gewenste startdatum; zet targets.timeToFillDays om in plaats daarvan het aandeel vacatures te meten dat binnen zoveel dagen is ingevuld',
    );
    expect(nl('no qualityOfHire')).toBe('geen waarde voor Kwaliteit van de hire');
    expect(nl('every weight is 0')).toBe('alle gewichten zijn 0');
  });

  it('shows a sentence it does not know as it is', () => {
    expect(nl('a reason from a newer rkpi')).toBe('a reason from a newer rkpi');
  });

  it('knows every reason the core gives and every reason the value can be missing for', () => {
    // No records at all; then one hire with nothing but its dates, and one with a salary of 0;
    // a value model with a target of 0 and targets left out.
    const model: ValueModel = { targets: { onTimeRate: 0, costPerHire: 4000 }, weights: null, tolerance: null, scores: {} };
    const empty = buildReport({ hires: [], costs: [], hours: [] }, { ...makeOptions({ period: '2025-Q1', by: 'department' }), value: model });
    const bare = buildReport(
      { hires: [makeHire({ dims: { department: 'IT' } })], costs: [], hours: [] },
      { ...makeOptions({ period: '2025-Q1', by: 'department' }), value: model },
    );
    const unpaid = buildReport({ hires: [makeHire({ salaryCents: 0 })], costs: [], hours: [] }, makeOptions({ period: '2025-Q1' }));
    // On-time delivery unmeasured and no timeToFillDays target to fall back on.
    const late = buildReport(
      { hires: [makeHire()], costs: [], hours: [] },
      { ...makeOptions({ period: '2025-Q1' }), value: { ...model, targets: { onTimeRate: 0.8 } } },
    );
    // A hires file with start dates only, and one with the ATS's time to fill, in working days.
    const hris = buildReport(
      { hires: [makeHire({ offerAccepted: null, startDate: '2025-02-03' })], costs: [], hours: [], hireColumns: new Set(['start_date']) },
      makeOptions({ period: '2025-Q1' }),
    );
    const stated = buildReport(
      { hires: [makeHire()], costs: [], hours: [], hireColumns: new Set(['offer_accepted', 'time_to_fill', 'salary']) },
      makeOptions({ period: '2025-Q1', dayCount: 'business' }),
    );
    // Without a costs and an hours file; with a costs file and no hours file.
    const noFiles = buildReport(
      { hires: [makeHire({ salaryEuros: 40000, dims: { department: 'IT' } })], costs: null, hours: null },
      { ...makeOptions({ period: '2025-Q1', by: 'department' }), value: model },
    );
    const noHours = buildReport(
      { hires: [makeHire({ salaryEuros: 40000, dims: { department: 'IT' } })], costs: [], hours: null },
      { ...makeOptions({ period: '2025-Q1', by: 'department' }), value: { ...model, targets: { costPerHire: 4000 } } },
    );
    // A cost of vacancy from salaries, with neither the hire nor the open vacancy carrying one,
    // and a hire without vacancy_opened.
    const salaryRule = { salaryMultiple: 1.5, workingDaysPerYear: 230 };
    const unbudgeted = buildReport(
      { hires: [makeHire(), makeHire({ offerAccepted: null, vacancyOpened: '2025-03-10' })], costs: [], hours: [] },
      { ...makeOptions({ period: '2025-Q1' }), vacancyCost: salaryRule },
    );
    const unopened = buildReport(
      { hires: [{ ...makeHire(), vacancyOpened: null } as unknown as ReturnType<typeof makeHire>], costs: [], hours: [] },
      { ...makeOptions({ period: '2025-Q1' }), vacancyCost: { perDay: 35_000 } },
    );
    const perVacancy = unbudgeted.kpis.openVacancyCost.vacancies.map((vacancy) => vacancy.reason);
    const reports = [empty, bare, unpaid, late, unbudgeted, unopened, noFiles, noHours, hris, stated];
    const reasons = new Set([...reports.flatMap(reasonsOf), ...Object.values(VALUE_NULL_REASONS), ...perVacancy.filter((r) => r !== null)]);
    for (const reason of [
      'no vacancyCost in the config',
      'no hire in the period has a salary',
      'no hire in the period has a vacancy_opened',
      'no salary on its row to estimate vacancyCost.salaryMultiple from',
      'no open vacancy has a salary to estimate vacancyCost.salaryMultiple from',
    ]) {
      expect(reasons).toContain(reason);
    }
    expect(reasons.size).toBeGreaterThan(20);
    expect([...reasons].some((reason) => reason.endsWith('set targets.timeToFillDays to measure the share filled in time instead'))).toBe(true);
    // Translated whole: no English word left (config keys and dates aside).
    const english = /\b(no|the|has|have|hire|hires|period|set|are|and|or|by|to|with|score|salary|weight)\b/;
    expect([...reasons].map(nl).filter((dutch) => english.test(dutch.replace(/targets\.\w+/g, '')))).toEqual([]);
  });
});

describe('the reasons of the process figures in Dutch', () => {
  const dutch = (reason: string) => reasonText(reason, 'nl', (iso) => iso);

  it('names the columns the applications file lacks', () => {
    expect(dutch('no interview column in the applications file')).toBe('het sollicitatiebestand heeft geen kolom interview');
    expect(dutch('no hired, declined or status column in the applications file')).toBe('het sollicitatiebestand heeft geen kolom hired, declined of status');
  });

  it('says per stage why its time is missing', () => {
    expect(dutch('screening: no screened column in the applications file; offer: no application of the period left this stage')).toBe(
      'screening: het sollicitatiebestand heeft geen kolom screened; aanbodfase: geen sollicitatie van de periode heeft deze fase verlaten',
    );
  });
});
