import type { Application, Moment, Outcome } from '../core/process/application.js';
import { SLOTS, type Slot, type StepsBuffer, type WritesSteps } from '../core/process/steps-buffer.js';
import { RecordList } from '../core/record-list.js';
import type { Day, Dimensions } from '../core/types.js';
import { type ApplicationIssue, applicationIssues, MOMENT_FIELDS, type MomentField, passesChecks } from './application-checks.js';
import { dayOfMoment, minuteOfMoment, unpackMoment } from './parse-moment.js';
import type { Problem } from './problem.js';
import { type Column, RowDimensions } from './table-columns.js';

/**
 * The applications of a file as columns, one value per application: the rows of a file with one
 * row per application, or the applications a stage history was folded into. Moments are packed
 * (see packMoment); a column the file lacks is absent.
 */
export interface ApplicationColumns {
  readonly lines: Column<number>;
  readonly applicationId: Column<string> | null;
  readonly candidateId: Column<string> | null;
  readonly moments: ReadonlyMap<MomentField, Column<number>>;
  /** The outcome each status word means (the config's `statuses`); absent without a status column. */
  readonly status: Column<Outcome> | null;
  readonly vacancyOpened: Column<number> | null;
  readonly dimensions: ReadonlyMap<string, readonly Column<string>[]>;
}

/** Where a problem with one field of an application is shown: its line, column and value. */
export interface Location {
  readonly line: number;
  readonly column: string;
  readonly value: string | null;
}

/**
 * Runs the record checks of SPEC §2.6 on the given applications: each is either accepted or adds
 * a problem for every column at fault, at the line and column `locate` names.
 */
export function checkApplications(
  columns: ApplicationColumns,
  rows: Int32Array,
  file: string,
  locate: (row: number, field: ApplicationIssue['field']) => Location,
): { accepted: Int32Array; problems: Problem[] } {
  const accepted = new Int32Array(rows.length);
  let count = 0;
  const problems: Problem[] = [];
  const momentColumns = MOMENT_FIELDS.map((field) => columns.moments.get(field) ?? null);
  // One array for every row's moments, refilled: no object per row (see passesChecks).
  const moments: (number | null)[] = MOMENT_FIELDS.map(() => null);
  // By index: an iterator over the rows made a result object per row.
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at] as number;
    for (let step = 0; step < momentColumns.length; step += 1) moments[step] = momentColumns[step]?.get(row) ?? null;
    const status = columns.status?.get(row) ?? null;
    const vacancyOpened = columns.vacancyOpened?.get(row) ?? null;
    if (passesChecks(moments, status, vacancyOpened)) {
      accepted[count++] = row;
      continue;
    }
    const issues = applicationIssues({ moment: (field) => moments[MOMENT_FIELDS.indexOf(field)] ?? null, status, vacancyOpened });
    for (const { field, reason, hint } of issues) problems.push({ file, ...locate(row, field), reason, hint });
  }
  return { accepted: accepted.subarray(0, count), problems };
}

/**
 * The Application records of the given rows, read from the columns when a record is read: 4 bytes
 * an application in the list (see RecordList).
 *
 * A class of its own rather than recordViews: the process figures read every application a dozen
 * times (measureProcess), and a getter per field that reads its own column stays monomorphic where
 * recordViews' getters share one call site for every field of every file (measured: the views and
 * their reads were a tenth of a 100,000-row report).
 */
export function applicationList(columns: ApplicationColumns, rows: Int32Array): ApplicationList {
  return new ApplicationList(columns, rows);
}

/**
 * The applications of a file as applicationList gives them, which also keeps the columns they are
 * read from: a reader that needs one or two fields of every application (hiresOfApplications)
 * reads those columns by row, without a record per application.
 */
export class ApplicationList extends RecordList<Application> {
  constructor(
    readonly columns: ApplicationColumns,
    rows: Int32Array,
  ) {
    const store = storeOf(columns);
    super((row) => new ApplicationView(store, row), rows);
  }
}

/** The columns a view reads, one field each, so each getter reads one known column. */
interface ViewStore {
  readonly lines: Column<number>;
  readonly applicationId: Column<string> | null;
  readonly candidateId: Column<string> | null;
  readonly applied: Column<number> | null;
  readonly screened: Column<number> | null;
  readonly interview: Column<number> | null;
  readonly feedback: Column<number> | null;
  readonly offer: Column<number> | null;
  readonly hired: Column<number> | null;
  readonly declined: Column<number> | null;
  readonly rejected: Column<number> | null;
  readonly withdrawn: Column<number> | null;
  readonly status: Column<Outcome> | null;
  readonly vacancyOpened: Column<number> | null;
  readonly dimensions: ReadonlyMap<string, readonly Column<string>[]>;
}

function storeOf(columns: ApplicationColumns): ViewStore {
  const moment = (field: MomentField): Column<number> | null => columns.moments.get(field) ?? null;
  return {
    lines: columns.lines,
    applicationId: columns.applicationId,
    candidateId: columns.candidateId,
    applied: moment('applied'),
    screened: moment('screened'),
    interview: moment('interview'),
    feedback: moment('feedback'),
    offer: moment('offer'),
    hired: moment('hired'),
    declined: moment('declined'),
    rejected: moment('rejected'),
    withdrawn: moment('withdrawn'),
    status: columns.status,
    vacancyOpened: columns.vacancyOpened,
    dimensions: columns.dimensions,
  };
}

/** The moment of a row in a column of packed moments; null where it is empty or the file lacks the column. */
function momentAt(column: Column<number> | null, row: number): Moment | null {
  const packed = column === null ? null : column.get(row);
  return packed === null ? null : unpackMoment(packed);
}

/** The buffer's Moment of a step set to the packed moment of a row; null where there is none (see momentAt). */
function slotAt(into: StepsBuffer, slot: Slot, column: Column<number> | null, row: number): Moment | null {
  const packed = column === null ? null : column.get(row);
  return packed === null ? null : into.moment(slot, dayOfMoment(packed), minuteOfMoment(packed));
}

/**
 * One application read from its row: a view holds the columns and the row, nothing else (both
 * private, so they are no fields of the record); each field is read when asked.
 */
class ApplicationView implements Application, WritesSteps {
  readonly #store: ViewStore;
  readonly #row: number;

  constructor(store: ViewStore, row: number) {
    this.#store = store;
    this.#row = row;
  }

  get line(): number {
    return this.#store.lines.get(this.#row) ?? 0;
  }

  get applicationId(): string | null {
    return this.#store.applicationId?.get(this.#row) ?? null;
  }

  get candidateId(): string | null {
    return this.#store.candidateId?.get(this.#row) ?? null;
  }

  /** Every accepted application has one (applicationIssues). */
  get applied(): Moment {
    return momentAt(this.#store.applied, this.#row) as Moment;
  }

  get screened(): Moment | null {
    return momentAt(this.#store.screened, this.#row);
  }

  get interview(): Moment | null {
    return momentAt(this.#store.interview, this.#row);
  }

  get feedback(): Moment | null {
    return momentAt(this.#store.feedback, this.#row);
  }

  get offer(): Moment | null {
    return momentAt(this.#store.offer, this.#row);
  }

  get hired(): Moment | null {
    return momentAt(this.#store.hired, this.#row);
  }

  get declined(): Moment | null {
    return momentAt(this.#store.declined, this.#row);
  }

  get rejected(): Moment | null {
    return momentAt(this.#store.rejected, this.#row);
  }

  get withdrawn(): Moment | null {
    return momentAt(this.#store.withdrawn, this.#row);
  }

  get status(): Outcome | null {
    return this.#store.status?.get(this.#row) ?? null;
  }

  get vacancyOpened(): Day | null {
    return this.#store.vacancyOpened?.get(this.#row) ?? null;
  }

  get dims(): Dimensions {
    return new RowDimensions(this.#store.dimensions, this.#row);
  }

  /** The dates and status into the pass's buffer, without a Moment per date (see StepsBuffer). */
  writeSteps(into: StepsBuffer): void {
    const store = this.#store;
    const row = this.#row;
    into.applied = slotAt(into, SLOTS.applied, store.applied, row) as Moment;
    into.screened = slotAt(into, SLOTS.screened, store.screened, row);
    into.interview = slotAt(into, SLOTS.interview, store.interview, row);
    into.feedback = slotAt(into, SLOTS.feedback, store.feedback, row);
    into.offer = slotAt(into, SLOTS.offer, store.offer, row);
    into.hired = slotAt(into, SLOTS.hired, store.hired, row);
    into.declined = slotAt(into, SLOTS.declined, store.declined, row);
    into.rejected = slotAt(into, SLOTS.rejected, store.rejected, row);
    into.withdrawn = slotAt(into, SLOTS.withdrawn, store.withdrawn, row);
    into.status = store.status?.get(row) ?? null;
  }
}

// A record's fields are listed as recordViews lists them (for…in, as tests compare records): class
// getters are not enumerable of themselves. Methods (writeSteps) are no fields and stay unlisted.
for (const field of Object.getOwnPropertyNames(ApplicationView.prototype)) {
  if (Object.getOwnPropertyDescriptor(ApplicationView.prototype, field)?.get !== undefined) Object.defineProperty(ApplicationView.prototype, field, { enumerable: true });
}
