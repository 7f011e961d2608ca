import type { Twin } from '../translate.js';

/** The config file: reading it, its keys and their values (keys stay as the config writes them). */
export const CONFIG: readonly Twin[] = [
  ['config file not found: {file}', 'configbestand niet gevonden: {file}'],
  ['check the path given to --config, or run rkpi init', 'controleer het pad bij --config, of voer rkpi init uit'],
  ['{file} is a folder, not a config file', '{file} is een map, geen configbestand'],
  ['{file} is larger than 1 MB: not a config file', '{file} is groter dan 1 MB: dat is geen configbestand'],
  ['name the rkpi.config.json that rkpi init wrote', 'noem de rkpi.config.json die rkpi init schreef'],
  ['{file} is not valid JSON: {reason}', '{file} is geen geldige JSON: {reason}'],
  ['check for a missing comma or quote', 'kijk of er een komma of aanhalingsteken ontbreekt'],
  ['{file} is not a valid config', '{file} is geen geldige config'],
  ['{file}: unknown key "{key}"; did you mean "{other}"?', '{file}: onbekende sleutel "{key}"; bedoelde je "{other}"?'],
  ['{file}: unknown key "{key}"', '{file}: onbekende sleutel "{key}"'],
  ['known keys here: {keys}', 'bekende sleutels hier: {keys}'],
  ['see "Configuration" in the README for every key and its type', 'zie "Configuration" in de README voor elke sleutel en zijn type'],

  // zod's own words for a value of the wrong type
  ['Invalid input: expected number, received string', 'ongeldige invoer: verwacht een getal, maar het is tekst'],
  ['Invalid input: expected number, received array', 'ongeldige invoer: verwacht een getal, maar het is een lijst'],
  ['Invalid input: expected number, received object', 'ongeldige invoer: verwacht een getal, maar het is een object'],
  ['Invalid input: expected number, received boolean', 'ongeldige invoer: verwacht een getal, maar het is true of false'],
  ['Invalid input: expected string, received number', 'ongeldige invoer: verwacht tekst, maar het is een getal'],
  ['Invalid input: expected object, received {type}', 'ongeldige invoer: verwacht een object, maar het is {type}'],
  ['Invalid input: expected array, received {type}', 'ongeldige invoer: verwacht een lijst, maar het is {type}'],
  ['Too big: expected number to be <{n}', 'te groot: verwacht een getal kleiner dan {n}'],
  ['Too big: expected number to be <={n}', 'te groot: verwacht een getal van hoogstens {n}'],
  ['Too small: expected number to be >{n}', 'te klein: verwacht een getal groter dan {n}'],
  ['Too small: expected number to be >={n}', 'te klein: verwacht een getal van minstens {n}'],

  // rkpi's own words for a wrong value
  ['expected 0 or more', 'verwacht 0 of meer'],
  ['expected a number above 0', 'verwacht een getal boven 0'],
  ['too large: more than {n} digits before the decimal mark', 'te groot: meer dan {n} cijfers voor het decimaalteken'],
  ['min must be below max', 'min moet lager zijn dan max'],
  ['outside the scale {range}', 'buiten de schaal {range}'],
  ['another spelling of a label with another number', 'een andere schrijfwijze van een label met een ander getal'],
  ['"{header}" is the header {column} is mapped to; each column needs a header of its own', '"{header}" is al de kolomkop van {column}; elke kolom heeft een eigen kolomkop nodig'],
  ['"{word}" is also listed under "{other}"; a word means one thing', '"{word}" staat ook onder "{other}"; een woord betekent één ding'],
  ['expected "nl" (the Dutch public holidays) or a date as YYYY-MM-DD', 'verwacht "nl" (de Nederlandse feestdagen) of een datum als YYYY-MM-DD'],
  ['expected "nl", or a list of "nl" and dates as YYYY-MM-DD', 'verwacht "nl", of een lijst van "nl" en datums als YYYY-MM-DD'],
  ['every weight is 0: give the areas that count a weight above 0, or leave weights out to weigh every area the same', 'elk gewicht is 0: geef de gebieden die meetellen een gewicht boven 0, of laat weights weg om elk gebied even zwaar te laten wegen'],
  ['give either perDay, or salaryMultiple with workingDaysPerYear', 'geef óf perDay, óf salaryMultiple met workingDaysPerYear'],
  ['salaryMultiple needs workingDaysPerYear (e.g. 230), and workingDaysPerYear needs salaryMultiple', 'salaryMultiple heeft workingDaysPerYear nodig (bijv. 230), en workingDaysPerYear heeft salaryMultiple nodig'],

  // the value model's targets
  ['no targets configured: rkpi value measures the six areas against the targets in {file}', 'geen doelen ingesteld: rkpi value meet de zes gebieden af aan de doelen in {file}'],
  ['set "targets" in the config, e.g. {example}; see "The value model" in the README', 'zet "targets" in de config, bijv. {example}; zie "The value model" in de README'],
  ['{file} has only the example targets of rkpi init ("exampleTargets"): adjust them to what the organisation agreed and rename the key to "targets"', '{file} heeft alleen de voorbeelddoelen van rkpi init ("exampleTargets"): pas ze aan aan wat de organisatie heeft afgesproken en hernoem de sleutel naar "targets"'],
  ['{file} has only the example targets of rkpi init ("exampleTargets"), so the value model is left out; adjust them to what the organisation agreed and rename the key to "targets"', '{file} heeft alleen de voorbeelddoelen van rkpi init ("exampleTargets"), dus het waardemodel blijft weg; pas ze aan aan wat de organisatie heeft afgesproken en hernoem de sleutel naar "targets"'],
];
