import type { Verdict } from '../core/compare/metric.js';
import type { ViewChart } from './chart.js';

/**
 * What every output format renders: a title, a few lines about the data, and tables of cells.
 * Each command builds its view from its document once, in the user's language; the formats
 * (terminal table, Markdown, CSV, HTML) only lay it out.
 */
export interface View {
  /** Machine name of the command (`report`, `compare`, …), e.g. for CSV `section` values. */
  readonly kind: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly tables: readonly ViewTable[];
  /** Said after the tables, a paragraph each: reasons for missing figures, inputs. */
  readonly notes: readonly (readonly string[])[];
  /** Headline figures and charts, for a format that can draw them (HTML); the tables hold the same figures. */
  readonly charts?: readonly ViewChart[];
  /**
   * The dates the figures were judged on (SPEC §3: the as-of date, the day open vacancies were
   * counted), ISO, for a format without `lines` (CSV); the lines say the same to a person.
   */
  readonly dates?: readonly ViewDate[];
}

export interface ViewDate {
  /** Machine name: `asOf`, `openVacanciesOn`. */
  readonly key: string;
  /** What it is the date of, e.g. a side of a comparison; empty for the whole view. */
  readonly group: string;
  readonly iso: string;
}

export interface ViewColumn {
  /** Machine name, for CSV. */
  readonly key: string;
  readonly label: string;
  readonly align: 'left' | 'right';
}

export interface ViewCell {
  /** As shown to a person, formatted for the language. */
  readonly text: string;
  /** The raw figure behind the text, for CSV; absent for text cells. */
  readonly value?: number | null;
  readonly unit?: string;
  /** Why the figure has no value, or what its value leaves out, in the view's language (CSV's `note` column). */
  readonly note?: string;
  /** Colours the cell where a format has colour. */
  readonly verdict?: Verdict;
  /** A small bar chart in the cell: value on a scale of 0..max, drawn as unicode or SVG. */
  readonly bars?: readonly { readonly value: number; readonly max: number; readonly emphasis: boolean }[];
  /** A change drawn as a point with its interval as a whisker, around a mark of no change. */
  readonly whisker?: Whisker;
}

/** A change and its interval (null: none), in the figure's own unit. */
export interface Whisker {
  readonly change: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** Whether a cell is a drawing (bars or a whisker), which --no-chart leaves out. */
export const isChartCell = (cell: ViewCell | undefined): boolean => cell?.bars !== undefined || cell?.whisker !== undefined;

export interface ViewRow {
  /** Machine name of the row (KPI key or group key). */
  readonly key: string;
  readonly cells: readonly ViewCell[];
}

export interface ViewTable {
  /** Machine name of the table (`summary`, `durations`, `groups`, …). */
  readonly id: string;
  /** What a row is: a figure (KPI) with its columns, or a group with a figure per column. */
  readonly rowKind: 'metric' | 'group';
  readonly title: string | null;
  readonly columns: readonly ViewColumn[];
  readonly rows: readonly ViewRow[];
  /** A line under the table (e.g. a summary of verdicts). */
  readonly footer?: string;
}

export const text = (value: string): ViewCell => ({ text: value });
