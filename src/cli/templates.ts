import type { Lang } from '../render/format.js';

interface Template {
  /** Canonical header and Dutch header. */
  readonly columns: readonly (readonly [en: string, nl: string])[];
  /** Example rows in canonical form: ISO dates, decimal point, yes/no. */
  readonly rows: readonly (readonly string[])[];
}

const HIRES: Template = {
  columns: [
    ['hire_id', 'kandidaat_id'], ['vacancy_id', 'vacature_id'], ['role', 'functie'], ['department', 'afdeling'],
    ['channel', 'kanaal'], ['recruiter', 'recruiter'], ['hiring_manager', 'vacaturehouder'], ['location', 'locatie'],
    ['vacancy_opened', 'vacature_geopend'], ['application_date', 'sollicitatiedatum'], ['offer_accepted', 'aanbod_geaccepteerd'],
    ['start_date', 'startdatum'], ['needed_by', 'gewenste_startdatum'], ['performance_rating', 'beoordeling'],
    ['probation_passed', 'proeftijd_doorstaan'], ['left_date', 'uit_dienst'], ['manager_satisfaction', 'tevredenheid_manager'],
    ['candidate_satisfaction', 'tevredenheid_kandidaat'], ['salary', 'jaarsalaris'],
  ],
  rows: [
    ['H-001', 'V-001', 'Verpleegkundige', 'Zorg', 'LinkedIn', 'Sanne de Vries', 'Piet Jansen', 'Leiden',
      '2025-01-06', '2025-01-20', '2025-02-14', '2025-03-03', '2025-03-01', '4', 'yes', '', '8', '7.5', '42000.00'],
    ['', 'V-002', 'Data-analist', 'ICT', '', 'Sanne de Vries', 'Ali Yilmaz', 'Leiden',
      '2025-03-10', '', '', '', '2025-06-01', '', '', '', '', '', ''],
  ],
};

const COSTS: Template = {
  columns: [['date', 'datum'], ['amount', 'bedrag'], ['type', 'soort'], ['category', 'categorie'], ['channel', 'kanaal'],
    ['vacancy_id', 'vacature_id'], ['department', 'afdeling']],
  rows: [
    ['2025-01-31', '1250.50', 'external', 'job board', 'LinkedIn', 'V-001', 'Zorg'],
    ['2025-01-31', '4000.00', 'internal', 'ATS licence', '', '', ''],
  ],
};

const HOURS: Template = {
  columns: [['date', 'datum'], ['hours', 'uren'], ['role', 'rol'], ['person', 'medewerker'], ['vacancy_id', 'vacature_id'],
    ['department', 'afdeling'], ['rate', 'tarief']],
  rows: [
    ['2025-01-20', '2.5', 'recruiter', 'Sanne de Vries', 'V-001', 'Zorg', ''],
    ['2025-01-27', '1.5', 'hiring_manager', 'Piet Jansen', 'V-001', 'Zorg', '75.00'],
  ],
};

/** One row per application (SPEC §2.6); the steps carry a time where the ATS gives one. */
const APPLICATIONS: Template = {
  columns: [
    ['application_id', 'sollicitatie_id'], ['candidate_id', 'kandidaat_id'], ['vacancy_id', 'vacature_id'], ['role', 'functie'],
    ['department', 'afdeling'], ['channel', 'kanaal'], ['recruiter', 'recruiter'], ['hiring_manager', 'vacaturehouder'],
    ['location', 'locatie'], ['vacancy_opened', 'vacature_geopend'], ['applied', 'sollicitatiedatum'], ['screened', 'cv_selectie'],
    ['interview', 'eerste_gesprek'], ['feedback', 'terugkoppeling'], ['offer', 'aanbod_gedaan'], ['hired', 'aangenomen'],
    ['declined', 'aanbod_afgewezen'], ['rejected', 'afgewezen'], ['withdrawn', 'teruggetrokken'], ['status', 'status'],
  ],
  rows: [
    ['A-001', 'K-101', 'V-001', 'Verpleegkundige', 'Zorg', 'LinkedIn', 'Sanne de Vries', 'Piet Jansen', 'Leiden', '2025-01-06',
      '2025-01-20 09:15', '2025-01-21 10:00', '2025-01-28 14:00', '2025-01-29 11:30', '2025-02-10 16:00', '2025-02-14 09:00', '', '', '', 'hired'],
    ['A-002', 'K-102', 'V-001', 'Verpleegkundige', 'Zorg', 'Indeed', 'Sanne de Vries', 'Piet Jansen', 'Leiden', '2025-01-06',
      '2025-01-22 20:40', '2025-01-24 09:30', '2025-01-30 10:00', '2025-02-03 15:00', '', '', '', '2025-02-03 15:00', '', 'rejected'],
    ['A-003', 'K-103', 'V-002', 'Data-analist', 'ICT', 'Werken bij', 'Sanne de Vries', 'Ali Yilmaz', 'Leiden', '2025-03-10',
      '2025-03-12 08:05', '', '', '', '', '', '', '', '', 'active'],
  ],
};

/** One row per stakeholder: a rank from 1 (most important) to 6 for each performance area; ties allowed. */
const RANKINGS: Template = {
  columns: [
    ['stakeholder', 'stakeholder'], ['group', 'groep'], ['Best Fit', 'Best Fit'], ['Timely Delivery', 'Tijdige levering'],
    ['Service Quality', 'Servicekwaliteit'], ['Candidate Experience', 'Kandidaatervaring'], ['Right Costs', 'Juiste kosten'],
    ['Right Effort', 'Juiste inspanning'],
  ],
  rows: [
    ['Anna de Boer', 'MT', '2', '1', '5', '4', '3', '6'],
    ['Piet Jansen', 'vacaturehouder', '2', '1', '3', '5', '6', '4'],
    ['Sanne de Vries', 'HR', '1', '3', '4', '2', '5', '6'],
  ],
};

const DUTCH_WORDS: Readonly<Record<string, string>> = {
  yes: 'ja', no: 'nee', external: 'extern', internal: 'intern', hired: 'aangenomen', rejected: 'afgewezen', active: 'in behandeling',
};

/** A cell as Dutch Excel writes it: DD-MM-YYYY (with its time), decimal comma, ja/nee. */
function dutchCell(cell: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2})?$/.exec(cell);
  if (iso) return `${iso[3]}-${iso[2]}-${iso[1]}${iso[4] ?? ''}`;
  if (/^\d+\.\d+$/.test(cell)) return cell.replace('.', ',');
  return DUTCH_WORDS[cell] ?? cell;
}

function csv(template: Template, lang: Lang): string {
  const dutch = lang === 'nl';
  const header = template.columns.map(([en, nl]) => (dutch ? nl : en));
  const rows = template.rows.map((row) => (dutch ? row.map(dutchCell) : row));
  const lines = [header, ...rows].map((cells) => cells.join(dutch ? ';' : ','));
  return (dutch ? '\uFEFF' : '') + lines.map((line) => `${line}\r\n`).join('');
}

/** A starter config: the keys an analyst changes first. Rates are in currency units per hour. */
function starterConfig(lang: Lang): string {
  const config = {
    currency: 'EUR',
    lang,
    // Dutch exports write dates day first; saying so spares a note on every column of early-month dates.
    ...(lang === 'nl' ? { dateFormat: 'dmy' } : {}),
    rates: { recruiter: 55, hiring_manager: 75, interviewer: 65, hr: 50, management: 95, other: 50 },
    businessRoles: ['hiring_manager', 'interviewer', 'management'],
    scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } },
    // Dutch: the public holidays of every year, with Goede Vrijdag and Bevrijdingsdag as most CAOs
    // give them off; elsewhere the days to list by hand.
    ...(lang === 'nl'
      ? { holidays: 'nl', holidayOptions: { goodFriday: true, liberationDay: 'lustrum' } }
      : { holidays: ['2025-01-01', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26'] }),
    columns: { hires: {}, costs: {}, hours: {}, applications: {} },
    // The agreed speed of the process: feedback within 24 hours of an interview, a first response within 5 days.
    agreements: { feedbackHours: 24, firstResponseDays: 5 },
    // The value model measures each area against what the organisation agreed it should reach. These
    // are examples: no report uses them until they are agreed and the key is renamed to `targets`
    // (`weights` are added by `rkpi weights rankings.csv --write`; until then every area weighs the same).
    exampleTargets: {
      qualityOfHire: 0.8,
      onTimeRate: 0.6,
      timeToFillDays: 45,
      managerSatisfaction: 8,
      candidateSatisfaction: 8,
      costPerHire: 4000,
      effortHoursPerHire: 6,
    },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The files `rkpi init` writes, by name: config, inputs and the rankings sheet. Dutch templates are saved as Dutch Excel saves CSV. */
export function starterFiles(lang: Lang): ReadonlyMap<string, string> {
  return new Map([
    ['rkpi.config.json', starterConfig(lang)],
    ['hires.csv', csv(HIRES, lang)],
    ['costs.csv', csv(COSTS, lang)],
    ['hours.csv', csv(HOURS, lang)],
    ['applications.csv', csv(APPLICATIONS, lang)],
    ['rankings.csv', csv(RANKINGS, lang)],
  ]);
}
