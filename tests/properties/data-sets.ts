import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { dayFromIso, isoOfDay } from '../../src/core/day.js';
import { HOURS_ROLES, type HoursRole } from '../../src/core/types.js';
import { runCli } from '../e2e/run-cli.js';

/**
 * Valid data sets for property tests: hires, costs and hours rows as plain values (days since
 * 1970, money in cents), written as ISO CSV or as Dutch Excel CSV, and run through the CLI.
 */

export interface HireRow {
  readonly id: string;
  readonly department: string | null;
  readonly channel: string | null;
  readonly opened: number;
  readonly application: number | null;
  readonly offer: number | null;
  readonly start: number | null;
  readonly neededBy: number | null;
  readonly left: number | null;
  /** On the default scale 1–5, in halves. */
  readonly rating: number | null;
  readonly probation: boolean | null;
  /** On the default scale 1–10, in tenths. */
  readonly managerSatisfaction: number | null;
  readonly candidateSatisfaction: number | null;
  readonly salaryCents: number | null;
}

export interface CostRow {
  readonly date: number;
  readonly amountCents: number;
  readonly type: 'external' | 'internal';
  readonly category: string | null;
  readonly department: string | null;
}

export interface HoursRow {
  readonly date: number;
  /** Whole quarters of an hour, so hours × a whole-euro rate is whole cents. */
  readonly quarters: number;
  readonly role: HoursRole;
  /** Whole euros per hour; null: the config's rate for the role. */
  readonly rateEuros: number | null;
  readonly department: string | null;
  readonly person: string | null;
}

export interface DataSet {
  readonly hires: readonly HireRow[];
  readonly costs: readonly CostRow[];
  readonly hours: readonly HoursRow[];
  /** The config's rate per role, in whole euros. */
  readonly rates: Readonly<Record<HoursRole, number>>;
}

const FIRST_DAY = dayFromIso('2024-01-01')!;
const LAST_DAY = dayFromIso('2025-12-31')!;

/** Labels that need quoting in one form or the other, or that tempt prototype pollution. */
const DEPARTMENTS = ['Zorg', 'Verpleging', 'Sales, NL', 'R&D; lab', 'Q"A', 'Zoë', '__proto__', 'constructor'];
const CHANNELS = ['Indeed', 'Werken bij', 'LinkedIn', 'Referral'];
const CATEGORIES = ['vacaturebank', 'bureau', 'assessment', 'events'];
const PEOPLE = ['Sanne de Vries', 'Peter Visser', 'Hatice Yilmaz'];

const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | null> => fc.option(arbitrary, { freq, nil: null });
const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const plus = (max: number) => fc.integer({ min: 0, max });

function hireArbitrary(index: number): fc.Arbitrary<HireRow> {
  return fc
    .record({
      department: maybe(fc.constantFrom(...DEPARTMENTS), 6),
      channel: maybe(fc.constantFrom(...CHANNELS)),
      opened: day,
      applicationAfter: maybe(plus(60)),
      offerAfter: maybe(plus(120), 5),
      startAfter: maybe(plus(60)),
      neededAfter: maybe(plus(150)),
      leftAfter: maybe(plus(500), 1),
      rating: maybe(fc.integer({ min: 2, max: 10 }).map((halves) => halves / 2)),
      probation: maybe(fc.boolean()),
      managerSatisfaction: maybe(fc.integer({ min: 10, max: 100 }).map((tenths) => tenths / 10)),
      candidateSatisfaction: maybe(fc.integer({ min: 10, max: 100 }).map((tenths) => tenths / 10)),
      salaryCents: maybe(fc.integer({ min: 2_000_000, max: 9_000_000 })),
    })
    .map((r): HireRow => {
      const application = r.applicationAfter === null ? null : r.opened + r.applicationAfter;
      const offer = r.offerAfter === null ? null : Math.max(r.opened, application ?? r.opened) + r.offerAfter;
      const start = offer === null || r.startAfter === null ? null : offer + r.startAfter;
      return {
        id: `H${index + 1}`,
        department: r.department,
        channel: r.channel,
        opened: r.opened,
        application,
        offer,
        start,
        neededBy: r.neededAfter === null ? null : r.opened + r.neededAfter,
        left: start === null || r.leftAfter === null ? null : start + r.leftAfter,
        rating: r.rating,
        probation: r.probation,
        managerSatisfaction: r.managerSatisfaction,
        candidateSatisfaction: r.candidateSatisfaction,
        salaryCents: r.salaryCents,
      };
    });
}

export const costArbitrary: fc.Arbitrary<CostRow> = fc.record({
  date: day,
  amountCents: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 500_000 }) }, { weight: 1, arbitrary: fc.integer({ min: -50_000, max: -1 }) }),
  type: fc.constantFrom('external' as const, 'internal' as const),
  category: maybe(fc.constantFrom(...CATEGORIES)),
  department: maybe(fc.constantFrom(...DEPARTMENTS)),
});

export const hoursArbitrary: fc.Arbitrary<HoursRow> = fc.record({
  date: day,
  quarters: fc.integer({ min: 0, max: 40 }),
  role: fc.constantFrom(...HOURS_ROLES),
  rateEuros: maybe(fc.integer({ min: 20, max: 150 })),
  department: maybe(fc.constantFrom(...DEPARTMENTS)),
  person: maybe(fc.constantFrom(...PEOPLE)),
});

/** Hires with unique ids (H1, H2, …), at least one; costs and hours may be empty. */
export const dataSetArbitrary: fc.Arbitrary<DataSet> = fc
  .integer({ min: 1, max: 12 })
  .chain((count) =>
    fc.record({
      hires: fc.tuple(...Array.from({ length: count }, (_, i) => hireArbitrary(i))),
      costs: fc.array(costArbitrary, { maxLength: 12 }),
      hours: fc.array(hoursArbitrary, { maxLength: 12 }),
      rates: fc.record(Object.fromEntries(HOURS_ROLES.map((role) => [role, fc.integer({ min: 20, max: 150 })])) as Record<HoursRole, fc.Arbitrary<number>>),
    }),
  );

// ── Writing a data set as CSV ────────────────────────────────────────────────────────────────

/** How a CSV file is written: ISO, or as Dutch Excel saves it. */
interface Dialect {
  readonly delimiter: string;
  readonly bom: string;
  readonly lineEnd: string;
  readonly date: (day: number) => string;
  readonly number: (value: number) => string;
  readonly money: (cents: number) => string;
  readonly yesNo: (value: boolean) => string;
  readonly costType: (type: 'external' | 'internal') => string;
  readonly role: (role: HoursRole) => string;
  readonly headers: { readonly hires: readonly string[]; readonly costs: readonly string[]; readonly hours: readonly string[] };
}

const isoMoney = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

export const ISO: Dialect = {
  delimiter: ',',
  bom: '',
  lineEnd: '\n',
  date: isoOfDay,
  number: String,
  money: isoMoney,
  yesNo: (value) => (value ? 'yes' : 'no'),
  costType: (type) => type,
  role: (role) => role,
  headers: {
    hires: ['hire_id', 'department', 'channel', 'vacancy_opened', 'application_date', 'offer_accepted', 'start_date', 'needed_by', 'left_date', 'performance_rating', 'probation_passed', 'manager_satisfaction', 'candidate_satisfaction', 'salary'],
    costs: ['date', 'amount', 'type', 'category', 'department'],
    hours: ['date', 'hours', 'role', 'rate', 'department', 'person'],
  },
};

/** 1234567 cents as Excel writes it in Dutch: 12.345,67 */
function dutchMoney(cents: number): string {
  const [whole, fraction] = isoMoney(Math.abs(cents)).split('.') as [string, string];
  return `${cents < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, '.')},${fraction}`;
}

const DUTCH_ROLES: Readonly<Record<HoursRole, string>> = {
  recruiter: 'recruiter',
  hiring_manager: 'vacaturehouder',
  interviewer: 'interviewer',
  hr: 'hr',
  management: 'directie',
  other: 'other',
};

export const DUTCH_EXCEL: Dialect = {
  delimiter: ';',
  bom: '\ufeff',
  lineEnd: '\r\n',
  date: (day) => isoOfDay(day).split('-').reverse().join('-'),
  number: (value) => String(value).replace('.', ','),
  money: dutchMoney,
  yesNo: (value) => (value ? 'ja' : 'nee'),
  costType: (type) => (type === 'external' ? 'extern' : 'intern'),
  role: (role) => DUTCH_ROLES[role],
  headers: {
    hires: ['kandidaat_id', 'afdeling', 'kanaal', 'vacature_geopend', 'sollicitatiedatum', 'aanbod_geaccepteerd', 'startdatum', 'gewenste_startdatum', 'uit_dienst', 'beoordeling', 'proeftijd_doorstaan', 'tevredenheid_manager', 'tevredenheid_kandidaat', 'jaarsalaris'],
    costs: ['datum', 'bedrag', 'soort', 'categorie', 'afdeling'],
    hours: ['datum', 'uren', 'rol', 'tarief', 'afdeling', 'medewerker'],
  },
};

function csvText(dialect: Dialect, header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  const cell = (value: string | null): string => {
    if (value === null) return '';
    return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(dialect.delimiter));
  return dialect.bom + lines.map((line) => line + dialect.lineEnd).join('');
}

const or = <T>(value: T | null, write: (value: T) => string): string | null => (value === null ? null : write(value));

export function hiresCsv(hires: readonly HireRow[], d: Dialect = ISO): string {
  return csvText(
    d,
    d.headers.hires,
    hires.map((h) => [
      h.id, h.department, h.channel, d.date(h.opened), or(h.application, d.date), or(h.offer, d.date), or(h.start, d.date),
      or(h.neededBy, d.date), or(h.left, d.date), or(h.rating, d.number), or(h.probation, d.yesNo),
      or(h.managerSatisfaction, d.number), or(h.candidateSatisfaction, d.number), or(h.salaryCents, d.money),
    ]),
  );
}

export function costsCsv(costs: readonly CostRow[], d: Dialect = ISO): string {
  return csvText(d, d.headers.costs, costs.map((c) => [d.date(c.date), d.money(c.amountCents), d.costType(c.type), c.category, c.department]));
}

export function hoursCsv(hours: readonly HoursRow[], d: Dialect = ISO): string {
  return csvText(
    d,
    d.headers.hours,
    hours.map((h) => [d.date(h.date), d.number(h.quarters / 4), d.role(h.role), or(h.rateEuros, (euros) => d.money(euros * 100)), h.department, h.person]),
  );
}

// ── Running the CLI over a data set ──────────────────────────────────────────────────────────

/** A temporary folder for one test file's data sets; remove it in afterAll. */
export function scratchFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'rkpi-props-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A report document as JSON, with the parts the properties compare. */
export interface ReportJson {
  readonly inputs: Record<string, { rows: number; accepted: number; rejected: number; sha256: string }>;
  readonly kpis: Record<string, unknown> & { hires: number; costs: { total: number }; costPerHire: number | null };
  readonly groups: null | { unallocatedCost: number; rows: { key: string; directCost: number; allocatedCost: number; kpis: { hires: number; costs: { total: number } } }[] };
  readonly warnings: readonly unknown[];
  readonly [key: string]: unknown;
}

/**
 * Writes the data set into a new folder inside `parent` and runs `rkpi report … -f json` over it; a file without rows
 * is left out. Fails the property on anything but exit 0.
 */
export async function reportOver(parent: string, data: DataSet, args: readonly string[] = [], dialect: Dialect = ISO): Promise<ReportJson> {
  const folder = mkdtempSync(join(parent, 'run-'));
  writeFileSync(join(folder, 'rkpi.config.json'), JSON.stringify({ rates: data.rates }));
  writeFileSync(join(folder, 'hires.csv'), hiresCsv(data.hires, dialect));
  const files = ['hires.csv'];
  if (data.costs.length > 0) {
    writeFileSync(join(folder, 'costs.csv'), costsCsv(data.costs, dialect));
    files.push('--costs', 'costs.csv');
  }
  if (data.hours.length > 0) {
    writeFileSync(join(folder, 'hours.csv'), hoursCsv(data.hours, dialect));
    files.push('--hours', 'hours.csv');
  }
  const result = await runCli(['report', ...files, '--as-of', '2026-06-30', '-f', 'json', ...args], { cwd: folder });
  if (result.exitCode !== 0) throw new Error(`exit ${result.exitCode}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReportJson;
}

/** The document without what differs for the same figures: file hashes and the line numbers in warnings. */
export function figuresOf(report: ReportJson): Record<string, unknown> {
  const inputs = Object.fromEntries(Object.entries(report.inputs).map(([kind, input]) => [kind, { ...input, sha256: null }]));
  return { ...report, inputs, warnings: report.warnings.length };
}
