import type { ReportDocument } from './document.js';
import type { Formatter, Lang } from './format.js';
import type { Messages } from './i18n.js';
import { explained } from './figure-notes.js';
import { reasonText } from './reason-text.js';
import { VACANCY_COST_MESSAGES } from './vacancy-cost-messages.js';
import { text, type ViewCell, type ViewColumn, type ViewRow, type ViewTable } from './view.js';

type Kpis = ReportDocument['kpis'];
type Setting = ReportDocument['settings']['vacancyCost'];

const moneyCell = (f: Formatter, currency: string) => (value: number | null): ViewCell => ({ text: f.money(value), value, unit: currency });

/** How the daily cost is set, in words: `€350.00 per working day`, `salary × 1.5 / 230 per working day`. */
export function ruleText(setting: Setting, f: Formatter, lang: Lang): string | null {
  if (setting === null) return null;
  const v = VACANCY_COST_MESSAGES[lang];
  if ('perDay' in setting) return v.perDay(f.money(setting.perDay));
  return v.salaryMultiple(f.number(setting.salaryMultiple, 2).replace(/[.,]?0+$/, ''), f.number(setting.workingDaysPerYear));
}

/**
 * The summary rows of the cost of vacancy (SPEC §11.3), each labelled an estimate: the total over
 * the hires, per hire, cost per hire with it, and the open vacancies' cost so far; a figure
 * without a value carries its reason, one with a note its note.
 */
export function vacancyCostRows(doc: ReportDocument, f: Formatter, m: Messages, lang: Lang, say: (sentence: string) => string): ViewRow[] {
  const v = VACANCY_COST_MESSAGES[lang];
  const k = doc.kpis;
  const money = moneyCell(f, doc.settings.currency);
  const row = (key: string, label: string, value: ViewCell, basis: string): ViewRow => ({
    key,
    cells: [text(label), explained(value, key, doc, say), text(basis)],
  });
  const cost = k.costOfVacancy;
  const open = k.openVacancyCost;
  const rule = ruleText(doc.settings.vacancyCost, f, lang);
  const hires = v.hiresOpen(m.counts.hires(cost.n, f.number(cost.n)), f.number(cost.workingDays));
  // Without a vacancyCost nothing was counted: the notes say why, the basis stays empty.
  const basis = (text: string) => (rule === null ? '' : text);
  return [
    row('costOfVacancy.total', v.total, money(cost.total), basis(`${hires} × ${rule}`)),
    row('costOfVacancy.perHire', v.perHire, money(cost.perHire), v.perHireBasis),
    row('totalCostPerHire', m.kpi.totalCostPerHire, money(k.totalCostPerHire), v.totalPerHireBasis),
    row('openVacancyCost.total', m.kpi.openVacancyCost, money(open.total), basis(v.openBasis(f.number(open.n), f.number(open.count), f.date(doc.openVacanciesOn)))),
  ];
}

/** The group table's two columns of the cost of vacancy, when the config sets one. */
export function vacancyCostColumns(doc: ReportDocument, lang: Lang): ViewColumn[] {
  if (doc.settings.vacancyCost === null) return [];
  const v = VACANCY_COST_MESSAGES[lang];
  return [
    { key: 'costOfVacancy.perHire', label: v.perHireShort, align: 'right' },
    { key: 'totalCostPerHire', label: v.totalPerHireShort, align: 'right' },
  ];
}

/** A group's cells for vacancyCostColumns, each explained by `why` (its reason or note). */
export function vacancyCostCells(doc: ReportDocument, kpis: Kpis, f: Formatter, why: (cell: ViewCell, key: string) => ViewCell): ViewCell[] {
  if (doc.settings.vacancyCost === null) return [];
  const money = moneyCell(f, doc.settings.currency);
  return [why(money(kpis.costOfVacancy.perHire), 'costOfVacancy.perHire'), why(money(kpis.totalCostPerHire), 'totalCostPerHire')];
}

/** Each vacancy open on S (the report's openVacanciesOn) with its cost so far, by id; null when there is none or no vacancyCost. */
export function openVacancyCostTable(doc: ReportDocument, f: Formatter, lang: Lang): ViewTable | null {
  const open = doc.kpis.openVacancyCost;
  if (doc.settings.vacancyCost === null || open.vacancies.length === 0) return null;
  const v = VACANCY_COST_MESSAGES[lang];
  const money = moneyCell(f, doc.settings.currency);
  const column = (key: string, label: string, align: 'left' | 'right'): ViewColumn => ({ key, label, align });
  return {
    id: 'openVacancyCost',
    rowKind: 'metric',
    title: v.tableTitle(f.date(doc.openVacanciesOn)),
    columns: [
      column('vacancy', v.columns.vacancy, 'left'),
      column('opened', v.columns.opened, 'left'),
      column('workingDays', v.columns.workingDays, 'right'),
      column('cost', v.columns.cost, 'right'),
      column('note', v.columns.note, 'left'),
    ],
    rows: open.vacancies.map((vacancy) => ({
      key: `openVacancyCost.${vacancy.vacancy}`,
      cells: [
        text(vacancy.vacancy),
        text(f.date(vacancy.opened)),
        { text: f.number(vacancy.workingDays), value: vacancy.workingDays, unit: 'days' },
        money(vacancy.cost),
        text(vacancy.reason === null ? '' : reasonText(vacancy.reason, lang, f.date)),
      ],
    })),
  };
}
