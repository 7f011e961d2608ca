import { describe, expect, it } from 'vitest';
import { AREA_KEYS, AREAS, area, mapAreas, resolveAreaKey } from '../../../src/core/value/areas.js';

describe('AREAS', () => {
  it('lists the six areas in canonical order with their group and kind', () => {
    expect(AREAS.map((a) => a.key)).toEqual([...AREA_KEYS]);
    expect(AREAS.map((a) => a.group)).toEqual(['resultaat', 'resultaat', 'proces', 'proces', 'kosten', 'inspanning']);
    expect(AREAS.map((a) => a.kind)).toEqual(['result', 'result', 'result', 'result', 'budget', 'budget']);
    expect(area('candidateExperience').nameNl).toBe('Kandidaatervaring');
  });
});

describe('resolveAreaKey', () => {
  it.each([
    ['bestFit', 'bestFit'],
    ['Best Fit', 'bestFit'],
    ['Tijdige levering', 'timelyDelivery'],
    ['tijdige_levering', 'timelyDelivery'],
    ['Timely Delivery', 'timelyDelivery'],
    ['SERVICEKWALITEIT', 'serviceQuality'],
    ['service-quality', 'serviceQuality'],
    ['candidate_experience', 'candidateExperience'],
    ['Juiste kosten', 'rightCosts'],
    ['right costs', 'rightCosts'],
    ['  Juiste  Inspanning ', 'rightEffort'],
    ['rightEffort', 'rightEffort'],
  ] as const)('reads %j as %s', (name, key) => {
    expect(resolveAreaKey(name)).toBe(key);
  });

  it('gives null for anything else, including object property names', () => {
    expect(resolveAreaKey('speed')).toBeNull();
    expect(resolveAreaKey('')).toBeNull();
    expect(resolveAreaKey('__proto__')).toBeNull();
    expect(resolveAreaKey('constructor')).toBeNull();
  });
});

describe('mapAreas', () => {
  it('builds one value per area', () => {
    expect(mapAreas((key, a) => `${key}:${a.group}`).rightEffort).toBe('rightEffort:inspanning');
  });
});
