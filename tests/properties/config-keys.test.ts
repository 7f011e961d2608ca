import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfig, configSchema } from '../../src/config/schema.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), seed: Number(process.env.PROPERTY_SEED ?? 8) };

type Result = ReturnType<ReturnType<typeof configSchema>['safeParse']>;

/** What a check makes of a config: the data, or every issue in order. */
const verdict = (result: Result) => (result.success ? { data: result.data } : { issues: result.error.issues });

/** Every rkpi.config.json under fixtures/, the broken ones too. */
function fixtureConfigs(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return fixtureConfigs(path);
    return entry.name.endsWith('config.json') ? [path] : [];
  });
}

/** Values of the kinds a config holds, right for some keys and wrong for others. */
const scalar = fc.oneof(
  fc.constantFrom('EUR', 'eur', 'nl', 'en', 'dmy', ',', '2025-12-24', 'lustrum', '', 'x', 'Hired'),
  fc.double({ noNaN: true }),
  fc.integer({ min: -5, max: 400 }),
  fc.boolean(),
  fc.constant(null),
);
const innerKey = fc.constantFrom('recruiter', 'hr', 'min', 'max', 'perDay', 'salaryMultiple', 'workingDaysPerYear', 'hires', 'materiality', 'hired', 'id', 'department', 'labels', 'recruiter ');
const inner = fc.oneof(scalar, fc.dictionary(innerKey, scalar, { maxKeys: 3 }), fc.array(scalar, { maxLength: 2 }));
const value = fc.oneof(
  scalar,
  fc.array(fc.constantFrom('nl', '2025-12-24', 'rejected', 'Hired', 'recruiter', 'bestFit', 3), { maxLength: 3 }),
  fc.dictionary(innerKey, inner, { maxKeys: 4 }),
);

const keys = fc.constantFrom(...Object.keys(configSchema().shape), 'currncy', 'rate', 'target', '__proto__', 'constructor');

describe('a config checked with the schema of its own keys, without compiled parsers', () => {
  it('gives the data and the issues, in order, that the schema of every key gives', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 6 }), (config) => {
        expect(verdict(checkConfig(config))).toEqual(verdict(configSchema().safeParse(config)));
      }),
      RUNS,
    );
  });

  it('reads every config of the fixtures as the schema of every key does', () => {
    const paths = fixtureConfigs('fixtures');
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      expect(verdict(checkConfig(json)), path).toEqual(verdict(configSchema().safeParse(json)));
    }
  });

  it('reads what is not an object as the schema of every key does', () => {
    for (const json of [null, [], ['currency'], 'EUR', 3]) expect(verdict(checkConfig(json))).toEqual(verdict(configSchema().safeParse(json)));
  });
});
