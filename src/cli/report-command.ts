import { buildReport } from '../core/report.js';
import type { DayCount, HoursRole, Records } from '../core/types.js';
import { EXIT, type ExitCode, UsageError } from '../errors.js';
import { COLUMNS, normaliseHeader } from '../io/columns.js';
import { wantsColour } from '../render/colour.js';
import { reportDocument } from '../render/document.js';
import { renderReport, type ReportFormat } from '../render/renderers.js';
import { type FileFlags, readInputs, setUp } from './inputs.js';
import { formatFromPath, writeResult } from './output.js';
import { printProblems } from './problems.js';
import type { Proc } from './proc.js';
import { asOfDay, DEFAULT_BUSINESS_ROLES, holidaysOf, periodOf, scalesOf, todayOf } from './settings.js';

export interface ReportFlags extends FileFlags {
  readonly period?: string;
  readonly asOf?: string;
  readonly businessDays?: boolean;
  readonly by?: string;
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly skipInvalid?: boolean;
  readonly color: boolean;
}

const DIMENSIONS = COLUMNS.hires.filter((spec) => spec.dimension);

/** `--by` as a dimension key: a canonical column, one of its aliases (`afdeling`), or an extra column. */
export function dimensionOf(by: string, records: Records): string {
  const key = normaliseHeader(by);
  if (key === 'vacancy') return 'vacancy_id';
  const known = DIMENSIONS.find((spec) => spec.name === key || spec.aliases.includes(key));
  if (known) return known.name;
  if (records.hires.some((hire) => hire.dims.has(key))) return key;
  const extras = [...new Set(records.hires.flatMap((hire) => [...hire.dims.keys()]))].filter(
    (name) => !DIMENSIONS.some((spec) => spec.name === name),
  );
  const choices = ['department', 'channel', 'role', 'recruiter', 'hiring_manager', 'location', 'vacancy', ...extras];
  throw new UsageError(`--by "${by}": the hires file has no such column`, `group by one of: ${choices.join(', ')}`);
}

/** `rkpi report`: read, validate, compute, render. */
export async function reportCommand(hires: string | undefined, flags: ReportFlags, proc: Proc): Promise<ExitCode> {
  const format = flags.format ?? (formatFromPath(flags.output) as ReportFormat | null) ?? 'table';
  const period = periodOf(flags.period);
  const asOf = asOfDay(flags.asOf);
  const setup = await setUp(hires, flags, proc);
  const loaded = await readInputs(setup, flags.demo === true, proc);
  for (const notice of loaded.notices) proc.stderr.write(`note: ${notice}\n`);
  if (loaded.problems.length > 0) {
    const hint = flags.skipInvalid ? null : 'to compute on the valid rows only, pass --skip-invalid (rejected rows are still counted)';
    printProblems(loaded.problems, Object.values(loaded.inputs), proc.stderr, hint);
    if (!flags.skipInvalid) return EXIT.data;
  }
  const { config } = setup;
  const dayCount: DayCount = flags.businessDays ? 'business' : 'calendar';
  const businessRoles: readonly HoursRole[] = config.businessRoles ?? DEFAULT_BUSINESS_ROLES;
  const report = buildReport(loaded.records, {
    period,
    asOf,
    today: todayOf(proc.now?.() ?? new Date()),
    dayCount,
    holidays: holidaysOf(config),
    businessRoles,
    scales: scalesOf(config),
    by: flags.by === undefined ? null : dimensionOf(flags.by, loaded.records),
  });
  const document = reportDocument(report, {
    currency: setup.settings.table.currency,
    businessRoles,
    scales: scalesOf(config),
    holidays: config.holidays?.length ?? 0,
    inputs: loaded.inputs,
  });
  for (const warning of document.warnings) proc.stderr.write(`warning: ${warning}\n`);
  const toTerminal = flags.output === undefined || flags.output === '-';
  const colour = wantsColour({ flag: flags.color, env: proc.env, isTTY: toTerminal && proc.stdout.isTTY === true });
  const text = renderReport(document, format, { colour, lang: setup.lang });
  const inputs = Object.values(setup.paths).filter((path): path is string => path !== undefined);
  await writeResult(text, flags.output, { cwd: proc.cwd(), stdout: proc.stdout, inputs });
  return EXIT.ok;
}
