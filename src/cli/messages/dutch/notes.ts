import type { Twin } from '../translate.js';

/** Notes on how a file was read, and warnings about the figures (`note: …`, `warning: …`). */
export const NOTES: readonly Twin[] = [
  // how a column was read
  ['every value is ambiguous, read as {message}; set {flag} if that is wrong', 'elke waarde is dubbelzinnig, gelezen als {message}; stel {flag} in als dat niet klopt'],
  [
    'two-digit years read as Excel reads them, 00–29 as 2000–2029 and 30–99 as 1930–1999 (line {line}: "{value}")',
    'jaartallen van twee cijfers gelezen zoals Excel ze leest, 00–29 als 2000–2029 en 30–99 als 1930–1999 (regel {line}: "{value}")',
  ],

  // which columns a hires file counts by
  ['{file}: no offer_accepted column: a hire counts in the period of its start_date (column "{column}")', '{file}: geen kolom offer_accepted: een aanname telt in de periode van haar start_date (kolom "{column}")'],
  [
    '{file}: no {missing} column: time to fill is the file\'s own time_to_fill (column "{column}"), in days as the ATS counted them',
    '{file}: geen kolom {missing}: de doorlooptijd is de eigen time_to_fill van het bestand (kolom "{column}"), in dagen zoals het ATS ze telde',
  ],
  [
    '{file}: time_to_fill (column "{column}") is not used: time to fill is counted from vacancy_opened to offer_accepted',
    '{file}: time_to_fill (kolom "{column}") wordt niet gebruikt: de doorlooptijd wordt geteld van vacancy_opened tot offer_accepted',
  ],
  [
    '{file} has {count} hired application in {period}, {hires} {total} hire; the hires figures count those of {hires2}',
    '{file} heeft {count} aangenomen sollicitatie in {period}, {hires} {total} aanname; de cijfers over aannames tellen die van {hires2}',
  ],
  [
    '{file} has {count} hired application in {period}, {hires} {total} hires; the hires figures count those of {hires2}',
    '{file} heeft {count} aangenomen sollicitatie in {period}, {hires} {total} aannames; de cijfers over aannames tellen die van {hires2}',
  ],
  [
    '{file} has {count} hired applications in {period}, {hires} {total} hire; the hires figures count those of {hires2}',
    '{file} heeft {count} aangenomen sollicitaties in {period}, {hires} {total} aanname; de cijfers over aannames tellen die van {hires2}',
  ],
  [
    '{file} has {count} hired applications in {period}, {hires} {total} hires; the hires figures count those of {hires2}',
    '{file} heeft {count} aangenomen sollicitaties in {period}, {hires} {total} aannames; de cijfers over aannames tellen die van {hires2}',
  ],

  // the figures
  ['negative amount (credit note) of {amount} included', 'negatief bedrag (creditnota) van {amount} meegeteld'],

  // rkpi weights --write
  ['wrote the weights to {file} (a new file): {weights}', 'de gewichten zijn naar {file} geschreven (een nieuw bestand): {weights}'],
  ['wrote the weights to {file}: {weights}', 'de gewichten zijn naar {file} geschreven: {weights}'],
];
