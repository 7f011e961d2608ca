import { nearest } from '../config/suggest.js';
import { urgencyPage } from '../core/urgency/urgency-page.js';
import { inScope, type UrgencyScope, valuesOf } from '../core/urgency/urgency-scope.js';
import { EXIT, type ExitCode, UsageError } from '../errors.js';
import type { LoadedInputs } from '../io/load-inputs.js';
import { shorten } from '../io/problem.js';
import { render } from '../render/renderers.js';
import { urgencyDocument } from '../render/urgency-document.js';
import { urgencyView } from '../render/urgency-view.js';
import { URGENCY_FORMATS } from './commands/urgency.js';
import { filesRead, setUp } from './inputs.js';
import { writeResult } from './output.js';
import type { Proc } from './proc.js';
import { formatOf, type OutputFlags, renderOptions } from './render-options.js';
import { type ComputeFlags, loadChecked } from './report-command.js';
import { agreementsOf, asOfDay, holidaysOf, periodOf, todayOf, vacancyCostOf, vacancyCostSetting } from './settings.js';

export interface UrgencyFlags extends ComputeFlags, OutputFlags {
  readonly period?: string;
  readonly manager?: string;
  readonly vacancy?: string;
}

/** The dimensions the page reads: whose it is, and what a vacancy is called. */
const PAGE_DIMENSIONS = ['hiring_manager', 'vacancy_id', 'role'];

/** How many of the files' managers or vacancies a message lists. */
const LISTED = 20;

/** Whose page: --manager, --vacancy, or everyone's; a usage error for both. */
function scopeOf(flags: UrgencyFlags): UrgencyScope {
  if (flags.manager !== undefined && flags.vacancy !== undefined) {
    throw new UsageError('--manager and --vacancy each make a page of their own', 'give one of them, or neither for everyone');
  }
  if (flags.manager !== undefined) return { kind: 'manager', name: flags.manager };
  if (flags.vacancy !== undefined) return { kind: 'vacancy', id: flags.vacancy };
  return { kind: 'everyone' };
}

/**
 * The scope with its name as the files write it; stops with the names the files do have when no
 * row of either file is the scope's: a typo in a manager's name must not print an empty page that
 * looks like good news.
 */
function checkedScope(scope: UrgencyScope, loaded: LoadedInputs): UrgencyScope {
  if (scope.kind === 'everyone') return scope;
  const { hires, applications } = loaded.records;
  const lists = [hires, applications ?? []];
  const column = scope.kind === 'manager' ? 'hiring_manager' : 'vacancy_id';
  for (const list of lists) {
    for (const record of list) {
      const written = record.dims.get(column);
      if (written === undefined || !inScope(record.dims, scope)) continue;
      return scope.kind === 'manager' ? { kind: 'manager', name: written } : { kind: 'vacancy', id: written };
    }
  }
  const manager = scope.kind === 'manager';
  const [flag, name, none, many] = manager
    ? (['--manager', scope.name, 'no hiring manager of that name', 'hiring managers'] as const)
    : (['--vacancy', scope.id, 'no vacancy with that id', 'vacancies'] as const);
  const files = Object.values(loaded.inputs).map((input) => input.file).join(' or ');
  const known = valuesOf(column, lists);
  const shown = known.slice(0, LISTED).map((value) => `"${shorten(value)}"`).join(', ');
  const more = known.length > LISTED ? ` and ${known.length - LISTED} more` : '';
  const hint =
    known.length === 0
      ? `neither file has a ${column} column with a value; map your header: {"columns": {"applications": {"${column}": "<your header>"}}}`
      : `${flag} takes one of the ${known.length} ${many} the files name: ${shown}${more}`;
  // A name typed with a slip is worth a guess; an id one digit off is another vacancy.
  const meant = manager ? nearest(name, known) : null;
  const guess = meant === null ? '' : ` (did you mean "${meant}"?)`;
  throw new UsageError(`${flag} "${shorten(name)}": ${none} in ${files}${guess}`, hint);
}

/** `rkpi urgency`: one page of the case for speed, for a hiring manager, a vacancy or everyone. */
export async function urgencyCommand(hires: string | undefined, flags: UrgencyFlags, proc: Proc): Promise<ExitCode> {
  const format = formatOf(flags);
  if (!(URGENCY_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`rkpi urgency writes a page, not ${format}`, `give -o a name ending in .txt, .json, .md or .html, or pass --format (${URGENCY_FORMATS.join(', ')})`);
  }
  const scope = scopeOf(flags);
  const period = periodOf(flags.period);
  const asOf = asOfDay(flags.asOf) ?? todayOf(proc.now?.() ?? new Date());
  if (!flags.demo && flags.applications === undefined) {
    throw new UsageError(
      'rkpi urgency needs an applications file: who waits, and who dropped out, is in it',
      'rkpi urgency hires.csv --applications applications.csv --manager "…", or rkpi urgency --demo',
    );
  }
  const setup = await setUp(hires, flags, proc, { applications: true });
  // The page reads the hires (for the open vacancies) and the applications, and only the columns it shows.
  const paths = { hires: setup.paths.hires, applications: setup.paths.applications };
  const settings = { ...setup.settings, table: { ...setup.settings.table, dimensions: PAGE_DIMENSIONS } };
  const checked = await loadChecked({ ...setup, paths, settings }, flags, proc, { valueNote: false });
  if (checked === null) return EXIT.data;
  const { loaded } = checked;
  const { config } = setup;
  const page = urgencyPage(loaded.records, {
    scope: checkedScope(scope, loaded),
    asOf,
    period,
    agreements: agreementsOf(config),
    vacancyCost: vacancyCostOf(config),
    holidays: holidaysOf(config),
  });
  const context = { currency: setup.settings.table.currency, vacancyCost: vacancyCostSetting(config), inputs: loaded.inputs };
  const document = urgencyDocument(page, context, setup.lang);
  const text = await render({ document, view: urgencyView }, format, renderOptions(flags, setup.lang, proc));
  await writeResult(text, flags.output, { place: proc, stdout: proc.stdout, inputs: filesRead({ paths, configPath: setup.configPath }) });
  return EXIT.ok;
}
