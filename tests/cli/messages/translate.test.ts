import { describe, expect, it } from 'vitest';
import { speak } from '../../../src/cli/messages/speak.js';
import { dutchNumber } from '../../../src/cli/messages/dutch/index.js';
import { catalogueOf, translateLines, translateMessage } from '../../../src/cli/messages/translate.js';

const catalogue = catalogueOf(
  [
    ['{file} is empty: a header row is needed', '{file} is leeg: er is een kopregel nodig'],
    ['not a date', 'geen datum'],
    ['outside {range}', 'buiten {range}'],
    ['outside the scale {range} (scales.{scale} in the config)', 'buiten de schaal {range} (scales.{scale} in de config)'],
    ['{file} has {count} rows', '{file} heeft {count} regels'],
    ['{message} {date} is before {message2} {date2}', '{message} van {date} ligt vóór {message2} van {date2}'],
    ['the start', 'de start'],
    ['the accepted offer', 'het geaccepteerde aanbod'],
  ],
  [
    ['hint: {message}', 'tip: {message}'],
    ['{file}:{line}: column "{column}": {message}', '{file}:{line}: kolom "{column}": {message}'],
    ['{message} (value: {value})', '{message} (waarde: {value})'],
  ],
);

describe('translateMessage', () => {
  it('copies the text of a placeholder as it is', () => {
    expect(translateMessage('Kosten 2025.csv is empty: a header row is needed', catalogue)).toBe('Kosten 2025.csv is leeg: er is een kopregel nodig');
  });

  it('writes the number of a number placeholder as the language writes numbers, and copies other text as it is', () => {
    const dutch = catalogueOf([['{file} has {count} rows', '{file} heeft {count} regels'], ['{n} months', '{n} maanden']], [], dutchNumber);
    expect(translateMessage('hires.csv has 1,048,576 rows', dutch)).toBe('hires.csv heeft 1.048.576 regels');
    expect(translateMessage('11.97 months', dutch)).toBe('11,97 maanden');
    expect(translateMessage('kosten 2,5.csv has 12 rows', dutch)).toBe('kosten 2,5.csv heeft 12 regels');
  });

  it('translates a frame and the message inside it', () => {
    expect(translateMessage('hires.csv:7: column "startdatum": not a date (value: "31-02-2025")', catalogue)).toBe(
      'hires.csv:7: kolom "startdatum": geen datum (waarde: "31-02-2025")',
    );
  });

  it('translates each nested message of a pattern in turn', () => {
    expect(translateMessage('the start 2025-02-01 is before the accepted offer 2025-02-05', catalogue)).toBe(
      'de start van 2025-02-01 ligt vóór het geaccepteerde aanbod van 2025-02-05',
    );
  });

  it('tries the most specific message first, whatever the order of the table', () => {
    expect(translateMessage('outside the scale 1–5 (scales.performance in the config)', catalogue)).toBe('buiten de schaal 1–5 (scales.performance in de config)');
    expect(translateMessage('outside 1–6', catalogue)).toBe('buiten 1–6');
  });

  it('lets a number placeholder stand for a number only', () => {
    expect(translateMessage('hires.csv has 1,250 rows', catalogue)).toBe('hires.csv heeft 1,250 regels');
    expect(translateMessage('hires.csv has many rows', catalogue)).toBeNull();
  });

  it('does not let a placeholder at the start take in a prefix', () => {
    // Without the frame `rkpi: {message}` the prefix is not part of a file name: unknown.
    expect(translateMessage('rkpi: hires.csv is empty: a header row is needed', catalogue)).toBeNull();
  });

  it('knows no text that no twin matches, and no frame whose message it does not know', () => {
    expect(translateMessage('a message nobody translated', catalogue)).toBeNull();
    expect(translateMessage('hint: a hint nobody translated', catalogue)).toBeNull();
  });
});

describe('translateLines', () => {
  it('translates the lines it knows, leaves the others English, and keeps the line ends', () => {
    expect(translateLines('hint: not a date\nsomething new\n', catalogue)).toBe('tip: geen datum\nsomething new\n');
  });

  it('leaves a text without a known line as it is', () => {
    expect(translateLines('', catalogue)).toBe('');
    expect(translateLines('partial', catalogue)).toBe('partial');
  });
});

describe('the Dutch catalogue at work', () => {
  it('says a file the system refused in Dutch, cause and hint', () => {
    expect(speak('rkpi: cannot write out/report.html: permission denied\nhint: check the permissions of the file and its folder (ls -l)\n', 'nl')).toBe(
      'rkpi: kan out/report.html niet schrijven: geen toestemming\ntip: controleer de rechten van het bestand en de map (ls -l)\n',
    );
  });

  it('leaves English as it is', () => {
    expect(speak('hint: check for a missing comma or quote\n', 'en')).toBe('hint: check for a missing comma or quote\n');
  });
});
