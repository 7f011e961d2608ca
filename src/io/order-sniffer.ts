import type { CellResult, CellToken } from './cell-token.js';

/** First cell that proved an order, for messages. */
interface Proof {
  readonly line: number;
  readonly text: string;
}

export interface OrderSnifferOptions<O extends string> {
  /** Given by flag or config: cells are read in this order only. */
  readonly explicit: O | null;
  /** Used for a column whose cells are all ambiguous. */
  readonly fallback: O;
  /** How an order is named in messages, e.g. `day-first (DD-MM-YYYY)`. */
  readonly describe: (order: O) => string;
  /** The flag that sets the order, named in the notice about an all-ambiguous column. */
  readonly flag: string;
}

/** A cell that cannot be read safely, with its text. */
export interface Refusal {
  readonly reason: string;
  readonly text: string;
  /** How to fix it, where the column's type does not say it well enough. */
  readonly hint?: string;
}

/** How the column was read in the end, once every cell has been seen. */
export interface OrderDecision<O extends string, T> {
  readonly order: O | null;
  /** Cells whose value differs from the one `read` returned, by row index. */
  readonly corrections: ReadonlyMap<number, T>;
  /** Cells that cannot be read safely, by row index. */
  readonly refusals: ReadonlyMap<number, Refusal>;
  /**
   * Said once on stderr: that the whole column was ambiguous and read in the fallback order, and
   * the note a cell carried (the first one, with its line).
   */
  readonly notes: readonly string[];
}

interface AmbiguousCell<O extends string, T> {
  readonly byOrder: Readonly<Record<O, T>>;
  readonly text: string;
}

const CELL_LIMIT = 4096;

/**
 * Reads one date or number column whose order (day-first or month-first, decimal comma or
 * point) is sniffed from its own values. `read` returns each cell at once, ambiguous cells read in
 * the explicit or fallback order; `decide` then says which of them must change because the rest
 * of the column proved the other order, and which cannot be read because the column proves both.
 */
export class OrderSniffer<O extends string, T> {
  private readonly proofs = new Map<O, Proof>();
  /** The ambiguous cells as two lists, row by row: a million of them cost 16 bytes each. */
  private readonly ambiguousRows: number[] = [];
  private readonly ambiguousCells: AmbiguousCell<O, T>[] = [];
  /** One cell object per distinct ambiguous text (a column has a few hundred at most, mostly). */
  private readonly cellOfText = new Map<string, AmbiguousCell<O, T>>();
  /** The first cell whose token carried a note, with that note. */
  private noted: (Proof & { readonly note: string }) | null = null;

  constructor(private readonly options: OrderSnifferOptions<O>) {}

  read(token: CellToken<O, T>, row: number, line: number, text: string): CellResult<T> {
    const { explicit, fallback, describe } = this.options;
    if (token.kind === 'error') return { ok: false, reason: token.reason };
    if (token.note !== undefined && this.noted === null) this.noted = { line, text, note: token.note };
    if (token.kind === 'ambiguous') {
      if (explicit === null) this.remember(row, token.byOrder, text);
      return { ok: true, value: token.byOrder[explicit ?? fallback] };
    }
    if (token.proves !== null) {
      if (explicit !== null && token.proves !== explicit) {
        return { ok: false, reason: `not ${describe(explicit)} as configured` };
      }
      if (!this.proofs.has(token.proves)) this.proofs.set(token.proves, { line, text });
    }
    return { ok: true, value: token.value };
  }

  /**
   * What `read` does with an exact cell that proves `order` and carries no note, without a token:
   * true where the cell is read (the first proof of an order is remembered), false where the
   * configured order refuses it (`read` then says why).
   */
  accepts(order: O, line: number, text: string): boolean {
    const { explicit } = this.options;
    if (explicit !== null && order !== explicit) return false;
    if (!this.proofs.has(order)) this.proofs.set(order, { line, text });
    return true;
  }

  decide(column: string): OrderDecision<O, T> {
    const { explicit, fallback, describe } = this.options;
    const noted = this.noted === null ? [] : [`column "${column}": ${this.noted.note} (line ${this.noted.line}: "${this.noted.text}")`];
    const none: OrderDecision<O, T> = { order: explicit, corrections: new Map(), refusals: new Map(), notes: noted };
    if (explicit !== null || this.ambiguousRows.length === 0) return { ...none, order: explicit ?? this.proven() ?? fallback };
    if (this.proofs.size > 1) {
      const [first, second] = [...this.proofs.entries()];
      const reason =
        `ambiguous in a column that mixes ${describe(first![0])} (line ${first![1].line}: "${first![1].text}") ` +
        `and ${describe(second![0])} (line ${second![1].line}: "${second![1].text}")`;
      return { ...none, refusals: new Map(this.ambiguous().map(([row, { text }]) => [row, { reason, text }])) };
    }
    const proven = this.proven();
    const order = proven ?? fallback;
    const corrections = new Map<number, T>();
    if (order !== fallback) for (const [row, { byOrder }] of this.ambiguous()) corrections.set(row, byOrder[order]);
    const assumption =
      proven === null
        ? [`column "${column}": every value is ambiguous, read as ${describe(fallback)}; set ${this.options.flag} if that is wrong`]
        : [];
    return { order, corrections, refusals: new Map(), notes: [...assumption, ...noted] };
  }

  private remember(row: number, byOrder: Readonly<Record<O, T>>, text: string): void {
    let cell = this.cellOfText.get(text);
    if (cell === undefined) {
      cell = { byOrder, text };
      if (this.cellOfText.size < CELL_LIMIT) this.cellOfText.set(text, cell);
    }
    this.ambiguousRows.push(row);
    this.ambiguousCells.push(cell);
  }

  private ambiguous(): [number, AmbiguousCell<O, T>][] {
    return this.ambiguousRows.map((row, i) => [row, this.ambiguousCells[i] as AmbiguousCell<O, T>]);
  }

  private proven(): O | null {
    return this.proofs.size === 1 ? ([...this.proofs.keys()][0] ?? null) : null;
  }
}
