import type { Twin } from '../translate.js';

/** Reading a file as a whole: its encoding, its CSV, its header, which kind of file it is. */
export const FILES: readonly Twin[] = [
  // encodings and file types
  ['{file} is an Excel workbook or another zip file, not CSV', '{file} is een Excel-werkmap of een ander zipbestand, geen CSV'],
  ['{file} is UTF-16 text, which rkpi does not read', '{file} is UTF-16-tekst, en die leest rkpi niet'],
  ['{file} is a binary file, not CSV (it contains NUL bytes)', '{file} is een binair bestand, geen CSV (het bevat NUL-bytes)'],
  ['{file} ends in the middle of a UTF-8 character', '{file} eindigt midden in een UTF-8-teken'],
  ['in Excel use Save As → "CSV UTF-8 (comma delimited)" or "CSV (semicolon delimited)"', 'kies in Excel Opslaan als → "CSV UTF-8 (door komma\'s gescheiden)" of "CSV (gescheiden door lijstscheidingsteken)"'],
  ['save it again in one encoding; {message}', 'sla het opnieuw op in één codering; {message}'],
  ['a byte that is not UTF-8, in a file that starts with a UTF-8 byte order mark: it mixes two encodings', 'een byte die geen UTF-8 is, in een bestand dat begint met een UTF-8-bytevolgordemarkering (BOM): het mengt twee coderingen'],
  ['a byte that is not UTF-8, in a file with UTF-8 text (line {line}): it mixes two encodings', 'een byte die geen UTF-8 is, in een bestand met UTF-8-tekst (regel {line}): het mengt twee coderingen'],
  ['a byte that is not UTF-8, but --encoding says utf-8', 'een byte die geen UTF-8 is, terwijl --encoding utf-8 zegt'],
  ['pass --encoding windows-1252 if Excel on Windows saved it', 'geef --encoding windows-1252 als Excel op Windows het heeft opgeslagen'],
  ['{file}: not valid UTF-8, read as Windows-1252 (pass --encoding to choose)', '{file}: geen geldige UTF-8, gelezen als Windows-1252 (kies met --encoding)'],

  // empty files and headers
  ['{file} is empty: a header row is needed', '{file} is leeg: er is een kopregel nodig'],
  ['export the data again with its column names', 'exporteer de gegevens opnieuw, met de kolomnamen'],
  ['{file} has a header but no data rows', '{file} heeft een kopregel maar geen gegevensregels'],
  ['export the data again, or leave the file out', 'exporteer de gegevens opnieuw, of laat het bestand weg'],
  ['{file} has a first line of more than 1 MB: that is no header row', 'de eerste regel van {file} is groter dan 1 MB: dat is geen kopregel'],
  ['{file} starts with more than 1 MB of blank lines: that is no header row', '{file} begint met meer dan 1 MB aan lege regels: dat is geen kopregel'],
  ['a CSV file starts with a row of column names; check that this is the export', 'een CSV-bestand begint met een regel kolomnamen; controleer of dit de export is'],
  ['columns "{first}" and "{second}" are the same column ({column})', 'de kolommen "{first}" en "{second}" zijn dezelfde kolom ({column})'],
  ['columns "{first}" and "{second}" are the same column', 'de kolommen "{first}" en "{second}" zijn dezelfde kolom'],
  ['remove or rename one of them, or map the one to use in the config\'s "columns"', 'verwijder of hernoem er een, of koppel de juiste in "columns" van de config'],
  ['required column "{column}" is missing (the header has: {headers})', 'verplichte kolom "{column}" ontbreekt (de kopregel heeft: {headers})'],
  ['required columns {columns} are missing (the header has: {headers})', 'verplichte kolommen {columns} ontbreken (de kopregel heeft: {headers})'],
  ['name the column {column} or {alias}, or map it in rkpi.config.json: {mapping}', 'noem de kolom {column} of {alias}, of koppel hem in rkpi.config.json: {mapping}'],
  ['a hires file needs an offer_accepted or a start_date column (the header has: {headers})', 'een aannamebestand heeft een kolom offer_accepted of start_date nodig (de kopregel heeft: {headers})'],
  ['a hire counts on the day its offer was accepted (offer_accepted, aanbod_geaccepteerd), else on its first working day (start_date, startdatum): name your column so, or map it in rkpi.config.json: {mapping}', 'een aanname telt op de dag dat het aanbod is geaccepteerd (offer_accepted, aanbod_geaccepteerd), anders op de eerste werkdag (start_date, startdatum): noem je kolom zo, of koppel hem in rkpi.config.json: {mapping}'],
  ['the config maps {column} to "{header}", a header this file does not have; the closest it has is "{closest}"', 'de config koppelt {column} aan "{header}", een kolomkop die dit bestand niet heeft; het dichtst in de buurt komt "{closest}"'],
  ['the config maps {column} to "{header}", a header this file does not have', 'de config koppelt {column} aan "{header}", een kolomkop die dit bestand niet heeft'],
  ['correct "{key}" in rkpi.config.json to one of the file\'s headers: {headers}', 'verbeter "{key}" in rkpi.config.json naar een van de kolomkoppen van het bestand: {headers}'],

  // CSV structure
  ['a quoted field that starts here is never closed', 'een veld tussen aanhalingstekens dat hier begint, wordt nergens gesloten'],
  ['a quote in the middle of a field', 'een aanhalingsteken midden in een veld'],
  ['quote a field that contains the delimiter, a quote or a line break, and double a quote inside it ("")', 'zet een veld met het scheidingsteken, een aanhalingsteken of een regeleinde tussen aanhalingstekens, en verdubbel een aanhalingsteken daarbinnen ("")'],
  ['{count} fields where the header has {total}', '{count} velden waar de kopregel er {total} heeft'],
  ['a field that contains the delimiter must be quoted; check the row for a stray delimiter', 'een veld met het scheidingsteken moet tussen aanhalingstekens staan; kijk of de regel een verdwaald scheidingsteken heeft'],
  ['a field of {count} characters (rkpi reads at most {total})', 'een veld van {count} tekens (rkpi leest er hoogstens {total})'],
  ['a quote that is never closed takes in the lines after it; otherwise shorten the field or leave its column out of the export', 'een aanhalingsteken dat nergens wordt gesloten, neemt de regels erna mee; kort anders het veld in of laat de kolom weg uit de export'],
  ['a value in a column without a header', 'een waarde in een kolom zonder kolomkop'],

  // which kind of file
  ['cannot tell whether this is a hires, applications, costs or hours file', 'niet te zien of dit een aannamebestand, sollicitatiebestand, kostenbestand of urenbestand is'],
  ['a hires file has hire columns such as offer_accepted, start_date or vacancy_opened, a costs file an amount column, an hours file an hours column, an applications file an applied column and a status or a step such as interview or rejected (or, one row per stage, stage and entered columns); rankings are read by rkpi weights, scores by rkpi value --scores', 'een aannamebestand heeft aannamekolommen zoals offer_accepted, start_date of vacancy_opened, een kostenbestand een kolom amount, een urenbestand een kolom hours, een sollicitatiebestand een kolom applied en een status of een stap zoals interview of rejected (of, bij één regel per fase, de kolommen stage en entered); rangordes leest rkpi weights, scores rkpi value --scores'],
  ['{file} looks like a candidate export (a row per candidate), not a hires file: {message}; read as hires, its rejected candidates would count as open vacancies and its declined offers as hires', '{file} lijkt een kandidatenexport (een regel per kandidaat), geen aannamebestand: {message}; als aannames gelezen zouden de afgewezen kandidaten als openstaande vacatures tellen en de afgewezen aanbiedingen als aannames'],
  ['column "{column}" says {message}', 'kolom "{column}" zegt {message}'],
  ['"{word}" (line {line}) and {message}', '"{word}" (regel {line}) en {message}'],
  ['"{word}" (line {line})', '"{word}" (regel {line})'],
  ['vacancy "{vacancy}" has several rows (lines {line} and {line2}) and column "{column}" holds closing dates (line {line3})', 'vacature "{vacancy}" heeft meerdere regels (regels {line} en {line2}) en kolom "{column}" bevat afsluitdatums (regel {line3})'],
  ['give it to --applications, which reads one row per application; or export one row per hire (and per vacancy still open)', 'geef het aan --applications, dat één regel per sollicitatie leest; of exporteer één regel per aanname (en per vacature die nog openstaat)'],
  ['add the vacancy\'s opening date to the export, or map your header: {mapping}; or give the hires file as well', 'neem de openingsdatum van de vacature op in de export, of koppel je kolomkop: {mapping}; of geef ook het aannamebestand'],

  // the whole file rejected
  ['{file}: {count} of {total} rows rejected', '{file}: {count} van {total} regels afgewezen'],
  ['{file}: {count} of {total} row rejected', '{file}: {count} van {total} regel afgewezen'],
  ['… and {count} more problems', '… en nog {count} problemen'],
  ['every row of {file} was rejected: there is nothing to compute on', 'elke regel van {file} is afgewezen: er is niets om mee te rekenen'],
  ['mend the rows listed above', 'herstel de regels hierboven'],
  ['to compute on the valid rows only, pass --skip-invalid (rejected rows are still counted)', 'geef --skip-invalid om alleen met de geldige regels te rekenen (afgewezen regels worden wel geteld)'],
];
