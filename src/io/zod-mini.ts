import * as z from 'zod/mini';

/**
 * zod's functional API, for the checks on a report's path (the config, the rows of the input
 * files). Classic zod (`import * as z from 'zod'`) installs its methods on every schema it builds,
 * which cost a 10-row report with a currency and rates some 9 ms of building; zod/mini builds the
 * same checks over the same core without them. The documents' schemas (src/render/schemas) stay
 * classic: only `rkpi schema` and `rkpi compare` load them. A classic method is a check of the
 * same meaning here: `.min(0)` is `.check(z.minimum(0))`, `.int()` is `.check(z.int())` (the very
 * check, so "expected int" as before), `.optional()` is `z.optional(…)`.
 *
 * zod/mini sets no language for its messages, where classic zod sets English when it builds its
 * first schema: set it here, once, so that every default message ("Invalid input: expected
 * number, received string") reads as it did.
 */
z.config(z.locales.en());

export { z };
