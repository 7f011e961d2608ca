import { describe, expect, it } from 'vitest';
import { inScope, nameKey, valuesOf } from '../../../src/core/urgency/urgency-scope.js';

const dims = (object: Record<string, string>) => new Map(Object.entries(object));

describe('nameKey', () => {
  it('reads a name the way a person types it: trimmed, one space, lower case', () => {
    expect(nameKey('  Willem  van den Berg ')).toBe('willem van den berg');
  });
});

describe('inScope', () => {
  it("puts every record on everyone's page", () => {
    expect(inScope(dims({}), { kind: 'everyone' })).toBe(true);
  });

  it("puts a record on a manager's page when its hiring_manager is the manager, however it is typed", () => {
    expect(inScope(dims({ hiring_manager: 'Rob Mulder' }), { kind: 'manager', name: ' rob  mulder' })).toBe(true);
    expect(inScope(dims({ hiring_manager: 'Ingrid Bos' }), { kind: 'manager', name: 'Rob Mulder' })).toBe(false);
  });

  it("puts a record on a vacancy's page by its vacancy_id, and one without a vacancy_id on none", () => {
    expect(inScope(dims({ vacancy_id: 'VAC-1' }), { kind: 'vacancy', id: 'vac-1' })).toBe(true);
    expect(inScope(dims({ hiring_manager: 'VAC-1' }), { kind: 'vacancy', id: 'VAC-1' })).toBe(false);
  });
});

describe('valuesOf', () => {
  it('lists the values a column takes over several files, each once as first written, sorted', () => {
    const hires = [{ dims: dims({ hiring_manager: 'Rob Mulder' }) }, { dims: dims({}) }];
    const applications = [{ dims: dims({ hiring_manager: 'rob mulder' }) }, { dims: dims({ hiring_manager: 'Anouk Bakker' }) }];
    expect(valuesOf('hiring_manager', [hires, applications])).toEqual(['Anouk Bakker', 'Rob Mulder']);
  });
});
