import { dayFromIso } from '../core/day.js';
import { hiredInPeriod } from '../core/process/hired-in-period.js';
import { buildReport } from '../core/report.js';
import type { DayCount, HoursRole, Period } from '../core/types.js';
import type { AreaRecord } from '../core/value/areas.js';
import { EXIT, type ExitCode, InputError, UsageError } from '../errors.js';
import { COLUMNS, type ColumnSpec, dimensionKey, normaliseHeader } from '../io/columns.js';
import { shorten } from '../io/problem.js';
import type { LoadedInputs } from '../io/load-inputs.js';
import { type ReportDocument, reportDocument } from '../render/document.js';
import type { OutputFormat } from '../render/renderers.js';
import { renderPieces } from '../render/render-pieces.js';
import { reportView } from '../render/report-view.js';
import { type FileFlags, filesRead, readInputs, type Setup, setUp } from './inputs.js';
import { formatOf, type OutputFlags, renderOptions } from './render-options.js';
import { writeResult } from './output.js';
import { printProblems } from './problems.js';
import type { Proc } from './proc.js';
import { CONFIG_FILE } from '../config/load.js';
import { agreementsOf, asOfDay, DEFAULT_BUSINESS_ROLES, exampleTargetsOnly, exampleTargetsText, holidayCalendarOf, holidaysOf, periodOf, scalesOf, todayOf, vacancyCostOf, vacancyCostSetting, valueModelOf } from './settings.js';

/** The flags that decide what a report computes (shared by report and compare). */
export interface ComputeFlags extends FileFlags {
  readonly asOf?: string;
  readonly businessDays?: boolean;
  readonly by?: string;
  readonly skipInvalid?: boolean;
}

export interface ReportFlags extends ComputeFlags, OutputFlags {
  readonly period?: string;
}

/** How `--by` names a dimension of the file: its canonical name (`vacancy` for vacancy_id) with its header, or an extra header. */
function byName(key: string, header: string): string {
  const canonical = COLUMNS.hires.some((spec) => spec.dimension && spec.name === key);
  if (!canonical) return header;
  const name = key === 'vacancy_id' ? 'vacancy' : key;
  return normaliseHeader(header) === key ? name : `${name} ("${header}")`;
}

/**
 * `--by` as a dimension key of the hires file (see dimensionKey: canonical name, alias, the header
 * the config maps, or an extra column); a usage error listing the file's own dimensions when the
 * file has no such column, or saying why a known column that is not a group (an id, a date, a
 * figure) cannot be one.
 */
export function dimensionOf(by: string, loaded: LoadedInputs, mapping: Readonly<Record<string, string | undefined>> = {}): string {
  const key = dimensionKey(by, mapping);
  if (loaded.hireDimensions.has(key)) return key;
  const choices = [...loaded.hireDimensions].map(([name, header]) => byName(name, header));
  const hint = choices.length === 0 ? 'the hires file has no column to group by' : `group by one of its columns: ${choices.join(', ')}`;
  const column = COLUMNS.hires.find((spec) => !spec.dimension && (spec.name === key || spec.aliases.includes(key)));
  if (column) throw new UsageError(`--by "${shorten(by)}": ${column.name} ${notAGroup(column)}`, hint);
  throw new UsageError(`--by "${shorten(by)}": the hires file has no such column`, hint);
}

/** Why a known column of the hires file is not one to group by. */
function notAGroup(column: ColumnSpec): string {
  if (column.distinct) return 'is an id of its own for each hire: every group would be one hire';
  if (column.type === 'date') return 'is a date: --period chooses the time, --by a group';
  return 'is a figure of each hire, not a group';
}

/**
 * The input files, read and checked: notes and problems go to stderr; null when the run must stop.
 * `valueNote`: say that example targets leave out the value model (not for a command without one).
 */
export async function loadChecked(
  setup: Setup,
  flags: ComputeFlags,
  proc: Proc,
  { valueNote = true }: { valueNote?: boolean } = {},
): Promise<{ setup: Setup; loaded: LoadedInputs } | null> {
  const loaded = await readInputs(setup, flags.demo === true, proc);
  for (const notice of loaded.notices) proc.stderr.write(`note: ${notice}\n`);
  if (valueNote && exampleTargetsOnly(setup.config)) {
    const { fact, todo } = exampleTargetsText(flags.config ?? CONFIG_FILE);
    proc.stderr.write(`note: ${fact}, so the value model is left out; ${todo}\n`);
  }
  if (loaded.problems.length > 0) {
    const hint = flags.skipInvalid ? null : 'to compute on the valid rows only, pass --skip-invalid (rejected rows are still counted)';
    printProblems(loaded.problems, Object.values(loaded.inputs), proc.stderr, hint);
    if (!flags.skipInvalid) return null;
    // Without a hires file the hires are the applications': then those are what there is to compute on.
    const hires = loaded.inputs.hires ?? loaded.inputs.applications;
    if (hires !== undefined && hires.accepted === 0) {
      // A report of no rows would be a page of dashes dated today, not a measurement.
      throw new InputError(`every row of ${hires.file} was rejected: there is nothing to compute on`, 'mend the rows listed above');
    }
  }
  return { setup, loaded };
}

/** The report document of one period over checked inputs. */
export function documentFor(
  { setup, loaded }: { setup: Setup; loaded: LoadedInputs },
  period: Period | null,
  flags: ComputeFlags,
  proc: Proc,
  scores: Partial<AreaRecord<number>> = {},
): ReportDocument {
  const { config } = setup;
  const calendar = holidayCalendarOf(config);
  const dayCount: DayCount = flags.businessDays ? 'business' : 'calendar';
  const businessRoles: readonly HoursRole[] = config.businessRoles ?? DEFAULT_BUSINESS_ROLES;
  const report = buildReport(loaded.records, {
    period,
    asOf: asOfDay(flags.asOf),
    today: todayOf(proc.now?.() ?? new Date()),
    dayCount,
    holidays: holidaysOf(config),
    businessRoles,
    scales: scalesOf(config),
    by: flags.by === undefined ? null : dimensionOf(flags.by, loaded, setup.settings.table.columns.hires),
    value: valueModelOf(config, scores),
    vacancyCost: vacancyCostOf(config),
    agreements: agreementsOf(config),
  });
  return reportDocument(report, {
    currency: setup.settings.table.currency,
    businessRoles,
    scales: scalesOf(config),
    holidays: calendar.dates.length,
    publicHolidays: calendar.dutch === null ? null : { calendar: 'nl', ...calendar.dutch },
    vacancyCost: vacancyCostSetting(config),
    inputs: loaded.inputs,
  });
}

/**
 * With both a hires and an applications file, says on stderr when they count a different number
 * of hires in the document's period (SPEC §2.6); the hires KPIs count the hires file's.
 */
export function noteHiredCount(loaded: LoadedInputs, document: ReportDocument, proc: Proc): void {
  const { hires, applications } = loaded.inputs;
  if (hires === undefined || applications === undefined || !loaded.records.applications) return;
  const period = { label: document.period.label, start: dayFromIso(document.period.start) ?? 0, end: dayFromIso(document.period.end) ?? 0 };
  const hired = hiredInPeriod(loaded.records.applications, period);
  if (hired === document.kpis.hires) return;
  proc.stderr.write(
    `note: ${applications.file} has ${hired} hired ${hired === 1 ? 'application' : 'applications'} in ${period.label}, ` +
      `${hires.file} ${document.kpis.hires} ${document.kpis.hires === 1 ? 'hire' : 'hires'}; the hires figures count those of ${hires.file}\n`,
  );
}

/**
 * The report's document over the checked inputs; null when their problems stop the run. The
 * records are not kept: once it returns, rendering holds only the document.
 */
async function reportDocumentOf(hires: string | undefined, period: Period | null, flags: ReportFlags, proc: Proc): Promise<{ setup: Setup; document: ReportDocument } | null> {
  const checked = await loadChecked(await setUp(hires, flags, proc, { applications: true }), flags, proc);
  if (checked === null) return null;
  const document = documentFor(checked, period, flags, proc);
  noteHiredCount(checked.loaded, document, proc);
  return { setup: checked.setup, document };
}

/**
 * The report as text in its format; null as reportDocumentOf. Once it returns, writing holds only
 * the text, or for JSON the document, whose text is made a piece at a time as it is written.
 */
async function reportText(hires: string | undefined, format: OutputFormat, period: Period | null, flags: ReportFlags, proc: Proc): Promise<{ setup: Setup; text: Iterable<string> } | null> {
  const computed = await reportDocumentOf(hires, period, flags, proc);
  if (computed === null) return null;
  const { setup, document } = computed;
  for (const warning of document.warnings) proc.stderr.write(`warning: ${warning}\n`);
  const text = await renderPieces({ document, view: reportView }, format, renderOptions(flags, setup.lang, proc));
  return { setup, text };
}

/**
 * `rkpi report`: read, validate, compute, render, write; each step in its own function, so that
 * over a million rows the records are gone before the text is made, and the text is never held
 * whole (SPEC §9): JSON is written as it is made, the other formats once the document is gone.
 */
export async function reportCommand(hires: string | undefined, flags: ReportFlags, proc: Proc): Promise<ExitCode> {
  const format = formatOf(flags);
  const period = periodOf(flags.period);
  asOfDay(flags.asOf); // a bad --as-of fails before any file is read
  const result = await reportText(hires, format, period, flags, proc);
  if (result === null) return EXIT.data;
  await writeResult(result.text, flags.output, { place: proc, stdout: proc.stdout, inputs: filesRead(result.setup) });
  return EXIT.ok;
}
