// Synthetic hires, costs and hours files for the benchmark, deterministic (seeded mulberry32, no
// clock). One set of records is written in two forms: ISO CSV (`,`, LF, yyyy-mm-dd, decimal point)
// and Dutch Excel CSV (BOM, `;`, CRLF, dd-mm-yyyy, decimal comma, Dutch headers, ja/nee).
// Costs are a fifth and hours half of the hires in number. A hires row is about 120 bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

export function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEPARTMENTS = [
  'Zorg', 'Wonen', 'Thuiszorg', 'Revalidatie', 'Dagbesteding', 'Facilitair', 'ICT', 'Financien', 'HR', 'Kwaliteit',
  'Keuken', 'Schoonmaak', 'Planning', 'Behandeling', 'Psychologie', 'Fysiotherapie', 'Logistiek', 'Inkoop', 'Communicatie', 'Bestuur',
];
export const ROLES = [
  'Verzorgende', 'Verpleegkundige', 'Begeleider', 'Helpende', 'Teamleider', 'Kok', 'Schoonmaker', 'Planner',
  'Fysio', 'Psycholoog', 'Controller', 'Adviseur', 'ICT', 'Receptie', 'Arts', 'Verpleegkundige, nacht',
];
export const CHANNELS = ['Indeed', 'LinkedIn', 'Website', 'Referral', 'NVB', 'Bureau', 'Beurs', 'Open'];
export const RECRUITERS = ['S. Vries', 'D. Bakker', 'L. Visser', 'N. Smit', 'E. Meijer', 'F. Boer', 'J. Mulder', 'S. Groot'];
export const LOCATIONS = ['Leiden', 'Katwijk', 'Lisse', 'Alphen', 'Sassenheim', 'Wassenaar', 'Hillegom', 'Teylingen', 'Noordwijk', 'Rijnsburg'];
export const MANAGERS = Array.from({ length: 60 }, (_, i) => `${String.fromCharCode(65 + (i % 20))}. ${['Jansen', 'Peters', 'Bos'][i % 3]}`);
const CATEGORIES = ['vacaturebank', 'bureau', 'assessment', 'advertentie', 'referral', 'screening', 'evenement', 'software'];
const HOURS_ROLES = ['recruiter', 'hiring_manager', 'interviewer', 'hr', 'management', 'other'];

/** Hourly rates per role in the config, in euros. */
export const RATES = { recruiter: 55, hiring_manager: 75, interviewer: 65, hr: 50, management: 95, other: 50 };
/** The day the data ends: passed as --as-of, so the report does not depend on today. */
export const AS_OF = '2025-12-31';

export const FIRST_DAY = Date.UTC(2024, 0, 1) / 86400000;

export function isoOf(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

const FORMS = {
  iso: {
    bom: '',
    delimiter: ',',
    eol: '\n',
    date: (day) => (day === null ? '' : isoOf(day)),
    number: (value, decimals) => (value === null ? '' : value.toFixed(decimals)),
    yesNo: (value) => (value === null ? '' : value ? 'yes' : 'no'),
    hires: 'hire_id,vacancy_id,role,department,channel,recruiter,hiring_manager,location,vacancy_opened,application_date,offer_accepted,start_date,needed_by,performance_rating,probation_passed,left_date,manager_satisfaction,candidate_satisfaction,salary',
    costs: 'date,amount,type,category,channel,vacancy_id,department,description',
    hours: 'date,hours,role,person,vacancy_id,department,rate',
    costType: (external) => (external ? 'external' : 'internal'),
  },
  nl: {
    bom: '\ufeff',
    delimiter: ';',
    eol: '\r\n',
    date: (day) => {
      if (day === null) return '';
      const [y, m, d] = isoOf(day).split('-');
      return `${d}-${m}-${y}`;
    },
    // Dutch Excel: decimal comma and a point between thousands (37.406,97).
    number: (value, decimals) =>
      value === null ? '' : value.toFixed(decimals).replace('.', ',').replace(/\B(?=(\d{3})+,)/g, '.'),
    yesNo: (value) => (value === null ? '' : value ? 'ja' : 'nee'),
    hires: 'kandidaat_id;vacature_id;functie;afdeling;kanaal;recruiter;vacaturehouder;locatie;vacature_geopend;sollicitatiedatum;aanbod_geaccepteerd;startdatum;gewenste_startdatum;beoordeling;proeftijd_doorstaan;uit_dienst;tevredenheid_manager;tevredenheid_kandidaat;jaarsalaris',
    costs: 'datum;bedrag;soort;categorie;kanaal;vacature_id;afdeling;omschrijving',
    hours: 'datum;uren;rol;medewerker;vacature_id;afdeling;tarief',
    costType: (external) => (external ? 'extern' : 'intern'),
  },
};

export function field(text, delimiter) {
  return text.includes(delimiter) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes lines through a stream in blocks, waiting when the stream asks for it. */
export async function writeLines(path, header, count, lineOf, form) {
  const out = createWriteStream(path);
  let block = form.bom + header + form.eol;
  for (let i = 0; i < count; i += 1) {
    block += lineOf(i) + form.eol;
    if (block.length > 1 << 16) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  out.end(block);
  await once(out, 'finish');
}

function hireLine(rand, i, form) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const within = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const opened = FIRST_DAY + within(0, 640);
  const applied = opened + within(0, 40);
  const open = rand() < 0.04;
  const offer = open ? null : applied + within(3, 30);
  const start = offer === null || rand() < 0.03 ? null : offer + within(14, 60);
  const neededBy = rand() < 0.25 ? opened + within(30, 90) : null;
  const left = start !== null && rand() < 0.08 ? start + within(30, 400) : null;
  const hired = offer !== null;
  const rating = hired && rand() < 0.8 ? within(2, 10) / 2 : null;
  const probation = hired && rand() < 0.7 ? rand() < 0.9 : null;
  const manager = hired && rand() < 0.75 ? within(1, 10) : null;
  const candidate = hired && rand() < 0.5 ? within(10, 100) / 10 : null;
  const salary = hired && rand() < 0.9 ? within(2_800_000, 7_200_000) / 100 : null;
  const d = form.delimiter;
  return [
    `H${i + 1}`,
    `V${Math.floor(i * 0.87) + 1}`,
    field(pick(ROLES), d),
    pick(DEPARTMENTS),
    pick(CHANNELS),
    pick(RECRUITERS),
    pick(MANAGERS),
    pick(LOCATIONS),
    form.date(opened),
    form.date(applied),
    form.date(offer),
    form.date(start),
    form.date(neededBy),
    form.number(rating, rating !== null && rating % 1 !== 0 ? 1 : 0),
    form.yesNo(probation),
    form.date(left),
    form.number(manager, 0),
    form.number(candidate, 1),
    form.number(salary, 2),
  ].join(d);
}

function costLine(rand, i, hires, form) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const d = form.delimiter;
  const vacancy = rand() < 0.5 ? `V${Math.floor(rand() * hires * 0.87) + 1}` : '';
  return [
    form.date(FIRST_DAY + Math.floor(rand() * 700)),
    form.number(Math.round(50 + rand() * 495_000) / 100, 2),
    form.costType(rand() < 0.85),
    pick(CATEGORIES),
    pick(CHANNELS),
    vacancy,
    rand() < 0.7 ? pick(DEPARTMENTS) : '',
    field(`Factuur ${i + 1}; ${pick(CATEGORIES)}`, d),
  ].join(d);
}

function hoursLine(rand, hires, form) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const d = form.delimiter;
  const vacancy = rand() < 0.6 ? `V${Math.floor(rand() * hires * 0.87) + 1}` : '';
  return [
    form.date(FIRST_DAY + Math.floor(rand() * 700)),
    form.number((1 + Math.floor(rand() * 32)) / 4, 2),
    pick(HOURS_ROLES),
    pick(RECRUITERS),
    vacancy,
    rand() < 0.7 ? pick(DEPARTMENTS) : '',
    rand() < 0.2 ? form.number(40 + Math.floor(rand() * 60), 2) : '',
  ].join(d);
}

/**
 * Writes hires-, costs- and hours files for `hires` hire rows in the given form ('iso' or 'nl')
 * into `folder` and returns their paths. The same seed gives the same records in both forms.
 */
export async function generate(folder, hires, formName) {
  const form = FORMS[formName];
  const paths = {
    hires: join(folder, `hires-${hires}-${formName}.csv`),
    costs: join(folder, `costs-${hires}-${formName}.csv`),
    hours: join(folder, `hours-${hires}-${formName}.csv`),
  };
  const costs = Math.max(2, Math.round(hires / 5));
  const hours = Math.max(5, Math.round(hires / 2));
  let rand = mulberry32(hires * 7 + 1);
  await writeLines(paths.hires, form.hires, hires, (i) => hireLine(rand, i, form), form);
  rand = mulberry32(hires * 7 + 2);
  await writeLines(paths.costs, form.costs, costs, (i) => costLine(rand, i, hires, form), form);
  rand = mulberry32(hires * 7 + 3);
  await writeLines(paths.hours, form.hours, hours, () => hoursLine(rand, hires, form), form);
  return { paths, rows: { hires, costs, hours } };
}

/** The config the benchmark runs with: hourly rates per role, so hours rows without a rate count. */
export function benchConfig() {
  return { currency: 'EUR', rates: RATES };
}
