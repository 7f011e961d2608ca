import { RecordList } from '../core/record-list.js';
import type { Day, Dimensions, Hire } from '../core/types.js';
import { type Column, RowDimensions } from './table-columns.js';

/** The columns a hire's fields are read from, by field; null where the file has no such column. */
export interface HireStorage {
  readonly line: Column<number>;
  readonly hireId: Column<string> | null;
  readonly vacancyOpened: Column<Day> | null;
  readonly statedTimeToFill: Column<number> | null;
  readonly applicationDate: Column<Day> | null;
  readonly offerAccepted: Column<Day> | null;
  readonly startDate: Column<Day> | null;
  readonly neededBy: Column<Day> | null;
  readonly performanceRating: Column<number> | null;
  readonly probationPassed: Column<boolean> | null;
  readonly leftDate: Column<Day> | null;
  readonly managerSatisfaction: Column<number> | null;
  readonly candidateSatisfaction: Column<number> | null;
  readonly salary: Column<number> | null;
  readonly dimensions: ReadonlyMap<string, readonly Column<string>[]>;
}

/** A column the file lacks: every row is empty. */
const ABSENT: Column<never> = {
  length: 0,
  get: () => null,
  push: () => {
    throw new Error('an absent column holds no values');
  },
  set: () => {
    throw new Error('an absent column holds no values');
  },
};

/** Where a hire view keeps its storage and row: symbols, so neither is a field of the record. */
const STORE = Symbol('store');
const ROW = Symbol('row');

type Columns = { readonly [F in Exclude<keyof HireStorage, 'dimensions'>]: Column<NonNullable<Hire[F & keyof Hire]>> } & Pick<HireStorage, 'dimensions'>;

/**
 * A hire read from column storage when a field is read, like the views of recordViews; the class
 * is written out field by field because the KPIs read every hire's fields many times: a getter of
 * its own per field lets each read its column directly, where recordViews' getters share one call
 * site that sees every kind of column (measured: the report over 100,000 hires spent about a
 * quarter of its KPI time in those getters).
 */
class HireView implements Hire {
  readonly [STORE]: Columns;
  readonly [ROW]: number;

  constructor(store: Columns, row: number) {
    this[STORE] = store;
    this[ROW] = row;
  }

  get line(): number {
    return this[STORE].line.get(this[ROW]) as number;
  }
  get hireId(): string | null {
    return this[STORE].hireId.get(this[ROW]);
  }
  get vacancyOpened(): Day | null {
    return this[STORE].vacancyOpened.get(this[ROW]);
  }
  get statedTimeToFill(): number | null {
    return this[STORE].statedTimeToFill.get(this[ROW]);
  }
  get applicationDate(): Day | null {
    return this[STORE].applicationDate.get(this[ROW]);
  }
  get offerAccepted(): Day | null {
    return this[STORE].offerAccepted.get(this[ROW]);
  }
  get startDate(): Day | null {
    return this[STORE].startDate.get(this[ROW]);
  }
  get neededBy(): Day | null {
    return this[STORE].neededBy.get(this[ROW]);
  }
  get performanceRating(): number | null {
    return this[STORE].performanceRating.get(this[ROW]);
  }
  get probationPassed(): boolean | null {
    return this[STORE].probationPassed.get(this[ROW]);
  }
  get leftDate(): Day | null {
    return this[STORE].leftDate.get(this[ROW]);
  }
  get managerSatisfaction(): number | null {
    return this[STORE].managerSatisfaction.get(this[ROW]);
  }
  get candidateSatisfaction(): number | null {
    return this[STORE].candidateSatisfaction.get(this[ROW]);
  }
  get salary(): number | null {
    return this[STORE].salary.get(this[ROW]);
  }
  get dims(): Dimensions {
    return new RowDimensions(this[STORE].dimensions, this[ROW]);
  }
}

// The fields are enumerable, as those of recordViews and of a plain record are.
for (const field of Object.getOwnPropertyNames(HireView.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(HireView.prototype, field) as PropertyDescriptor;
  if (descriptor.get !== undefined) Object.defineProperty(HireView.prototype, field, { ...descriptor, enumerable: true });
}

/**
 * The hires of the given rows, made when they are read: views that hold only their row, whose
 * fields read the columns of `storage` (see HireView).
 */
export function hireViews(storage: HireStorage, rows: Int32Array): RecordList<Hire> {
  const store: Columns = {
    line: storage.line,
    hireId: storage.hireId ?? ABSENT,
    vacancyOpened: storage.vacancyOpened ?? ABSENT,
    statedTimeToFill: storage.statedTimeToFill ?? ABSENT,
    applicationDate: storage.applicationDate ?? ABSENT,
    offerAccepted: storage.offerAccepted ?? ABSENT,
    startDate: storage.startDate ?? ABSENT,
    neededBy: storage.neededBy ?? ABSENT,
    performanceRating: storage.performanceRating ?? ABSENT,
    probationPassed: storage.probationPassed ?? ABSENT,
    leftDate: storage.leftDate ?? ABSENT,
    managerSatisfaction: storage.managerSatisfaction ?? ABSENT,
    candidateSatisfaction: storage.candidateSatisfaction ?? ABSENT,
    salary: storage.salary ?? ABSENT,
    dimensions: storage.dimensions,
  };
  return new RecordList((row) => new HireView(store, row), rows);
}
