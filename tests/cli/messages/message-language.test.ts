import { describe, expect, it } from 'vitest';
import { langOfCommandLine, langOfLocale } from '../../../src/cli/messages/message-language.js';

describe('langOfLocale', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, and takes nl_* as Dutch', () => {
    expect(langOfLocale({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(langOfLocale({ LC_MESSAGES: 'nl_BE.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(langOfLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(langOfLocale({})).toBe('en');
  });
});

describe('langOfCommandLine', () => {
  it('takes --lang in either spelling before the environment', () => {
    expect(langOfCommandLine(['report', '--lang', 'nl'], {})).toBe('nl');
    expect(langOfCommandLine(['report', '--lang=nl'], {})).toBe('nl');
    expect(langOfCommandLine(['report', '--lang', 'en'], { LANG: 'nl_NL.UTF-8' })).toBe('en');
  });

  it('falls back to the environment for a missing or unknown --lang, and after --', () => {
    expect(langOfCommandLine(['report', '--lang', 'de'], { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(langOfCommandLine(['report', '--lang'], {})).toBe('en');
    expect(langOfCommandLine(['report', '--', '--lang', 'nl'], {})).toBe('en');
  });
});
