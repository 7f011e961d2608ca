import { nearest } from '../config/suggest.js';
import type { Scale } from '../core/types.js';
import { AREAS, resolveAreaKey, type AreaKey, type AreaRecord } from '../core/value/areas.js';
import { CELL_HINTS } from './hints.js';
import type { OpenedInput } from './open-input.js';
import { type DecimalMark, readNumber } from './parse-number.js';
import type { Problem } from './problem.js';
import { headerIndex, raggedRow, readSmallCsv, type SmallCsvSettings } from './small-csv.js';

export const AREA_HEADERS = ['area', 'gebied', 'prestatiegebied', 'performance_area'];
export const ACTUAL_HEADERS = ['actual', 'werkelijk', 'actual_value', 'waarde', 'value', 'score'];

export interface ScoresSettings extends SmallCsvSettings {
  /** The decimal mark of an ambiguous number such as 1.250: flag or config, else the language's. */
  readonly decimal: DecimalMark;
  /** The run's currency: a cost written as `€ 3.950` is read when it is in this currency. */
  readonly currency: string;
  /** The scale of satisfaction scores, which the service and candidate areas are measured on. */
  readonly satisfaction: Scale;
}

export interface ScoresFile {
  readonly fileName: string;
  readonly rows: number;
  /** Actual values by area, in the unit of each area's target. */
  readonly scores: Partial<AreaRecord<number>>;
  readonly problems: readonly Problem[];
  readonly notices: readonly string[];
  readonly sha256: string;
}

const AREA_HINT = `name the area by key or name: ${AREAS.map((a) => `${a.key} or ${a.nameNl}`).join(', ')}`;
const ACTUAL_HINT = CELL_HINTS.number ?? '';
const SCALE_HINT =
  'an actual is in the unit of its target: Best Fit and Tijdige levering a share from 0 to 1 (0.8, not 80), ' +
  'Servicekwaliteit and Kandidaatervaring on the satisfaction scale, costs in currency units, effort in hours';

/** Why an actual is off the scale of its area, or null when it fits (the unit of the area's target, SPEC §6.2). */
function offScale(key: AreaKey, value: number, satisfaction: Scale): string | null {
  if (key === 'bestFit' || key === 'timelyDelivery') {
    if (value <= 1) return null;
    return value <= 100 ? `more than 1: a share from 0 to 1 (${value / 100}, not ${value})` : 'more than 1: a share from 0 to 1';
  }
  if (key === 'serviceQuality' || key === 'candidateExperience') {
    if (value >= satisfaction.min && value <= satisfaction.max) return null;
    return `outside the satisfaction scale ${satisfaction.min}–${satisfaction.max} (scales.satisfaction in the config)`;
  }
  return null;
}

/** A number cell: proven decimal marks as written, an ambiguous one (1.250) by `decimal`. */
function numberOf(text: string, settings: ScoresSettings): number | string {
  const token = readNumber(text);
  if (token.kind === 'error') return token.reason;
  const parsed = token.kind === 'exact' ? token.value : token.byOrder[settings.decimal];
  if (parsed.currency !== null && parsed.currency !== settings.currency) {
    return `an amount in ${parsed.currency}, but this run is in ${settings.currency} (rkpi does not convert currencies)`;
  }
  const value = Number(parsed.decimal);
  return value < 0 ? 'negative: an actual value is 0 or more' : value;
}

/**
 * Reads a scores file: one row per area with columns `area` (key, Dutch or English name) and
 * `actual` (a number in the unit of the area's target, e.g. a survey's mean score). Other columns
 * are ignored. An unknown or repeated area, or an actual that is not a number, is a problem.
 */
export async function readScores(source: OpenedInput, settings: ScoresSettings): Promise<ScoresFile> {
  const csv = await readSmallCsv(source, settings, 'areas');
  const file = csv.fileName;
  const base = { fileName: file, rows: csv.rows.length, notices: csv.notices, sha256: csv.sha256 };
  const areaColumn = headerIndex(csv.header, AREA_HEADERS);
  const actualColumn = headerIndex(csv.header, ACTUAL_HEADERS);
  const missing = [
    ...(areaColumn < 0 ? [{ column: 'area', hint: AREA_HINT }] : []),
    ...(actualColumn < 0 ? [{ column: 'actual', hint: ACTUAL_HINT }] : []),
  ];
  if (missing.length > 0) {
    const reason = 'missing: a scores file has the columns area and actual';
    return { ...base, scores: {}, problems: missing.map(({ column, hint }) => ({ file, line: 1, column, value: null, reason, hint })) };
  }
  const problems: Problem[] = [];
  const scores: Partial<Record<AreaKey, number>> = {};
  const lineOf = new Map<AreaKey, number>();
  const allNames = AREAS.flatMap((a) => [a.key, a.nameNl, a.nameEn]);
  for (const row of csv.rows) {
    const ragged = raggedRow(row, csv.header, file);
    if (ragged) {
      problems.push(ragged);
      continue;
    }
    const areaText = (row.fields[areaColumn] ?? '').trim();
    const actualText = (row.fields[actualColumn] ?? '').trim();
    const problem = (index: number, text: string, reason: string, hint: string): Problem => ({
      file, line: row.line, column: csv.header[index] ?? '', value: text === '' ? null : text, reason, hint,
    });
    const key = resolveAreaKey(areaText);
    const earlier = key === null ? undefined : lineOf.get(key);
    const actual = numberOf(actualText, settings);
    const found: Problem[] = [];
    if (key === null) {
      const guess = areaText === '' ? null : nearest(areaText, allNames);
      found.push(problem(areaColumn, areaText, `not one of the six areas${guess ? `; did you mean "${guess}"?` : ''}`, AREA_HINT));
    } else if (earlier !== undefined) found.push(problem(areaColumn, areaText, `the same area as line ${earlier}`, 'give each area one row'));
    if (typeof actual === 'string') found.push(problem(actualColumn, actualText, actualText === '' ? 'no actual value' : actual, ACTUAL_HINT));
    const scale = key === null || typeof actual === 'string' ? null : offScale(key, actual, settings.satisfaction);
    if (scale !== null) found.push(problem(actualColumn, actualText, scale, SCALE_HINT));
    if (found.length > 0) {
      for (const problem of found) problems.push(problem);
    } else if (key !== null && typeof actual === 'number') {
      scores[key] = actual;
      lineOf.set(key, row.line);
    }
  }
  return { ...base, scores, problems };
}
