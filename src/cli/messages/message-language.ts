import type { Lang } from '../../render/format.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The language the environment asks for: LC_ALL, else LC_MESSAGES, else LANG; `nl…` is Dutch.
 *
 * @example langOfLocale({ LANG: 'nl_NL.UTF-8' }) // 'nl'
 */
export function langOfLocale(env: Env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * The language of the messages before the config is read: `--lang` on the command line (as
 * `--lang nl` or `--lang=nl`), else the environment's. An error in the command line itself, or
 * in reading the config, is told in this language; the config's `lang` counts from then on.
 *
 * @example langOfCommandLine(['report', 'hires.csv', '--lang', 'nl'], {}) // 'nl'
 */
export function langOfCommandLine(args: readonly string[], env: Env): Lang {
  for (const [index, arg] of args.entries()) {
    if (arg === '--') break;
    const value = arg === '--lang' ? args[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'nl' || value === 'en') return value;
  }
  return langOfLocale(env);
}
