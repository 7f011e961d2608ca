import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod's functional API, for the checks on a report's path (the config, the rows of the input
 * files): `import * as z from '../io/zod-mini.js'`. Classic zod (`import * as z from 'zod'`)
 * installs its methods on every schema it builds; zod/mini builds the same checks over the same
 * core without them. A 10-row report with a currency and rates took some 8 ms less CPU with it
 * (medians of 150 paired runs of the built CLI). The documents' schemas (src/render/schemas) stay
 * classic: only `rkpi schema` and `rkpi compare` load them. A classic method is a check of the
 * same meaning here: `.min(0)` is `.check(z.minimum(0))`, `.int()` is `.check(z.int())` (the very
 * check, so "expected int" as before), `.optional()` is `z.optional(…)`.
 *
 * zod/mini sets no language for its messages, where classic zod sets English when it builds its
 * first schema: set it here, once, so that every default message ("Invalid input: expected
 * number, received string") reads as it did. The English messages alone, and zod/mini name by name
 * (`export *`) rather than as one object: the bundle then keeps only what rkpi uses, not every
 * language zod has (zod/mini's `locales`).
 */
config(en());

export * from 'zod/mini';
