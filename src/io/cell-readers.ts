import { HOURS_ROLES, type HoursRole } from '../core/types.js';
import { type CellResult, type CellToken, exact } from './cell-token.js';
import type { ColumnType } from './columns.js';
import { normaliseHeader } from './columns.js';
import { memo } from './memo.js';
import { OrderSniffer, type Refusal } from './order-sniffer.js';
import { DATE_ORDER_LABEL, type DateOrder, readDate, readIsoDay } from './parse-date.js';
import { readMoment } from './parse-moment.js';
import { centsOf, type DecimalMark, type ParsedNumber, readNumber } from './parse-number.js';
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
  /** For date and number columns, whose format is decided once all cells are read. */
  readonly decide: ((column: string) => ColumnDecision) | null;
}

function sniffedColumn<O extends string, T>(
  sniffer: OrderSniffer<O, T>,
  tokenOf: (text: string) => CellToken<O, T>,
  toValue: (value: T) => CellResult<unknown>,
  quick: (text: string) => CellToken<O, T> | null = () => null,
): TypedColumn {
  // Tokens and values are pure functions of the text; the sniffer still sees every cell. A quick
  // reading of the common form (an ISO date) is cheaper than looking the text up.
  const remembered = memo(tokenOf);
  const token = (text: string): CellToken<O, T> => quick(text) ?? remembered(text);
  const value = memo(toValue);
  return {
    read: (text, row, line) => {
      const result = sniffer.read(token(text), row, line, text);
      return result.ok ? value(result.value) : result;
    },
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

function numberColumn(settings: CellSettings, toValue: (parsed: ParsedNumber) => CellResult<unknown>): TypedColumn {
  const sniffer = new OrderSniffer<DecimalMark, ParsedNumber>({
    explicit: settings.decimal,
    fallback: settings.decimalFallback,
    describe: (mark) => DECIMAL_LABEL[mark],
    flag: '--decimal',
  });
  return sniffedColumn(sniffer, readNumber, toValue);
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
  return {
    decide: null,
    read: (text) => {
      const value = table.get(normaliseHeader(text));
      return value === undefined ? refuse(`not a ${what} (one of: ${known})`) : ok(value);
    },
  };
}

/** The reader for a column of the given type, with fresh sniffing state. */
export function typedColumn(type: ColumnType, settings: CellSettings): TypedColumn {
  switch (type) {
    case 'text':
      return { decide: null, read: (text) => ok(text) };
    case 'date':
      return sniffedColumn(dateSniffer(settings), readDate, ok, (text) => {
        const day = readIsoDay(text);
        return day === null ? null : exact<DateOrder, number>(day);
      });
    case 'moment':
      return sniffedColumn(dateSniffer(settings), readMoment, ok);
    case 'money':
      return numberColumn(settings, (parsed) => moneyValue(parsed, settings.currency));
    case 'number':
      return numberColumn(settings, plainNumber);
    case 'rating':
      return ratingColumn(numberColumn(settings, plainNumber), settings.ratingLabels ?? new Map());
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
