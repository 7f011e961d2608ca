#!/usr/bin/env node
// Generates the synthetic demo data set of "Zorggroep Rijnland" (a fictional Dutch care
// organisation of ~900 employees) for 2024-01-01 .. 2025-12-31 and writes it twice:
//   fixtures/demo/      Dutch Excel CSV (BOM, `;`, CRLF, decimal comma, dd-mm-yyyy, Dutch headers)
//   fixtures/demo-iso/  the same records as plain ISO CSV (`,`, LF, decimal point, yyyy-mm-dd)
// Deterministic: a seeded mulberry32 PRNG, no Math.random, no clock. No dependencies.
// Run: node scripts/make-demo.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applicationRecord, makeApplications } from './demo-applications.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 20240101;

// ---------------------------------------------------------------- random
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p) => rand() < p;
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
function weighted(pairs) {
  const total = pairs.reduce((s, p) => s + p[1], 0);
  let r = rand() * total;
  for (const [v, w] of pairs) {
    if ((r -= w) < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
/** Triangular distribution. */
function tri(min, mode, max) {
  const u = rand();
  const c = (mode - min) / (max - min);
  return u < c
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}
const roundTo = (x, step) => Math.round(x / step) * step;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// ---------------------------------------------------------------- dates (UTC day numbers)
const DAY_MS = 86400000;
const day = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const ymd = (y, m, d) => Date.UTC(y, m - 1, d) / DAY_MS;
const parts = (n) => {
  const dt = new Date(n * DAY_MS);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
};
const weekday = (n) => new Date(n * DAY_MS).getUTCDay(); // 0 = Sunday
const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDate = (n) => {
  const [y, m, d] = parts(n);
  return `${y}-${pad(m)}-${pad(d)}`;
};
const nlDate = (n) => {
  const [y, m, d] = parts(n);
  return `${pad(d)}-${pad(m)}-${y}`;
};
const lastOfMonth = (y, m) => ymd(y, m + 1, 1) - 1;

const FIRST = day('2024-01-01');
const LAST = day('2025-12-31');

// Dutch public holidays (Algemene termijnenwet; Bevrijdingsdag included every year).
const HOLIDAYS = [
  '2024-01-01', '2024-03-31', '2024-04-01', '2024-04-27', '2024-05-05', '2024-05-09',
  '2024-05-19', '2024-05-20', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29',
  '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26',
];
const HOLIDAY_SET = new Set(HOLIDAYS.map(day));
const isWorkday = (n) => weekday(n) !== 0 && weekday(n) !== 6 && !HOLIDAY_SET.has(n);
const nextWorkday = (n) => {
  while (!isWorkday(n)) n++;
  return n;
};
const prevWorkday = (n) => {
  while (!isWorkday(n)) n--;
  return n;
};
/** A random working day in [lo, hi]; null if there is none. */
function randWorkday(lo, hi) {
  if (hi < lo) return null;
  for (let i = 0; i < 60; i++) {
    const n = randInt(lo, hi);
    if (isWorkday(n)) return n;
  }
  const n = nextWorkday(lo);
  return n <= hi ? n : null;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december'];

// ---------------------------------------------------------------- organisation
const LW = 'Leiden';
const AL = 'Alphen aan den Rijn';
const KW = 'Katwijk';
const CH = {
  li: 'LinkedIn',
  in: 'Indeed',
  wb: 'Werken bij',
  mw: 'Medewerker werft medewerker',
  bu: 'Bureau',
  nv: 'Nationale Vacaturebank',
};
const R = {
  sanne: 'Sanne de Vries',
  fatima: 'Fatima El Amrani',
  mark: 'Mark Jansen',
  joost: 'Joost van Dijk',
};
const CARE_LOC = [[LW, 45], [AL, 33], [KW, 22]];
const OFFICE_LOC = [[LW, 90], [AL, 10]];

// roles: [title, monthly salary min, max (euro, full-time), weight]
const DEPTS = {
  Zorg: {
    n: [24, 27],
    ttf: [20, 38, 70],
    roles: [['Verzorgende IG', 2700, 3450, 4], ['Helpende Plus', 2500, 2950, 2],
      ['Begeleider gehandicaptenzorg', 2800, 3600, 2], ['Fysiotherapeut', 3300, 4600, 1],
      ['Ergotherapeut', 3300, 4500, 0.6], ['Zorgcoördinator', 3600, 4700, 0.6]],
    channels: [[CH.wb, 30], [CH.in, 25], [CH.mw, 15], [CH.nv, 12], [CH.bu, 8], [CH.li, 10]],
    loc: CARE_LOC,
    hm: { [LW]: 'Anouk Bakker', [AL]: 'Peter Visser', [KW]: 'Zoë Hendriks' },
    recruiters: [[R.sanne, 45], [R.fatima, 40], [R.joost, 15]],
    interviewers: ['Kim van der Linden', 'Sarah Boer', 'Mohamed Ouali', 'Eva Dekker'],
    agency: 'ZorgTalent Werving BV',
  },
  Verpleging: {
    n: [18, 21],
    ttf: [24, 45, 85],
    roles: [['Verpleegkundige niveau 4', 3000, 3900, 4], ['Verpleegkundige niveau 5', 3300, 4700, 2.5],
      ['Wijkverpleegkundige', 3500, 4800, 1.5], ['Nachtverpleegkundige', 3100, 4200, 1],
      ['Verpleegkundig specialist', 4800, 6600, 0.5]],
    channels: [[CH.wb, 25], [CH.in, 20], [CH.mw, 15], [CH.nv, 10], [CH.bu, 15], [CH.li, 15]],
    loc: CARE_LOC,
    hm: { [LW]: 'Marieke de Jong', [AL]: 'Hatice Yilmaz', [KW]: 'Marieke de Jong' },
    recruiters: [[R.sanne, 50], [R.fatima, 50]],
    interviewers: ['Lisa Brouwer', 'Tom de Graaf', 'Naima Bouzid'],
    agency: 'ZorgTalent Werving BV',
  },
  Facilitair: {
    n: [9, 10],
    ttf: [18, 30, 55],
    roles: [['Medewerker huishouding', 2480, 2750, 3], ['Kok', 2600, 3200, 1.5],
      ['Technisch medewerker', 2900, 3700, 1.5], ['Medewerker receptie', 2500, 2900, 1.5],
      ['Medewerker logistiek', 2550, 2950, 1]],
    channels: [[CH.wb, 25], [CH.in, 35], [CH.mw, 15], [CH.nv, 15], [CH.bu, 5], [CH.li, 5]],
    loc: CARE_LOC,
    hm: { [LW]: 'Henk de Boer', [AL]: 'Yvonne Kok', [KW]: 'Henk de Boer' },
    recruiters: [[R.joost, 70], [R.fatima, 30]],
    interviewers: ['Gerrit Prins', 'Sandra Koster'],
    agency: 'Uitzendbureau Rijnstreek',
  },
  ICT: {
    n: [6, 7],
    ttf: [40, 70, 120],
    roles: [['Servicedeskmedewerker', 2900, 3500, 2], ['Applicatiebeheerder', 3600, 4800, 2],
      ['Systeembeheerder', 3700, 5000, 1.5], ['Informatieanalist', 4200, 5600, 1],
      ['Security officer', 4800, 6300, 0.7]],
    channels: [[CH.li, 45], [CH.bu, 25], [CH.wb, 15], [CH.in, 10], [CH.mw, 5]],
    loc: OFFICE_LOC,
    hm: 'Rob Mulder',
    recruiters: [[R.mark, 100]],
    interviewers: ['Jeroen Peters', 'Dennis Vermeulen'],
    agency: 'ICT Headhunters BV',
  },
  Finance: {
    n: [4, 5],
    ttf: [30, 50, 85],
    roles: [['Financieel administratief medewerker', 2900, 3500, 2], ['Salarisadministrateur', 3200, 4100, 1.5],
      ['Controller', 4600, 6200, 1.2], ['Business controller', 5200, 6700, 0.6]],
    channels: [[CH.li, 35], [CH.bu, 20], [CH.wb, 20], [CH.in, 15], [CH.nv, 10]],
    loc: OFFICE_LOC,
    hm: 'Ingrid Bos',
    recruiters: [[R.mark, 80], [R.joost, 20]],
    interviewers: ['Monique Schouten'],
    agency: 'Finance Select BV',
  },
  HR: {
    n: [4, 4],
    ttf: [28, 45, 75],
    roles: [['HR-adviseur', 3900, 5100, 2], ['HR-assistent', 2900, 3400, 1.5],
      ['Recruiter', 3500, 4500, 0.7], ['Opleidingsadviseur', 3700, 4700, 1]],
    channels: [[CH.li, 40], [CH.wb, 30], [CH.in, 15], [CH.mw, 15]],
    loc: OFFICE_LOC,
    hm: 'Esther Meijer',
    recruiters: [[R.joost, 70], [R.mark, 30]],
    interviewers: ['Nicole Willems'],
    agency: 'Finance Select BV',
  },
  Management: {
    n: [5, 6],
    ttf: [45, 80, 130],
    roles: [['Teamleider zorg', 4300, 5400, 3], ['Locatiemanager', 5400, 6800, 1.5],
      ['Manager bedrijfsvoering', 6000, 7200, 0.7], ['Manager HR', 6200, 7300, 0.5]],
    channels: [[CH.li, 35], [CH.bu, 40], [CH.mw, 10], [CH.wb, 15]],
    loc: [[LW, 50], [AL, 30], [KW, 20]],
    hm: 'Willem van den Berg',
    recruiters: [[R.mark, 80], [R.sanne, 20]],
    interviewers: ['Ingrid Bos', 'Rob Mulder', 'Marieke de Jong'],
    agency: 'Rijn & Partners Executive Search',
  },
};
const HR_STAFF = ['Nicole Willems', 'Bart Hoekstra'];
const BOARD = 'Gerda Vos';
const INTERIM = 'Lotte Kuipers (interim)';

const hmFor = (d, loc) => (typeof d.hm === 'string' ? d.hm : d.hm[loc]);

// ---------------------------------------------------------------- hires
const hires = [];
for (const [dept, d] of Object.entries(DEPTS)) {
  for (const [yi, year] of [2024, 2025].entries()) {
    for (let i = 0; i < d.n[yi]; i++) {
      const [role, lo, hi] = weighted(d.roles.map((r) => [r, r[3]]));
      const channel = weighted(d.channels);
      const factor = channel === CH.bu ? 0.75 : channel === CH.mw ? 0.9 : 1;
      const ttf = Math.max(14, Math.round(tri(...d.ttf) * factor));
      const yStart = year === 2024 ? day('2024-01-15') : day('2025-01-02');
      const yEnd = year === 2024 ? day('2024-12-20') : day('2025-12-12');
      let offer = randWorkday(yStart, yEnd);
      let opened = prevWorkday(offer - ttf);
      if (opened <= FIRST) {
        opened = nextWorkday(FIRST + randInt(1, 12));
        offer = nextWorkday(opened + ttf);
      }
      const appGap = Math.min(Math.round(tri(5, 16, 40)), offer - opened - 2);
      const application = offer - appGap;

      // start: the 1st of a month or a Monday, 14..60 days after the offer
      let start = null;
      if (chance(0.4)) {
        const [y, m, dd] = parts(offer + 14);
        const first = dd === 1 ? offer + 14 : ymd(y, m + 1, 1);
        const s = nextWorkday(first);
        if (s - offer <= 60) start = s;
      }
      if (start === null) {
        let s = offer + Math.round(tri(14, 28, 54));
        while (weekday(s) !== 1) s++;
        start = nextWorkday(s);
      }
      if (start > LAST) start = null; // starts in 2026: not in this export yet

      let needed = null;
      if (chance(0.75)) {
        const base = start ?? offer + 35;
        needed = base + Math.round(tri(-35, 0, 35));
        if (chance(0.4)) {
          const [y, m] = parts(needed);
          needed = ymd(y, m, 1);
        }
        needed = Math.max(needed, opened + 21);
        if (needed > LAST) needed = null;
      }

      const loc = weighted(d.loc);
      const monthlyCents = randInt(lo * 100, hi * 100);
      const salary = chance(0.05) ? null : Math.round(monthlyCents * 12.96);
      hires.push({
        dept, role, channel, loc, opened, application, offer, start, needed,
        recruiter: weighted(d.recruiters), hm: hmFor(d, loc), salary, monthlyCents,
        rating: null, probation: null, left: null, mgrSat: null, candSat: null,
      });
    }
  }
}
hires.sort((a, b) => a.offer - b.offer || a.opened - b.opened);

// quality of hire, attrition, satisfaction
const PROBATION_DAYS = 61;
for (const h of hires) {
  if (h.start === null) continue;
  if (h.start + PROBATION_DAYS <= LAST) {
    if (chance(0.045)) {
      h.probation = false;
      h.left = h.start + randInt(20, 55);
      h.rating = chance(0.5) ? 2 : null;
      h.mgrSat = roundTo(tri(3, 4.5, 6.5), chance(0.5) ? 1 : 0.5);
    } else {
      h.probation = chance(0.03) ? null : true;
    }
  }
  if (h.probation !== false) {
    if (h.start <= day('2025-06-30') && !chance(0.06)) {
      h.rating = weighted([[2, 5], [2.5, 3], [3, 28], [3.5, 10], [4, 38], [4.5, 6], [5, 10]]);
    }
    if (h.probation === true && h.start <= day('2025-06-30') && chance(0.06)) {
      const raw = h.start + Math.round(tri(75, 260, 600));
      const [y, m] = parts(Math.min(raw, LAST));
      h.left = lastOfMonth(y, m);
      if (h.left <= h.start + PROBATION_DAYS) h.left = null;
    }
    if (h.start + 30 <= LAST && chance(0.82)) {
      const base = h.rating !== null ? 4.2 + h.rating : 7.6;
      const v = clamp(tri(base - 2.2, base, Math.min(10, base + 1.8)), 1, 10);
      h.mgrSat = chance(0.6) ? Math.round(v) : roundTo(v, 0.1);
    }
  }
  if (h.start + 14 <= LAST && chance(0.7)) {
    const v = clamp(tri(h.channel === CH.bu ? 4.5 : 5.5, 8, 10), 1, 10);
    h.candSat = chance(0.55) ? Math.round(v) : roundTo(v, 0.1);
  }
}
// make sure a few half-point ratings exist so the decimal mark is provable
{
  const rated = hires.filter((h) => h.rating !== null && h.probation !== false);
  for (let i = 0; i < 3 && rated.filter((h) => h.rating % 1 !== 0).length < 3; i++) rated[i * 7].rating = 3.5;
}

// open vacancies (opened, no offer yet) at the 2025-12-31 cut-off
const OPEN = [
  ['Verpleging', 'Wijkverpleegkundige', '2025-05-12', '2025-09-01'],
  ['ICT', 'Security officer', '2025-06-16', '2025-10-01'],
  ['Zorg', 'Verzorgende IG', '2025-09-22', null],
  ['Verpleging', 'Verpleegkundige niveau 4', '2025-10-06', '2025-12-01'],
  ['Zorg', 'Helpende Plus', '2025-10-20', null],
  ['Facilitair', 'Kok', '2025-11-03', '2025-12-15'],
  ['Finance', 'Business controller', '2025-11-10', null],
  ['Management', 'Locatiemanager', '2025-11-17', null],
  ['HR', 'HR-adviseur', '2025-12-01', null],
  ['Zorg', 'Begeleider gehandicaptenzorg', '2025-12-08', null],
];
const open = OPEN.map(([dept, role, opened, needed]) => {
  const d = DEPTS[dept];
  const loc = weighted(d.loc);
  return {
    dept, role, channel: null, loc, opened: day(opened), application: null, offer: null, start: null,
    needed: needed ? day(needed) : null, recruiter: weighted(d.recruiters), hm: hmFor(d, loc),
    salary: null, rating: null, probation: null, left: null, mgrSat: null, candSat: null,
  };
});

// ids: vacancies numbered per year in order of opening, candidates in order of application
const vacancies = [...hires, ...open].sort((a, b) => a.opened - b.opened || (a.offer ?? 1e9) - (b.offer ?? 1e9));
const perYear = {};
for (const v of vacancies) {
  const y = parts(v.opened)[0];
  perYear[y] = (perYear[y] ?? 0) + 1;
  v.vacancyId = `VAC-${y}-${pad(perYear[y], 3)}`;
}
let cand = 20417;
for (const h of [...hires].sort((a, b) => a.application - b.application)) {
  cand += randInt(5, 60);
  h.hireId = `KND-${cand}`;
}
for (const v of open) v.hireId = null;

// ---------------------------------------------------------------- costs
const costs = [];
const cost = (date, amount, type, category, channel, vacancyId, department, description) =>
  costs.push({ date, amount, type, category, channel, vacancyId, department, description });

for (const y of [2024, 2025]) {
  for (let m = 1; m <= 12; m++) {
    const mName = `${MONTHS_NL[m - 1]} ${y}`;
    const end = prevWorkday(lastOfMonth(y, m));
    cost(end, randInt(65000, 140000), 'extern', 'vacaturebank', CH.in, null, null, `Indeed sponsored jobs ${mName}`);
    cost(end, (y === 2024 ? 89500 : 94900) + (chance(0.3) ? randInt(20000, 60000) : 0), 'extern', 'sociale media',
      CH.li, null, null, `LinkedIn Recruiter Lite + job slots ${mName}`);
    cost(nextWorkday(ymd(y, m, 1)), y === 2024 ? 38950 : 41275, 'extern', 'vacaturebank', CH.nv, null, null,
      `Nationale Vacaturebank abonnement ${mName}`);
    cost(end, randInt(25000, 72000), 'extern', 'advertentie', CH.wb, null, null, `Google Ads campagne werkenbij ${mName}`);
  }
}
cost(day('2024-01-15'), 984000, 'extern', 'recruitmenttechnologie', null, null, null, 'Jaarlicentie ATS (Recruitee) 2024');
cost(day('2025-01-14'), 1033200, 'extern', 'recruitmenttechnologie', null, null, null, 'Jaarlicentie ATS (Recruitee) 2025');
cost(day('2024-02-01'), 480000, 'extern', 'recruitmenttechnologie', CH.wb, null, null, 'Hosting en onderhoud werkenbij-site 2024');
cost(day('2025-02-03'), 504000, 'extern', 'recruitmenttechnologie', CH.wb, null, null, 'Hosting en onderhoud werkenbij-site 2025');
cost(day('2024-03-14'), 236000, 'intern', 'training', null, null, null, 'Training Boolean sourcing (4 recruiters)');
cost(day('2024-09-19'), 345000, 'intern', 'training', null, null, null, 'Training selectiegesprekken voor leidinggevenden');
cost(day('2025-04-10'), 119500, 'intern', 'training', null, null, null, 'Opleiding arbeidsmarktcommunicatie; 3 dagdelen');
cost(day('2025-10-02'), 87550, 'intern', 'training', null, null, 'HR', 'Workshop onboarding & eerste 100 dagen');
cost(day('2024-04-08'), 1245000, 'extern', 'employer branding', null, null, null,
  'Employer branding campagne "Zorg voor elkaar" – video en fotografie');
cost(day('2024-05-13'), 385050, 'extern', 'employer branding', null, null, null, 'Campagne "Zorg voor elkaar" – social media advertenties');
cost(day('2024-06-10'), 214500, 'extern', 'employer branding', null, null, null, 'Radiospot Omroep West (2 weken)');
cost(day('2025-03-17'), 689000, 'extern', 'employer branding', null, null, null, 'Employer branding 2025, fotoshoot op alle locaties');
cost(day('2025-09-15'), 412075, 'extern', 'employer branding', null, null, null, 'Campagne "Kom werken in de wijk" – buitenreclame Leiden');
cost(day('2024-10-03'), 185000, 'extern', 'evenement', null, null, null, 'Zorgbanenmarkt Leiden, stand en materialen');
cost(day('2024-10-04'), 42370, 'extern', 'evenement', null, null, null, 'Catering en drukwerk Zorgbanenmarkt');
cost(day('2025-03-20'), 95000, 'extern', 'evenement', null, null, null, 'Banenmarkt Alphen aan den Rijn, standhuur');
cost(day('2025-10-09'), 192500, 'extern', 'evenement', null, null, null, 'Zorgbanenmarkt Leiden, stand en materialen');
cost(day('2025-02-14'), -61240, 'extern', 'vacaturebank', CH.in, null, null, 'Creditnota Indeed – dubbel gefactureerd januari 2025');

const ASSESSED = new Set(['Systeembeheerder', 'Informatieanalist', 'Security officer', 'Controller', 'Business controller']);
for (const h of hires) {
  const end = Math.min(h.offer, LAST);
  if (h.dept === 'Zorg' || h.dept === 'Verpleging') {
    const dt = randWorkday(h.offer + 2, Math.min(h.offer + 10, LAST));
    if (dt !== null) cost(dt, dt < day('2025-01-01') ? 4135 : 4415, 'extern', 'screening', null, h.vacancyId, h.dept, `VOG-aanvraag ${h.hireId}`);
  }
  if (h.channel === CH.bu) {
    const pct = randInt(15, 25);
    const base = h.salary ?? Math.round(h.monthlyCents * 12.96);
    let dt = h.start !== null ? nextWorkday(h.start + randInt(0, 14)) : null;
    if (dt === null || dt > LAST) dt = nextWorkday(h.offer + randInt(5, 10));
    cost(dt, Math.round((base * pct) / 100), 'extern', 'bureau', CH.bu, h.vacancyId, h.dept,
      `Fee ${DEPTS[h.dept].agency} – ${h.role} (${pct}% jaarsalaris)`);
  }
  if (h.channel === CH.mw && h.probation === true) {
    const dt = nextWorkday(h.start + 62);
    if (dt <= LAST) {
      cost(dt, h.dept === 'Verpleging' || h.dept === 'ICT' ? 100000 : 50000, 'extern', 'referral bonus', CH.mw,
        h.vacancyId, h.dept, `Bonus medewerker-werft-medewerker (${h.hireId})`);
    }
  }
  if (h.dept === 'Management' || ASSESSED.has(h.role)) {
    const dt = randWorkday(Math.max(h.application, h.offer - 12), h.offer - 1) ?? h.offer;
    cost(dt, Math.round(randInt(95, 200) * 1000 * 1.21), 'extern', 'assessment', null, h.vacancyId, h.dept,
      `Assessment ${h.role} (LTP)`);
    if (h.dept === 'Management' && chance(0.6)) {
      cost(randWorkday(h.application, end) ?? h.offer, randInt(2000, 9000), 'extern', 'reiskosten', null,
        h.vacancyId, h.dept, 'Reiskosten kandidaat tweede gesprek');
    }
  }
}
for (const v of vacancies) {
  const end = Math.min(v.offer ?? LAST, LAST);
  const care = v.dept === 'Zorg' || v.dept === 'Verpleging' || v.dept === 'Facilitair';
  if (chance(care ? 0.28 : 0.12)) {
    const dt = randWorkday(v.opened + 1, Math.min(v.opened + 10, end));
    if (dt !== null) cost(dt, randInt(15000, 45000), 'extern', 'vacaturebank', CH.in, v.vacancyId, v.dept, `Indeed; gesponsorde vacature ${v.role}`);
  }
  if (v.dept === 'Verpleging' && chance(0.2)) {
    const dt = randWorkday(v.opened + 1, Math.min(v.opened + 14, end));
    if (dt !== null) cost(dt, 69500, 'extern', 'advertentie', null, v.vacancyId, v.dept, `Vakblad "Nursing" – vacatureplaatsing ${v.role}`);
  }
  if (v.dept === 'Zorg' && chance(0.22)) {
    const dt = randWorkday(v.opened + 1, Math.min(v.opened + 14, end));
    if (dt !== null) cost(dt, randInt(10000, 30000), 'extern', 'sociale media', CH.wb, v.vacancyId, v.dept, `Facebook/Instagram advertentie ${v.role} ${v.loc}`);
  }
  if ((v.dept === 'ICT' || v.dept === 'Management' || v.dept === 'Finance') && chance(0.5)) {
    const dt = randWorkday(v.opened + 1, Math.min(v.opened + 10, end));
    if (dt !== null) cost(dt, randInt(25000, 90000), 'extern', 'sociale media', CH.li, v.vacancyId, v.dept, `LinkedIn promoted job ${v.role}`);
  }
}

// ---------------------------------------------------------------- hours
const hours = [];
const hour = (date, h, role, person, vacancyId, department, rate = null) =>
  hours.push({ date, hours: h, role, person, vacancyId, department, rate });
const INTERIM_FROM = day('2025-01-06');
const INTERIM_TO = day('2025-03-28');

for (const v of vacancies) {
  const end = Math.min(v.offer ?? LAST, LAST);
  const heavy = v.dept === 'ICT' || v.dept === 'Management' ? 1.3 : 1;
  const intake = randWorkday(v.opened, Math.min(v.opened + 3, end)) ?? v.opened;
  hour(intake, roundTo(tri(1, 1.5, 2.5), 0.25), 'recruiter', v.recruiter, v.vacancyId, v.dept);
  const screenings = chance(0.2) ? 2 : 1;
  for (let i = 0; i < screenings; i++) {
    const dt = randWorkday(v.opened + 3, end - 1) ?? end;
    const interim = v.recruiter === R.joost && dt >= INTERIM_FROM && dt <= INTERIM_TO;
    hour(dt, Math.max(0.5, roundTo(tri(4, 9, 16) * heavy, 0.5)), 'recruiter', interim ? INTERIM : v.recruiter,
      v.vacancyId, v.dept, interim ? 8500 : null);
  }
  const d = DEPTS[v.dept];
  const lo = v.application ?? v.opened + 7;
  if (v.offer !== null) {
    hour(randWorkday(lo, v.offer) ?? v.offer, Math.max(1, roundTo(tri(1.5, 3, 6) * heavy, 0.5)), 'hiring_manager', v.hm, v.vacancyId, v.dept);
    if (chance(0.3)) hour(randWorkday(lo, v.offer) ?? v.offer, roundTo(tri(1, 2, 3), 0.5), 'hiring_manager', v.hm, v.vacancyId, v.dept);
    if (chance(0.45)) hour(randWorkday(lo, v.offer) ?? v.offer, roundTo(tri(1, 1.5, 2.5), 0.5), 'interviewer', pick(d.interviewers), v.vacancyId, v.dept);
    if (chance(0.35)) {
      const dt = nextWorkday(v.offer + randInt(1, 5));
      if (dt <= LAST) hour(dt, roundTo(tri(0.5, 1, 2), 0.25), 'hr', pick(HR_STAFF), v.vacancyId, v.dept);
    }
    if (v.dept === 'Management') hour(randWorkday(lo, v.offer) ?? v.offer, roundTo(tri(1.5, 2, 3), 0.5), 'management', BOARD, v.vacancyId, v.dept);
  } else if (lo < LAST && chance(0.6)) {
    hour(randWorkday(Math.min(lo, LAST - 10), LAST), roundTo(tri(1, 2, 4), 0.5), 'hiring_manager', v.hm, v.vacancyId, v.dept);
  }
}
// monthly MT recruitment meeting, job fairs
for (const y of [2024, 2025]) {
  for (let m = 1; m <= 12; m++) {
    let dt = ymd(y, m, 1);
    while (weekday(dt) !== 2) dt++;
    hour(nextWorkday(dt), m % 3 === 0 ? 2 : 1.5, 'management', 'Willem van den Berg', null, null);
  }
}
for (const fair of ['2024-10-03', '2025-03-20', '2025-10-09']) {
  for (const p of [R.sanne, R.fatima, R.joost, R.mark]) {
    if (chance(0.85)) hour(day(fair), pick([6, 7, 7.5, 8]), 'recruiter', p, null, null);
  }
  hour(day(fair), 4.5, 'hr', pick(HR_STAFF), null, 'HR');
}

// ---------------------------------------------------------------- applications (a PRNG of their own)
const applications = makeApplications({
  rng: mulberry32(SEED + 13),
  vacancies,
  depts: DEPTS,
  channels: CH,
  isWorkday,
  first: FIRST,
  last: LAST,
});

// ---------------------------------------------------------------- formatting
const sortByDate = (rows) => rows.map((r, i) => [r, i]).sort((a, b) => a[0].date - b[0].date || a[1] - b[1]).map((p) => p[0]);

function fmtMoney(cents, nl) {
  if (cents === null) return '';
  const neg = cents < 0;
  const abs = Math.abs(cents);
  let euros = String(Math.floor(abs / 100));
  const ct = pad(abs % 100);
  if (nl) euros = euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${euros}${nl ? ',' : '.'}${ct}`;
}
function fmtDec(v, nl) {
  if (v === null) return '';
  const s = v.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return nl ? s.replace('.', ',') : s;
}
const TYPES = {
  text: (v) => v ?? '',
  date: (v, nl) => (v === null ? '' : nl ? nlDate(v) : isoDate(v)),
  money: fmtMoney,
  dec: fmtDec,
  bool: (v, nl) => (v === null ? '' : v ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no'),
  soort: (v, nl) => (nl ? v : v === 'extern' ? 'external' : 'internal'),
};

const HIRE_COLS = [
  ['hire_id', 'kandidaat_id', 'text', 'hireId'], ['vacancy_id', 'vacature_id', 'text', 'vacancyId'],
  ['role', 'functie', 'text', 'role'], ['department', 'afdeling', 'text', 'dept'],
  ['channel', 'kanaal', 'text', 'channel'], ['recruiter', 'recruiter', 'text', 'recruiter'],
  ['hiring_manager', 'vacaturehouder', 'text', 'hm'], ['location', 'locatie', 'text', 'loc'],
  ['vacancy_opened', 'vacature_geopend', 'date', 'opened'], ['application_date', 'sollicitatiedatum', 'date', 'application'],
  ['offer_accepted', 'aanbod_geaccepteerd', 'date', 'offer'], ['start_date', 'startdatum', 'date', 'start'],
  ['needed_by', 'gewenste_startdatum', 'date', 'needed'], ['performance_rating', 'beoordeling', 'dec', 'rating'],
  ['probation_passed', 'proeftijd_doorstaan', 'bool', 'probation'], ['left_date', 'uit_dienst', 'date', 'left'],
  ['manager_satisfaction', 'tevredenheid_manager', 'dec', 'mgrSat'],
  ['candidate_satisfaction', 'tevredenheid_kandidaat', 'dec', 'candSat'], ['salary', 'jaarsalaris', 'money', 'salary'],
];
const COST_COLS = [
  ['date', 'datum', 'date', 'date'], ['amount', 'bedrag', 'money', 'amount'], ['type', 'soort', 'soort', 'type'],
  ['category', 'categorie', 'text', 'category'], ['channel', 'kanaal', 'text', 'channel'],
  ['vacancy_id', 'vacature_id', 'text', 'vacancyId'], ['department', 'afdeling', 'text', 'department'],
  ['description', 'omschrijving', 'text', 'description'],
];
const HOUR_COLS = [
  ['date', 'datum', 'date', 'date'], ['hours', 'uren', 'dec', 'hours'], ['role', 'rol', 'text', 'role'],
  ['person', 'medewerker', 'text', 'person'], ['vacancy_id', 'vacature_id', 'text', 'vacancyId'],
  ['department', 'afdeling', 'text', 'department'], ['rate', 'tarief', 'money', 'rate'],
];

function csv(rows, cols, nl) {
  const delim = nl ? ';' : ',';
  const eol = nl ? '\r\n' : '\n';
  const q = (s) => (s.includes(delim) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [cols.map((c) => (nl ? c[1] : c[0])).join(delim)];
  for (const r of rows) lines.push(cols.map(([, , t, k]) => q(TYPES[t](r[k] ?? null, nl))).join(delim));
  return (nl ? '\uFEFF' : '') + lines.join(eol) + eol;
}

const WEIGHTS_FROM_RANKINGS = {
  bestFit: 0.2741,
  timelyDelivery: 0.3019,
  serviceQuality: 0.1213,
  candidateExperience: 0.1216,
  rightCosts: 0.1065,
  rightEffort: 0.0747,
};

// The value model: the targets the organisation agreed on, and the weights that
// `rkpi weights rankings.csv --write` makes of the rankings below (rank-order centroid).
const CONFIG = {
  currency: 'EUR',
  rates: { recruiter: 55, hiring_manager: 75, interviewer: 65, hr: 50, management: 95, other: 50 },
  businessRoles: ['hiring_manager', 'interviewer', 'management'],
  scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } },
  holidays: HOLIDAYS,
  targets: {
    qualityOfHire: 0.8,
    onTimeRate: 0.6,
    timeToFillDays: 45,
    managerSatisfaction: 8,
    candidateSatisfaction: 8,
    costPerHire: 4000,
    effortHoursPerHire: 6,
  },
  weights: WEIGHTS_FROM_RANKINGS,
  // The agreed answer times that feedback and first responses are held against (rkpi urgency).
  agreements: { feedbackHours: 24, firstResponseDays: 5 },
  // What an empty chair costs per working day: an estimate the organisation agreed on, for the
  // cost of vacancy (report, compare, rkpi urgency).
  vacancyCost: { perDay: 350 },
  // The applications file's own words: a status the built-in Dutch words lack, and the stage
  // names of the organisation's ATS in the stage history (stage-history.csv).
  statuses: { withdrawn: ['Kandidaat trekt zich terug'] },
  stages: {
    applied: ['Sollicitatie ontvangen'],
    screening: ['Selectie cv'],
    interview: ['Kennismakingsgesprek', 'Vervolggesprek'],
    offer: ['Arbeidsvoorwaarden'],
    hired: ['Contract getekend'],
    declined: ['Aanbod afgewezen'],
    rejected: ['Afgewezen'],
    withdrawn: ['Kandidaat trekt zich terug'],
  },
};

// ---------------------------------------------------------------- rankings (written by hand, no PRNG)
// Nine stakeholders rank the six performance areas, 1 = most important; Joost ties two areas.
const AREAS = [
  ['bestFit', 'Best Fit'], ['timelyDelivery', 'Tijdige levering'], ['serviceQuality', 'Servicekwaliteit'],
  ['candidateExperience', 'Kandidaatervaring'], ['rightCosts', 'Juiste kosten'], ['rightEffort', 'Juiste inspanning'],
];
const RANKINGS = [
  ['Marieke de Groot', 'MT', [2, 1, 5, 4, 3, 6]],
  ['Hans Vermeulen', 'MT', [1, 2, 4, 5, 3, 6]],
  ['Petra Bakker', 'MT', [3, 2, 5, 6, 1, 4]],
  ['Sandra Visser', 'vacaturehouder', [2, 1, 4, 5, 6, 3]],
  ['Ahmed El Amrani', 'vacaturehouder', [3, 1, 2, 5, 6, 4]],
  ['Lotte Jansen', 'vacaturehouder', [2, 1, 3, 6, 5, 4]],
  ['Erik Mulder', 'vacaturehouder', [1, 2, 3, 4, 6, 5]],
  ['Fatima Yilmaz', 'HR', [1, 3, 4, 2, 5, 6]],
  ['Joost van Dijk', 'HR', [2, 2, 4, 1, 6, 5]],
];

function rankingsCsv(nl) {
  const delim = nl ? ';' : ',';
  const eol = nl ? '\r\n' : '\n';
  const header = ['stakeholder', nl ? 'groep' : 'group', ...AREAS.map(([key, name]) => (nl ? name : key))];
  const lines = [header, ...RANKINGS.map(([name, group, ranks]) => [name, group, ...ranks])].map((cells) => cells.join(delim));
  return (nl ? '\uFEFF' : '') + lines.join(eol) + eol;
}

const hireRows = [...vacancies].sort((a, b) => (a.vacancyId < b.vacancyId ? -1 : 1));
const costRows = sortByDate(costs);
const hourRows = sortByDate(hours);

// Date-times: Dutch Excel writes `04-03-2025 14:30`, the ISO twin `2025-03-04T14:30`.
const fmtMoment = (t, nl) => {
  if (t === null) return '';
  const d = Math.floor(t / 1440);
  const minute = t - d * 1440;
  const time = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
  return nl ? `${nlDate(d)} ${time}` : `${isoDate(d)}T${time}`;
};
const STATUS_WORDS = {
  nl: { active: 'In behandeling', hired: 'Aangenomen', rejected: 'Afgewezen', withdrawn: 'Kandidaat trekt zich terug', declined: 'Aanbod afgewezen' },
  en: { active: 'active', hired: 'hired', rejected: 'rejected', withdrawn: 'withdrawn', declined: 'declined' },
};
const STAGE_NAMES = {
  nl: {
    applied: 'Sollicitatie ontvangen', screening: 'Selectie cv', interview: 'Kennismakingsgesprek', interview2: 'Vervolggesprek',
    offer: 'Arbeidsvoorwaarden', hired: 'Contract getekend', declined: 'Aanbod afgewezen', rejected: 'Afgewezen',
    withdrawn: 'Kandidaat trekt zich terug',
  },
  en: {
    applied: 'Applied', screening: 'Screening', interview: 'First interview', interview2: 'Second interview', offer: 'Offer',
    hired: 'Hired', declined: 'Offer declined', rejected: 'Rejected', withdrawn: 'Withdrawn',
  },
};
const APPLICATION_DIMS = [
  ['application_id', 'sollicitatie_id', 'text', 'id'], ['candidate_id', 'kandidaat_id', 'text', 'candidate'],
  ['vacancy_id', 'vacature_id', 'text', 'vacancyId'], ['role', 'functie', 'text', 'role'], ['department', 'afdeling', 'text', 'dept'],
  ['channel', 'kanaal', 'text', 'channel'], ['recruiter', 'recruiter', 'text', 'recruiter'],
  ['hiring_manager', 'vacaturehouder', 'text', 'hm'], ['location', 'locatie', 'text', 'loc'],
  ['vacancy_opened', 'vacature_geopend', 'date', 'opened'],
];
const APPLICATION_COLS = [
  ...APPLICATION_DIMS,
  ['applied', 'sollicitatiedatum', 'moment', 'applied'], ['screened', 'cv_selectie', 'moment', 'screened'],
  ['interview', 'eerste_gesprek', 'moment', 'interview'], ['feedback', 'terugkoppeling', 'moment', 'feedback'],
  ['offer', 'aanbod_gedaan', 'moment', 'offer'], ['hired', 'aangenomen', 'moment', 'hired'],
  ['declined', 'aanbod_afgewezen', 'moment', 'declined'], ['rejected', 'afgewezen', 'moment', 'rejected'],
  ['withdrawn', 'teruggetrokken', 'moment', 'withdrawn'], ['status', 'status', 'text', 'statusWord'],
];
const STAGE_COLS = [
  ...APPLICATION_DIMS,
  ['stage', 'stap', 'text', 'stageName'], ['entered', 'in_stap_sinds', 'moment', 'entered'], ['left', 'uit_stap', 'moment', 'left'],
];
TYPES.moment = fmtMoment;

function applicationRows(lang) {
  return applications.map((a) => {
    const record = applicationRecord(a);
    return { ...a, opened: a.vacancy.opened, vacancyId: a.vacancy.vacancyId, ...record, statusWord: STATUS_WORDS[lang][record.status] };
  });
}

/** One row per stage entered, of all applications in the order the stages were entered; `left` is the next stage's entry. */
function stageRows(lang) {
  const rows = [];
  applications.forEach((a, index) => {
    a.events.forEach((event, at) => {
      rows.push({
        ...a, opened: a.vacancy.opened, vacancyId: a.vacancy.vacancyId, stageName: STAGE_NAMES[lang][event.stage],
        entered: event.t, left: a.events[at + 1]?.t ?? null, order: [event.t, index, at],
      });
    });
  });
  return rows.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1] || x.order[2] - y.order[2]);
}

for (const [dir, nl] of [['fixtures/demo', true], ['fixtures/demo-iso', false]]) {
  const out = join(ROOT, dir);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'hires.csv'), csv(hireRows, HIRE_COLS, nl));
  writeFileSync(join(out, 'costs.csv'), csv(costRows, COST_COLS, nl));
  writeFileSync(join(out, 'hours.csv'), csv(hourRows, HOUR_COLS, nl));
  writeFileSync(join(out, 'rkpi.config.json'), JSON.stringify(CONFIG, null, 2) + '\n');
  writeFileSync(join(out, 'rankings.csv'), rankingsCsv(nl));
  writeFileSync(join(out, 'applications.csv'), csv(applicationRows(nl ? 'nl' : 'en'), APPLICATION_COLS, nl));
  writeFileSync(join(out, 'stage-history.csv'), csv(stageRows(nl ? 'nl' : 'en'), STAGE_COLS, nl));
}

// sanity checks: every row valid and inside the data window
const inWindow = (n) => n === null || (n >= FIRST && n <= LAST);
for (const h of hireRows) {
  const ds = [h.opened, h.application, h.offer, h.start, h.needed, h.left];
  if (!ds.every(inWindow)) throw new Error(`date outside window: ${h.vacancyId}`);
  if (h.offer !== null && (h.offer < h.opened || h.offer < h.application)) throw new Error(`offer order: ${h.vacancyId}`);
  if (h.start !== null && h.start < h.offer) throw new Error(`start order: ${h.vacancyId}`);
  if (h.left !== null && h.left <= h.start) throw new Error(`left order: ${h.vacancyId}`);
}
for (const r of [...costRows, ...hourRows]) if (!inWindow(r.date)) throw new Error('cost/hours date outside window');

const nHires = hires.length;
console.log(`hires.csv: ${hireRows.length} rows (${nHires} hires, ${open.length} open vacancies); ` +
  `costs.csv: ${costRows.length} rows; hours.csv: ${hourRows.length} rows; ` +
  `applications.csv: ${applications.length} rows; stage-history.csv: ${applications.reduce((n, a) => n + a.events.length, 0)} rows`);
