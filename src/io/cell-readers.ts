import { HOURS_ROLES, type HoursRole } from '../core/types.js';
import type { CellResult, CellToken } from './cell-token.js';
import type { ColumnType } from './columns.js';
import { normaliseHeader } from './columns.js';
import { memo } from './memo.js';
import { OrderSniffer, type Refusal } from './order-sniffer.js';
import { DATE_ORDER_LABEL, type DateOrder, readDate, readIsoDay } from './parse-date.js';
import { quickMoment, readMoment } from './parse-moment.js';
import { centsOf, type DecimalMark, type ParsedNumber, readNumber } from './parse-number.js';
import { NOT_PLAIN, plainCents, plainShape, POINT } from './plain-decimal.js';
import { ratingColumn } from './rating-column.js';

/** How to read the typed cells of one file. */
export interface CellSettings {
  readonly currency: string;
  readonly dateOrder: DateOrder | null;
  readonly dateFallback: DateOrder;
  readonly decimal: DecimalMark | null;
  readonly decimalFallback: DecimalMark;
  /** The performance labels of the config (scales.performance.labels), by labelKey; absent: none. */
  readonly ratingLabels?: ReadonlyMap<string, number>;
}

const DECIMAL_LABEL: Readonly<Record<DecimalMark, string>> = {
  ',': 'written with a decimal comma (1.234,56)',
  '.': 'written with a decimal point (1,234.56)',
};

const BOOLEANS = new Map<string, boolean>([
  ...['yes', 'ja', 'j', 'y', 'true', 'waar', '1'].map((word) => [word, true] as const),
  ...['no', 'nee', 'n', 'false', 'onwaar', '0'].map((word) => [word, false] as const),
]);

const COST_TYPES = new Map<string, 'external' | 'internal'>([
  ['external', 'external'], ['extern', 'external'], ['externe', 'external'], ['e', 'external'],
  ['internal', 'internal'], ['intern', 'internal'], ['interne', 'internal'], ['i', 'internal'],
]);

const ROLE_ALIASES = new Map<string, HoursRole>([
  ...HOURS_ROLES.map((role) => [role, role] as const),
  ['vacaturehouder', 'hiring_manager'], ['manager', 'hiring_manager'], ['leidinggevende', 'hiring_manager'],
  ['interviewer', 'interviewer'], ['selectiecommissie', 'interviewer'], ['mt', 'management'],
  ['directie', 'management'], ['overig', 'other'], ['anders', 'other'], ['p&o', 'hr'],
]);

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const refuse = <T>(reason: string): CellResult<T> => ({ ok: false, reason });

/** Reads the cells of one column into typed values; date and number columns sniff their format. */
export type CellReader = (text: string, row: number, line: number) => CellResult<unknown>;

/** What the end of the file changes about a column's cells, by row index. */
export interface ColumnDecision {
  readonly corrections: ReadonlyMap<number, CellResult<unknown>>;
  readonly refusals: ReadonlyMap<number, Refusal>;
  /** Said once on stderr: how the column was read (see OrderDecision). */
  readonly notes: readonly string[];
}

export interface TypedColumn {
  readonly read: CellReader;
  /**
   * The value of a cell in the column's common form (an ISO date, a plain number), as `read`
   * would give it, without the objects `read` makes; null where the cell needs `read`. Absent:
   * every cell needs `read`.
   */
  readonly quick?: (text: string, line: number) => number | null;
  /** For date and number columns, whose format is decided once all cells are read. */
  readonly decide: ((column: string) => ColumnDecision) | null;
}

function sniffedColumn<O extends string, T>(
  sniffer: OrderSniffer<O, T>,
  tokenOf: (text: string) => CellToken<O, T>,
  toValue: (value: T) => CellResult<unknown>,
  quick?: (text: string, line: number) => number | null,
): TypedColumn {
  // Tokens and values are pure functions of the text; the sniffer still sees every cell.
  const token = memo(tokenOf);
  const value = memo(toValue);
  return {
    read: (text, row, line) => {
      const result = sniffer.read(token(text), row, line, text);
      return result.ok ? value(result.value) : result;
    },
    quick,
    decide: (column) => {
      const decision = sniffer.decide(column);
      const corrections = new Map([...decision.corrections].map(([row, corrected]) => [row, value(corrected)] as const));
      return { corrections, refusals: decision.refusals, notes: decision.notes };
    },
  };
}

function dateSniffer(settings: CellSettings): OrderSniffer<DateOrder, number> {
  return new OrderSniffer<DateOrder, number>({
    explicit: settings.dateOrder,
    fallback: settings.dateFallback,
    describe: (order) => DATE_ORDER_LABEL[order],
    flag: '--date-format',
  });
}

/**
 * A number column. `plainValue` is the value of a cell of a plain shape (see plainShape), as
 * `toValue` gives it for readNumber's token of that cell; null where `toValue` would refuse it.
 */
function numberColumn(
  settings: CellSettings,
  toValue: (parsed: ParsedNumber) => CellResult<unknown>,
  plainValue: (text: string) => number,
): TypedColumn {
  const sniffer = new OrderSniffer<DecimalMark, ParsedNumber>({
    explicit: settings.decimal,
    fallback: settings.decimalFallback,
    describe: (mark) => DECIMAL_LABEL[mark],
    flag: '--decimal',
  });
  // A plain cell is an exact token without a note: the sniffer only learns the point it proves.
  const quick = (text: string, line: number): number | null => {
    const shape = plainShape(text);
    if (shape === NOT_PLAIN || (shape === POINT && !sniffer.accepts('.', line, text))) return null;
    return plainValue(text);
  };
  return sniffedColumn(sniffer, readNumber, toValue, quick);
}

const plainNumber = (parsed: ParsedNumber): CellResult<unknown> =>
  parsed.currency === null ? ok(Number(parsed.decimal)) : refuse(`a plain number was expected, not an amount in ${parsed.currency}`);

/** Checks the currency written with an amount; the value is integer cents. */
export function moneyValue(parsed: ParsedNumber, currency: string): CellResult<number> {
  if (parsed.currency !== null && parsed.currency !== currency) {
    return refuse(`amount in ${parsed.currency}, but this run is in ${currency} (rkpi does not convert currencies)`);
  }
  return ok(centsOf(parsed.decimal));
}

function enumColumn<T>(table: ReadonlyMap<string, T>, what: string): TypedColumn {
  const known = [...new Set(table.keys())].filter((key) => key.length > 1).join(', ');
  // A few words repeat down the column: each is normalised and looked up once.
  const read = memo((text: string): CellResult<unknown> => {
    const value = table.get(normaliseHeader(text));
    return value === undefined ? refuse(`not a ${what} (one of: ${known})`) : ok(value);
  });
  return { decide: null, read };
}

/** The reader for a column of the given type, with fresh sniffing state. */
export function typedColumn(type: ColumnType, settings: CellSettings): TypedColumn {
  switch (type) {
    case 'text':
      return { decide: null, read: (text) => ok(text) };
    case 'date':
      // An ISO date is an exact token that proves no order: its day, as read gives it.
      return sniffedColumn(dateSniffer(settings), readDate, ok, readIsoDay);
    case 'moment':
      return sniffedColumn(dateSniffer(settings), readMoment, ok, quickMoment);
    case 'money':
      return numberColumn(settings, (parsed) => moneyValue(parsed, settings.currency), plainCents);
    case 'number':
      return numberColumn(settings, plainNumber, Number);
    case 'rating':
      return ratingColumn(numberColumn(settings, plainNumber, Number), settings.ratingLabels ?? new Map());
    case 'boolean':
      return enumColumn(BOOLEANS, 'yes/no value');
    case 'costType':
      return enumColumn(COST_TYPES, 'cost type');
    case 'hoursRole':
      return enumColumn(ROLE_ALIASES, 'role');
    case 'currency':
      return {
        decide: null,
        read: (text) =>
          text.toUpperCase() === settings.currency
            ? ok(settings.currency)
            : refuse(`another currency than this run's ${settings.currency} (rkpi does not convert currencies)`),
      };
  }
}
