import type { Twin } from '../translate.js';

/** The command line: flags, their values, the files given, the output file. */
export const COMMAND_LINE: readonly Twin[] = [
  // commander's own messages (see program.ts)
  ["unknown option '{option}'", "onbekende optie '{option}'"],
  ['(Did you mean {option}?)', '(Bedoelde je {option}?)'],
  ["unknown command '{command}'", "onbekende opdracht '{command}'"],
  ["missing required argument '{argument}'", "verplicht argument '{argument}' ontbreekt"],
  ["option '{option}' argument missing", "optie '{option}' mist een waarde"],
  ["option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.", "optie '{option}': '{value}' is ongeldig. Toegestaan zijn {choices}."],
  ["too many arguments for '{command}'. Expected {count} argument but got {total}.", "te veel argumenten voor '{command}': verwacht {count} argument, gekregen {total}."],
  ["too many arguments for '{command}'. Expected {count} arguments but got {total}.", "te veel argumenten voor '{command}': verwacht {count} argumenten, gekregen {total}."],
  ['see rkpi {command} --help', 'zie rkpi {command} --help'],
  ['see rkpi --help', 'zie rkpi --help'],

  // a bug in rkpi (run.ts): the detail stays as the program gave it
  ['internal error (a bug in rkpi, please report it): {detail}', 'interne fout (een fout in rkpi, meld die alsjeblieft): {detail}'],
  ['run again with --debug to see where it happened', 'voer het opnieuw uit met --debug om te zien waar het gebeurde'],

  // one value per option, standard input once
  ['{option} is given twice ("{first}" and "{second}")', '{option} is twee keer opgegeven ("{first}" en "{second}")'],
  ['give {option} once: rkpi reads one value of each option, and one file per file option', 'geef {option} één keer op: rkpi leest één waarde per optie, en één bestand per bestandsoptie'],
  ['- (standard input) is given for more than one file', '- (standaardinvoer) is voor meer dan één bestand opgegeven'],
  ['give one file as -, the others by name', 'geef één bestand als - op, de andere bij naam'],

  // the files
  ['no hires file given', 'geen aannamebestand opgegeven'],
  ['rkpi report hires.csv --costs costs.csv --hours hours.csv, rkpi report --applications applications.csv, or rkpi report --demo', 'rkpi report hires.csv --costs costs.csv --hours hours.csv, rkpi report --applications applications.csv of rkpi report --demo'],
  ['rkpi report hires.csv --costs costs.csv --hours hours.csv, or rkpi report --demo', 'rkpi report hires.csv --costs costs.csv --hours hours.csv of rkpi report --demo'],
  ['--demo reads the bundled demo files; leave out the file names', '--demo leest de meegeleverde demobestanden; laat de bestandsnamen weg'],
  ['use either --demo or your own files', 'gebruik óf --demo, óf je eigen bestanden'],
  ['file not found: {path}', 'bestand niet gevonden: {path}'],
  ['{option}: file not found: {path}', '{option}: bestand niet gevonden: {path}'],
  ['{option}: {path} is a folder, not a CSV file', '{option}: {path} is een map, geen CSV-bestand'],
  ['check the path; relative paths start in the current folder', 'controleer het pad; een relatief pad begint in de huidige map'],
  ['{path} is a folder, not a CSV file', '{path} is een map, geen CSV-bestand'],
  ['name the CSV file inside it', 'noem het CSV-bestand in die map'],

  // flag values
  ['bad {option} "{value}"', 'ongeldige {option} "{value}"'],
  ['bad {option} "{value}": {message}', 'ongeldige {option} "{value}": {message}'],
  ['{first} is not a date', '{first} is geen datum'],
  ['{first} is after {second}', '{first} valt na {second}'],
  ['use 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-06-30', 'gebruik 2025, 2025-H1, 2025-Q3, 2025-07 of 2025-01-01..2025-06-30'],
  ['give a date as YYYY-MM-DD, e.g. --as-of 2025-12-31', 'geef een datum als YYYY-MM-DD, bijv. --as-of 2025-12-31'],
  ['give the level in percent, from 50 to 99.9', 'geef het niveau in procenten, van 50 tot 99,9'],
  ['e.g. --confidence 95 for 95% intervals (the default is 90)', 'bijv. --confidence 95 voor intervallen van 95% (standaard is 90)'],
  ['--delimiter "{value}" is not one of , ; tab |', '--delimiter "{value}" is niet een van , ; tab |'],
  ['leave it out to sniff the delimiter from the header', 'laat het weg om het scheidingsteken uit de kopregel af te leiden'],
  ['--currency "{value}": {message}', '--currency "{value}": {message}'],
  ['expected a three-letter ISO currency code such as EUR', 'verwacht een ISO-valutacode van drie letters, zoals EUR'],
  ['give the ISO code of the currency, e.g. --currency EUR or --currency USD', 'geef de ISO-code van de valuta, bijv. --currency EUR of --currency USD'],

  // --by
  ['--by "{by}": the hires file has no such column', '--by "{by}": het aannamebestand heeft geen kolom met die naam'],
  ['--by "{by}": {column} is an id of its own for each hire: every group would be one hire', '--by "{by}": {column} is voor elke aanname een eigen id: elke groep zou één aanname zijn'],
  ['--by "{by}": {column} is a date: --period chooses the time, --by a group', '--by "{by}": {column} is een datum: --period kiest de tijd, --by een groep'],
  ['--by "{by}": {column} is a figure of each hire, not a group', '--by "{by}": {column} is een getal per aanname, geen groep'],
  ['the hires file has no column to group by', 'het aannamebestand heeft geen kolom om op te groeperen'],
  ['group by one of its columns: {columns}', 'groepeer op een van de kolommen: {columns}'],

  // rkpi urgency: whose page
  ['--manager "{name}": no hiring manager of that name in {file} or {other} (did you mean "{nearest}"?)', '--manager "{name}": geen vacaturehouder met die naam in {file} of {other} (bedoelde je "{nearest}"?)'],
  ['--manager "{name}": no hiring manager of that name in {file} or {other}', '--manager "{name}": geen vacaturehouder met die naam in {file} of {other}'],
  ['--vacancy "{id}": no vacancy with that id in {file} or {other}', '--vacancy "{id}": geen vacature met dat id in {file} of {other}'],
  ['--manager "{name}": no hiring manager of that name in {files} (did you mean "{nearest}"?)', '--manager "{name}": geen vacaturehouder met die naam in {files} (bedoelde je "{nearest}"?)'],
  ['--manager "{name}": no hiring manager of that name in {files}', '--manager "{name}": geen vacaturehouder met die naam in {files}'],
  ['--vacancy "{id}": no vacancy with that id in {files}', '--vacancy "{id}": geen vacature met dat id in {files}'],
  ['--manager takes one of the {count} hiring managers the files name: {names}', '--manager neemt een van de {count} vacaturehouders die de bestanden noemen: {names}'],
  ['--vacancy takes one of the {count} vacancies the files name: {ids}', '--vacancy neemt een van de {count} vacatures die de bestanden noemen: {ids}'],
  ['neither file has a {column} column with a value; map your header: {"columns": {"applications": {"{key}": "<your header>"}}}', 'geen van de bestanden heeft een kolom {column} met een waarde; koppel je kolomkop: {"columns": {"applications": {"{key}": "<jouw kolomkop>"}}}'],

  // the output file
  ['{label} would overwrite an input file', '{label} zou een invoerbestand overschrijven'],
  ['{label} would overwrite an input file ({file})', '{label} zou een invoerbestand overschrijven ({file})'],
  ['write the result to another file', 'schrijf het resultaat naar een ander bestand'],
  ['-o {path}: rkpi does not write {extension} files', '-o {path}: rkpi schrijft geen {extension}-bestanden'],
  ['end the name in {extensions}, or pass --format ({formats}) to write that format under this name', 'laat de naam eindigen op {extensions}, of geef --format ({formats}) om dat formaat onder deze naam te schrijven'],
];
