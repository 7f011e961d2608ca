/**
 * The six performance areas of the Interne Klantwaarde Model, as data.
 *
 * (Resultaat + Proces) / (Kosten + Inspanning) = waarde. Result and process areas are
 * "result-like" (more is better); cost and effort areas are "budget-like" (the right amount is
 * best: too much is waste, too little is under-investment).
 */

/** The areas in their canonical order; this order breaks every tie in the value model. */
export const AREA_KEYS = [
  'bestFit',
  'timelyDelivery',
  'serviceQuality',
  'candidateExperience',
  'rightCosts',
  'rightEffort',
] as const;

export type AreaKey = (typeof AREA_KEYS)[number];
export type AreaGroup = 'resultaat' | 'proces' | 'kosten' | 'inspanning';
/** `result`: more is better. `budget`: on target is best, in either direction. */
export type AreaKind = 'result' | 'budget';

/** One value per area, e.g. weights or ranks. */
export type AreaRecord<T> = Readonly<Record<AreaKey, T>>;

export interface Area {
  readonly key: AreaKey;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly group: AreaGroup;
  readonly kind: AreaKind;
}

export const AREAS: readonly Area[] = [
  { key: 'bestFit', nameNl: 'Best Fit', nameEn: 'Best Fit', group: 'resultaat', kind: 'result' },
  { key: 'timelyDelivery', nameNl: 'Tijdige levering', nameEn: 'Timely Delivery', group: 'resultaat', kind: 'result' },
  { key: 'serviceQuality', nameNl: 'Servicekwaliteit', nameEn: 'Service Quality', group: 'proces', kind: 'result' },
  { key: 'candidateExperience', nameNl: 'Kandidaatervaring', nameEn: 'Candidate Experience', group: 'proces', kind: 'result' },
  { key: 'rightCosts', nameNl: 'Juiste kosten', nameEn: 'Right Costs', group: 'kosten', kind: 'budget' },
  { key: 'rightEffort', nameNl: 'Juiste inspanning', nameEn: 'Right Effort', group: 'inspanning', kind: 'budget' },
];

const AREA_BY_KEY: ReadonlyMap<AreaKey, Area> = new Map(AREAS.map((area) => [area.key, area]));

/** Lower case without spaces, hyphens and underscores: `Best-Fit`, `best_fit` and `bestFit` meet. */
function squash(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s_-]+/g, '');
}

// A Map, so a header such as `__proto__` or `constructor` is just an unknown name.
const KEY_BY_NAME: ReadonlyMap<string, AreaKey> = new Map(
  AREAS.flatMap((area) => [area.key, area.nameNl, area.nameEn].map((name) => [squash(name), area.key] as const)),
);

/**
 * The area with the given key.
 *
 * @example area('rightCosts').group // 'kosten'
 */
export function area(key: AreaKey): Area {
  const found = AREA_BY_KEY.get(key);
  if (!found) throw new RangeError(`unknown area key: ${String(key)}`);
  return found;
}

/**
 * The area key a header or name refers to, or null. Accepts the key, the Dutch name or the English
 * name, ignoring case, spaces, hyphens and underscores.
 *
 * @example resolveAreaKey('Tijdige levering') // 'timelyDelivery'
 * @example resolveAreaKey('candidate_experience') // 'candidateExperience'
 * @example resolveAreaKey('RIGHT-COSTS') // 'rightCosts'
 * @example resolveAreaKey('speed') // null
 */
export function resolveAreaKey(name: string): AreaKey | null {
  return KEY_BY_NAME.get(squash(name)) ?? null;
}

/**
 * A record with one value per area, computed from the key, in canonical order.
 *
 * @example mapAreas((key) => key.length).bestFit // 7
 */
export function mapAreas<T>(fn: (key: AreaKey, area: Area) => T): AreaRecord<T> {
  const out = {} as Record<AreaKey, T>;
  for (const a of AREAS) out[a.key] = fn(a.key, a);
  return out;
}
