import { describe, expect, it } from 'vitest';
import type { ValueDocument } from '../../src/render/value-document.js';
import { valueSection } from '../../src/render/value-view.js';

type Area = ValueDocument['areas'][number];

const area = (key: Area['key'], index: number | null, weight: number): Area =>
  ({ key, index, score: index === null ? null : 80, weight, measured: index !== null, missesTarget: index === null ? null : index < 1 }) as Area;

/** A value document with the top 3 by weight: Best Fit, Timely Delivery, Service Quality. */
function docWith(areas: readonly Area[]): ValueDocument {
  const top3 = ['bestFit', 'timelyDelivery', 'serviceQuality'] as const;
  return {
    value: 1.01,
    reason: null,
    weightedScore: 80,
    areas,
    top3: [...top3],
    belowTarget: top3.filter((key) => areas.find((a) => a.key === key)?.missesTarget === true),
    unmeasured: areas.filter((a) => !a.measured).map((a) => a.key),
  } as unknown as ValueDocument;
}

const lastLine = (doc: ValueDocument, lang: 'en' | 'nl'): string => valueSection(doc, lang, 'EUR').footer?.split('\n').at(-1) ?? '';

const rest = [area('candidateExperience', 1, 0.1), area('rightCosts', 1, 0.1), area('rightEffort', 1, 0.1)];

describe('the top-3 line of the value section', () => {
  it('says every top-3 area is on target only when all three are measured and on target', () => {
    const doc = docWith([area('bestFit', 1.1, 0.3), area('timelyDelivery', 1, 0.25), area('serviceQuality', 1.2, 0.15), ...rest]);
    expect(lastLine(doc, 'en')).toBe('Every top-3 area is on target. (* = top-3 area by weight)');
  });

  it('calls only the measured ones on target, and names the one that is not measured', () => {
    const doc = docWith([area('bestFit', 1.1, 0.3), area('timelyDelivery', 1, 0.25), area('serviceQuality', null, 0.15), ...rest]);
    expect(lastLine(doc, 'en')).toBe(
      'Every measured top-3 area is on target. Not measured among the top 3: Service Quality. (* = top-3 area by weight)',
    );
    expect(lastLine(doc, 'nl')).toBe(
      'Elk gemeten top-3-gebied is op doel. Niet gemeten in de top 3: Servicekwaliteit. (* = top-3-gebied naar gewicht)',
    );
  });

  it('names the areas below target and those not measured', () => {
    const doc = docWith([area('bestFit', 0.8, 0.3), area('timelyDelivery', 1, 0.25), area('serviceQuality', null, 0.15), ...rest]);
    expect(lastLine(doc, 'en')).toBe(
      'Below target among the top 3: Best Fit. Not measured among the top 3: Service Quality. (* = top-3 area by weight)',
    );
  });

  it('says nothing is on target when no top-3 area is measured', () => {
    const doc = docWith([area('bestFit', null, 0.3), area('timelyDelivery', null, 0.25), area('serviceQuality', null, 0.15), ...rest]);
    expect(lastLine(doc, 'en')).toBe('Not measured among the top 3: Best Fit, Timely Delivery, Service Quality. (* = top-3 area by weight)');
  });

  it('says the config gives every area the same weight when it does, not that the weights are unset', () => {
    const equal = [area('bestFit', 1, 1 / 6), area('timelyDelivery', 1, 1 / 6), area('serviceQuality', 1, 1 / 6), ...rest];
    const set = { ...docWith(equal), top3: [], weights: 'config' } as unknown as ValueDocument;
    expect(lastLine(set, 'en')).toBe('No top 3: the config gives every area the same weight.');
    const unset = { ...set, weights: 'equal' } as unknown as ValueDocument;
    expect(lastLine(unset, 'en')).toBe('No top 3: every area weighs the same until the weights are set (rkpi weights … --write).');
  });
});
