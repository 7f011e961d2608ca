import { nearest } from '../config/suggest.js';
import type { StakeholderRanking } from '../core/value/aggregate-weights.js';
import { AREA_KEYS, AREAS, resolveAreaKey, type AreaKey } from '../core/value/areas.js';
import type { OpenedInput } from './open-input.js';
import type { Problem } from './problem.js';
import { headerIndex, raggedRow, readSmallCsv, type SmallCsvSettings } from './small-csv.js';

export const STAKEHOLDER_HEADERS = ['stakeholder', 'naam', 'name', 'respondent', 'deelnemer', 'belanghebbende'];
export const GROUP_HEADERS = ['group', 'groep', 'stakeholder_group', 'stakeholdergroep'];

const AREA_NAMES_HINT = `name the six area columns by key or name: ${AREAS.map((a) => `${a.key} or ${a.nameNl}`).join(', ')}`;
const RANK_HINT = 'give every area a whole-number rank from 1 (most important) to 6; equal ranks are a tie';

export interface RankingsFile {
  readonly fileName: string;
  readonly rows: number;
  readonly stakeholders: readonly StakeholderRanking[];
  /** Every problem, in line order; any problem means the file is refused. */
  readonly problems: readonly Problem[];
  readonly notices: readonly string[];
  readonly sha256: string;
}

/** Where each column of a rankings file goes. */
interface Layout {
  readonly stakeholder: number;
  readonly group: number;
  readonly areas: ReadonlyMap<AreaKey, number>;
}

/** How the file names its areas, so a message about a missing one uses the same kind of name. */
function areaLabel(header: readonly string[]): (key: AreaKey) => string {
  const uses = (pick: (a: (typeof AREAS)[number]) => string) =>
    AREAS.some((a) => a.nameNl !== a.nameEn && header.some((h) => h.toLowerCase() === pick(a).toLowerCase()));
  const name = uses((a) => a.nameNl) ? 'nameNl' : uses((a) => a.nameEn) ? 'nameEn' : 'key';
  return (key) => AREAS.find((a) => a.key === key)?.[name] ?? key;
}

function layoutOf(header: readonly string[], file: string): Layout | Problem[] {
  const problems: Problem[] = [];
  const at = (column: string, reason: string, hint: string): Problem => ({ file, line: 1, column, value: null, reason, hint });
  const stakeholder = headerIndex(header, STAKEHOLDER_HEADERS);
  const group = headerIndex(header, GROUP_HEADERS);
  const areas = new Map<AreaKey, number>();
  const allNames = AREAS.flatMap((a) => [a.key, a.nameNl, a.nameEn]);
  header.forEach((name, index) => {
    if (index === stakeholder || index === group || name === '') return;
    const key = resolveAreaKey(name);
    const earlier = key === null ? undefined : areas.get(key);
    if (key === null) {
      const guess = nearest(name, allNames);
      problems.push(at(name, `not one of the six areas${guess ? `; did you mean "${guess}"?` : ''}`, AREA_NAMES_HINT));
    } else if (earlier !== undefined) {
      problems.push(at(name, `the same area as column "${header[earlier]}"`, AREA_NAMES_HINT));
    } else areas.set(key, index);
  });
  if (stakeholder < 0) {
    problems.unshift(at('stakeholder', 'missing: a column naming each stakeholder is needed', `name it ${STAKEHOLDER_HEADERS.slice(0, 2).join(' or ')}`));
  }
  const label = areaLabel(header);
  for (const key of AREA_KEYS) {
    if (!areas.has(key)) problems.push(at(label(key), 'missing: every stakeholder ranks all six areas', AREA_NAMES_HINT));
  }
  return problems.length > 0 ? problems : { stakeholder, group, areas };
}

/** A rank cell as a whole number 1–6, or the reason it is not one. */
function rankOf(text: string): number | string {
  if (text === '') return 'no rank';
  if (!/^[+-]?\d+([.,]\d+)?$/.test(text)) return 'not a rank: a whole number from 1 to 6 is needed';
  if (!/^\+?\d+$/.test(text)) return 'not a whole number: ranks are 1 to 6';
  const rank = Number(text);
  return rank >= 1 && rank <= AREA_KEYS.length ? rank : 'outside 1–6';
}

/**
 * Reads a rankings file: one row per stakeholder with a `stakeholder` column, an optional `group`
 * column and a rank 1–6 for each of the six areas, whose headers are the area keys or their Dutch
 * or English names (any case). Every problem is listed as `file:line: column "x": reason`: an
 * unknown or missing area column, a missing stakeholder column, an empty or repeated stakeholder
 * name, and a rank that is empty, not a whole number or outside 1–6.
 */
export async function readRankings(source: OpenedInput, settings: SmallCsvSettings): Promise<RankingsFile> {
  const csv = await readSmallCsv(source, settings, 'stakeholders');
  const file = csv.fileName;
  const base = { fileName: file, rows: csv.rows.length, notices: csv.notices, sha256: csv.sha256 };
  const layout = layoutOf(csv.header, file);
  if (Array.isArray(layout)) return { ...base, stakeholders: [], problems: layout };
  const problems: Problem[] = [];
  const stakeholders: StakeholderRanking[] = [];
  const seen = new Map<string, number>();
  for (const row of csv.rows) {
    const ragged = raggedRow(row, csv.header, file);
    if (ragged) {
      problems.push(ragged);
      continue;
    }
    const cell = (index: number) => (row.fields[index] ?? '').trim();
    const found: Problem[] = [];
    const problem = (index: number, reason: string, hint: string): Problem => {
      const value = cell(index);
      return { file, line: row.line, column: csv.header[index] ?? '', value: value === '' ? null : value, reason, hint };
    };
    const name = cell(layout.stakeholder);
    const earlier = seen.get(name);
    if (name === '') found.push(problem(layout.stakeholder, 'no stakeholder name', 'name every stakeholder, or delete the row'));
    else if (earlier !== undefined) {
      found.push(problem(layout.stakeholder, `the same stakeholder as line ${earlier}`, 'give each stakeholder one row with a name of their own'));
    } else seen.set(name, row.line);
    const ranks = {} as Record<AreaKey, number>;
    for (const [key, index] of layout.areas) {
      const rank = rankOf(cell(index));
      if (typeof rank === 'number') ranks[key] = rank;
      else found.push(problem(index, rank, RANK_HINT));
    }
    if (found.length > 0) {
      for (const problem of found) problems.push(problem);
    } else stakeholders.push({ stakeholder: name, group: layout.group < 0 || cell(layout.group) === '' ? null : cell(layout.group), ranks });
  }
  return { ...base, stakeholders, problems };
}
