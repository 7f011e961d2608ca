import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainConfig } from '../../src/config/plain-config.js';
import { configSchema } from '../../src/config/schema.js';
import { starterFiles } from '../../src/cli/templates.js';

/** What the zod schema returns for a config, or undefined when it refuses it. */
const schemaAnswer = (json: unknown): unknown => {
  const result = configSchema().safeParse(json);
  return result.success ? result.data : undefined;
};

/** A value that is often right for a key of the config, and often wrong in a way zod names. */
const numbers = fc.constantFrom(0, -0, 1, 0.3, 0.5, 0.99, 1.5, 5, 55, 366, 367, -5, 1e12, 999_999_999_999, -1e12, 1e300, Number.POSITIVE_INFINITY);
const words = fc.constantFrom('offer', 'Aanbod', ' offer', 'offer ', '', 'Hired', 'hired', 'x');
const numberMap = (keys: readonly string[]) => fc.dictionary(fc.constantFrom(...keys, 'typo'), numbers, { maxKeys: 4 });
const anyOf = <T>(...arbitraries: fc.Arbitrary<T>[]) => fc.oneof(...arbitraries);
const scale = fc.record({ min: numbers, max: numbers, labels: fc.dictionary(fc.constantFrom('Exceeds', ' PIP'), numbers) }, { requiredKeys: [] });
const targets = numberMap(['qualityOfHire', 'onTimeRate', 'timeToFillDays', 'managerSatisfaction', 'candidateSatisfaction', 'costPerHire', 'effortHoursPerHire']);
const headers = fc.dictionary(fc.constantFrom('hire_id', 'department', 'offer_accepted', 'amount', 'Department', 'nonsense'), fc.constantFrom('Afdeling', 'afdeling ', 'Vacature', '', 'ID'), {
  maxKeys: 3,
});
const wordLists = (keys: readonly string[]) => fc.dictionary(fc.constantFrom(...keys), fc.array(words, { maxLength: 3 }), { maxKeys: 3 });

const CONFIG_PARTS = {
  $schema: anyOf<unknown>(fc.constant('./schema.json'), fc.constant(3)),
  currency: fc.constantFrom('EUR', 'USD', 'eur', 'EURO', 7),
  lang: fc.constantFrom('en', 'nl', 'de'),
  dateFormat: fc.constantFrom('dmy', 'mdy', 'ymd'),
  decimal: fc.constantFrom(',', '.', ';'),
  columns: fc.dictionary(fc.constantFrom('hires', 'costs', 'hours', 'applications', 'people'), headers, { maxKeys: 3 }),
  rates: numberMap(['recruiter', 'hiring_manager', 'interviewer', 'hr', 'management', 'other']),
  businessRoles: fc.array(fc.constantFrom('hr', 'management', 'ceo'), { maxLength: 3 }),
  scales: fc.record({ performance: scale, satisfaction: scale }, { requiredKeys: [] }),
  targets,
  exampleTargets: targets,
  weights: numberMap(['bestFit', 'timelyDelivery', 'serviceQuality', 'candidateExperience', 'rightCosts', 'rightEffort']),
  tolerance: fc.constantFrom(0.1, 0.5, 0, 0.49, -0.1, 2),
  holidays: anyOf<unknown>(fc.constantFrom('nl', 'de'), fc.array(fc.constantFrom('nl', '2025-12-24', '2025-02-30', '24-12-2025', 5), { maxLength: 3 })),
  vacancyCost: numberMap(['perDay', 'salaryMultiple', 'workingDaysPerYear']),
  agreements: numberMap(['feedbackHours', 'firstResponseDays']),
  holidayOptions: fc.record({ goodFriday: fc.constantFrom(true, false, 'yes'), liberationDay: fc.constantFrom('never', 'lustrum', 'always', 'sometimes') }, { requiredKeys: [] }),
  compare: fc.record({ materiality: fc.constantFrom(0.02, 1, 0, 0.99, -0.1) }, { requiredKeys: [] }),
  statuses: wordLists(['active', 'hired', 'rejected', 'withdrawn', 'declined']),
  stages: wordLists(['applied', 'screening', 'interview', 'offer', 'hired']),
  colour: fc.constant(true),
};
type Part = keyof typeof CONFIG_PARTS;
/** A few keys at a time, so that a good share of the configs are valid. */
const configs = anyOf<unknown>(
  fc
    .uniqueArray(fc.constantFrom(...(Object.keys(CONFIG_PARTS) as Part[])), { maxLength: 4 })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, CONFIG_PARTS[key] as fc.Arbitrary<unknown>])))),
  fc.constantFrom(null, [], 'nl', 3),
);

describe('the quick check of a config', () => {
  it('returns what the zod schema returns, keys in the same order, or leaves the config to the schema', () => {
    let checked = 0;
    fc.assert(
      fc.property(configs, (json) => {
        const plain = plainConfig(json);
        if (plain === undefined) return;
        checked += 1;
        expect(JSON.stringify(plain)).toBe(JSON.stringify(schemaAnswer(json)));
        expect(plain).toEqual(schemaAnswer(json));
      }),
      { numRuns: 3000, seed: 16 },
    );
    // Not a check of nothing: a good share of the configs pass the quick check.
    expect(checked).toBeGreaterThan(300);
  });

  it('accepts the demo config, the configs rkpi init writes and a config with every simple key', () => {
    const demo: unknown = JSON.parse(readFileSync('fixtures/demo/rkpi.config.json', 'utf8'));
    expect(plainConfig(demo)).toEqual(schemaAnswer(demo));
    for (const lang of ['en', 'nl'] as const) {
      const written: unknown = JSON.parse(starterFiles(lang).get('rkpi.config.json') ?? 'null');
      expect(plainConfig(written)).toBeDefined();
      expect(plainConfig(written)).toEqual(schemaAnswer(written));
    }
    const full = {
      currency: 'EUR',
      lang: 'nl',
      columns: { hires: { department: 'Afdeling' }, applications: { stage: 'Fase' } },
      rates: { recruiter: 55 },
      scales: { performance: { min: 1, max: 5 } },
      weights: { bestFit: 2, rightCosts: 0 },
      holidays: ['nl', '2025-12-24'],
      vacancyCost: { salaryMultiple: 1.5, workingDaysPerYear: 230 },
      statuses: { hired: ['Aangenomen'], rejected: ['Afgewezen', 'afgewezen'] },
    };
    expect(plainConfig(full)).toEqual(schemaAnswer(full));
  });

  it('leaves to the schema what it refuses or would change', () => {
    expect(plainConfig({ currency: 'euro' })).toBeUndefined();
    expect(plainConfig({ statuses: { hired: [' Aangenomen'] } })).toBeUndefined();
    expect(plainConfig({ statuses: { hired: ['Aangenomen'], rejected: ['aangenomen'] } })).toBeUndefined();
    expect(plainConfig({ columns: { hires: { department: 'Afdeling', location: 'afdeling ' } } })).toBeUndefined();
    expect(plainConfig({ scales: { performance: { min: 1, max: 4, labels: { PIP: 1 } } } })).toBeUndefined();
    expect(plainConfig({ weights: { bestFit: 0 } })).toBeUndefined();
  });
});
