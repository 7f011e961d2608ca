import { describe, expect, it } from 'vitest';
import { applicationsShape, mapHeader } from '../../src/io/header.js';

describe('the columns mapping of an applications file', () => {
  it('is refused when it names a header the file does not have, with the closest one it has', () => {
    expect(() => mapHeader(['Candidate', 'Requisition ID', 'Applied On'], 'applications', { vacancy_id: 'Requistion ID' }, 'a.csv')).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: 'a.csv:1: the config maps vacancy_id to "Requistion ID", a header this file does not have; the closest it has is "Requisition ID"',
        hint: 'correct "columns.applications.vacancy_id" in rkpi.config.json to one of the file\'s headers: Candidate, Requisition ID, Applied On',
      }),
    );
  });

  it('says no closest header when none is near', () => {
    expect(() => mapHeader(['Candidate', 'Applied On'], 'applications', { channel: 'Herkomst' }, 'a.csv')).toThrow(
      expect.objectContaining({ message: 'a.csv:1: the config maps channel to "Herkomst", a header this file does not have' }),
    );
  });

  it('leaves alone the columns of the other shape', () => {
    const slots = mapHeader(['Id', 'Applied On'], 'applications', { application_id: 'Id', applied: 'Applied On', stage: 'Fase', entered: 'Datum' }, 'a.csv');
    expect(slots.map((slot) => (slot.kind === 'known' ? slot.spec.name : slot.kind))).toEqual(['application_id', 'applied']);
  });

  it('decides the shape of the file', () => {
    expect(applicationsShape(['Id', 'Fase', 'Datum'], { stage: 'Fase', entered: 'Datum' })).toBe('stageHistory');
    expect(applicationsShape(['Id', 'Fase', 'Datum'], {})).toBe('applications');
  });
});
