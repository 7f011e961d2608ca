import { buildReport } from '../core/report.js';
import type { DayCount, HoursRole, Period, Records } from '../core/types.js';
import type { AreaRecord } from '../core/value/areas.js';
import { EXIT, type ExitCode, InputError, UsageError } from '../errors.js';
import { COLUMNS, type ColumnSpec, dimensionKey } from '../io/columns.js';
import { shorten } from '../io/problem.js';
import type { LoadedInputs } from '../io/load-inputs.js';
import { type ReportDocument, reportDocument } from '../render/document.js';
import { render } from '../render/renderers.js';
import { reportView } from '../render/report-view.js';
import { type FileFlags, filesRead, readInputs, type Setup, setUp } from './inputs.js';
import { formatOf, type OutputFlags, renderOptions } from './render-options.js';
import { writeResult } from './output.js';
import { printProblems } from './problems.js';
import type { Proc } from './proc.js';
import { asOfDay, DEFAULT_BUSINESS_ROLES, holidaysOf, periodOf, scalesOf, todayOf, valueModelOf } from './settings.js';

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

const DIMENSIONS = COLUMNS.hires.filter((spec) => spec.dimension);

/** `--by` as a dimension key: a canonical column, one of its aliases (`afdeling`), or an extra column. */
export function dimensionOf(by: string, records: Records): string {
  const key = dimensionKey(by);
  if (DIMENSIONS.some((spec) => spec.name === key)) return key;
  const named = new Set<string>();
  for (const hire of records.hires) {
    if (hire.dims.has(key)) return key;
    for (const name of hire.dims.keys()) named.add(name);
  }
  const extras = [...named].filter((name) => !DIMENSIONS.some((spec) => spec.name === name));
  const choices = `group by one of: ${['department', 'channel', 'role', 'recruiter', 'hiring_manager', 'location', 'vacancy', ...extras].join(', ')}`;
  const column = COLUMNS.hires.find((spec) => !spec.dimension && (spec.name === key || spec.aliases.includes(key)));
  if (column) throw new UsageError(`--by "${shorten(by)}": ${column.name} ${notAGroup(column)}`, choices);
  throw new UsageError(`--by "${shorten(by)}": the hires file has no such column`, choices);
}

/** Why a known column of the hires file is not one to group by. */
function notAGroup(column: ColumnSpec): string {
  if (column.distinct) return 'is an id of its own for each hire: every group would be one hire';
  if (column.type === 'date') return 'is a date: --period chooses the time, --by a group';
  return 'is a figure of each hire, not a group';
}

/** The input files, read and checked: notes and problems go to stderr; null when the run must stop. */
export async function loadChecked(setup: Setup, flags: ComputeFlags, proc: Proc): Promise<{ setup: Setup; loaded: LoadedInputs } | null> {
  const loaded = await readInputs(setup, flags.demo === true, proc);
  for (const notice of loaded.notices) proc.stderr.write(`note: ${notice}\n`);
  if (loaded.problems.length > 0) {
    const hint = flags.skipInvalid ? null : 'to compute on the valid rows only, pass --skip-invalid (rejected rows are still counted)';
    printProblems(loaded.problems, Object.values(loaded.inputs), proc.stderr, hint);
    if (!flags.skipInvalid) return null;
    const hires = loaded.inputs.hires;
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
    by: flags.by === undefined ? null : dimensionOf(flags.by, loaded.records),
    value: valueModelOf(config, scores),
  });
  return reportDocument(report, {
    currency: setup.settings.table.currency,
    businessRoles,
    scales: scalesOf(config),
    holidays: config.holidays?.length ?? 0,
    inputs: loaded.inputs,
  });
}

/** `rkpi report`: read, validate, compute, render. */
export async function reportCommand(hires: string | undefined, flags: ReportFlags, proc: Proc): Promise<ExitCode> {
  const format = formatOf(flags);
  const period = periodOf(flags.period);
  asOfDay(flags.asOf); // a bad --as-of fails before any file is read
  const checked = await loadChecked(await setUp(hires, flags, proc), flags, proc);
  if (checked === null) return EXIT.data;
  const document = documentFor(checked, period, flags, proc);
  for (const warning of document.warnings) proc.stderr.write(`warning: ${warning}\n`);
  const text = await render({ document, view: reportView }, format, renderOptions(flags, checked.setup.lang, proc));
  await writeResult(text, flags.output, { place: proc, stdout: proc.stdout, inputs: filesRead(checked.setup) });
  return EXIT.ok;
}
