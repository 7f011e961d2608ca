import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../src/io/sniff-delimiter.js';

describe('sniffDelimiter', () => {
  it('finds each of the four delimiters', () => {
    expect(sniffDelimiter('datum,bedrag,soort')).toBe(',');
    expect(sniffDelimiter('datum;bedrag;soort')).toBe(';');
    expect(sniffDelimiter('datum\tbedrag\tsoort')).toBe('\t');
    expect(sniffDelimiter('datum|bedrag|soort')).toBe('|');
  });

  it('ignores delimiters inside a quoted header field', () => {
    expect(sniffDelimiter('datum;bedrag;"soort, type, categorie"')).toBe(';');
    expect(sniffDelimiter('"date; day",amount')).toBe(',');
  });

  it('picks the delimiter that occurs most often', () => {
    expect(sniffDelimiter('date,amount;type;category')).toBe(';');
    expect(sniffDelimiter('a|b|c,d')).toBe('|');
  });

  it('prefers ; on a tie, as Dutch Excel writes it', () => {
    expect(sniffDelimiter('bedrag,eur;datum')).toBe(';');
  });

  it('falls back to , for a header of one column', () => {
    expect(sniffDelimiter('datum')).toBe(',');
  });
});
