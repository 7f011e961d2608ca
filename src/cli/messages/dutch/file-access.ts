import type { Twin } from '../translate.js';

/** A file the system would not let rkpi read, write or create (see src/io/file-error.ts). */
export const FILE_ACCESS: readonly Twin[] = [
  ['cannot read {file}: {message}', 'kan {file} niet lezen: {message}'],
  ['cannot write {file}: {message}', 'kan {file} niet schrijven: {message}'],
  ['cannot create {file}: {message}', 'kan {file} niet aanmaken: {message}'],
  ['{option}: cannot read {file}: {message}', '{option}: kan {file} niet lezen: {message}'],
  ['cannot write {file}: the file system there makes no new files', 'kan {file} niet schrijven: het bestandssysteem daar maakt geen nieuwe bestanden'],
  ['write to a folder on an ordinary disk', 'schrijf naar een map op een gewone schijf'],

  // the causes
  ['no such file or folder', 'bestand of map bestaat niet'],
  ['the folder it goes in does not exist', 'de map waarin het moet komen, bestaat niet'],
  ['a part of the path is a file, not a folder', 'een deel van het pad is een bestand, geen map'],
  ['it is a folder', 'het is een map'],
  ['the name is too long', 'de naam is te lang'],
  ['its symbolic links go round in a loop', 'de symbolische koppelingen gaan in een kringetje rond'],
  ['permission denied', 'geen toestemming'],
  ['operation not permitted', 'handeling niet toegestaan'],
  ['the file system is read-only', 'het bestandssysteem is alleen-lezen'],
  ['no space left on the device', 'geen ruimte meer op het apparaat'],
  ['the disk quota is used up', 'het schijfquotum is op'],
  ['the file would be too large for its file system', 'het bestand zou te groot worden voor het bestandssysteem'],
  ['the program reading it closed the pipe before the end', 'het programma dat het leest, sloot de pijp voor het einde'],
  ['no such device or address (a socket, say, cannot be opened as a file)', 'geen apparaat of adres (een socket bijvoorbeeld is niet als bestand te openen)'],
  ['the file is busy (locked or in use by another program)', 'het bestand is bezet (vergrendeld of in gebruik door een ander programma)'],
  ['the file is busy (in use by another program)', 'het bestand is bezet (in gebruik door een ander programma)'],
  ['an input/output error (a failing disk or network share)', 'een invoer/uitvoerfout (een falende schijf of netwerkmap)'],
  ['too many files are open', 'er staan te veel bestanden open'],

  // the hints
  ['name a file inside it', 'noem een bestand in die map'],
  ['use a shorter name', 'gebruik een kortere naam'],
  ['mend the link', 'herstel de koppeling'],
  ['check the permissions of the file and its folder (ls -l)', 'controleer de rechten van het bestand en de map (ls -l)'],
  ['write to a folder on another disk', 'schrijf naar een map op een andere schijf'],
  ['free some space, or write to another disk', 'maak ruimte vrij, of schrijf naar een andere schijf'],
  ['write to another disk', 'schrijf naar een andere schijf'],
  ['keep the reader open to the end', 'houd het lezende programma open tot het einde'],
  ['write to a file, or leave out -o to write to standard output', 'schrijf naar een bestand, of laat -o weg om naar standaarduitvoer te schrijven'],
  ['close it in the other program (Excel locks open files) and run again', 'sluit het in het andere programma (Excel vergrendelt open bestanden) en probeer opnieuw'],
  ['close it in the other program and run again', 'sluit het in het andere programma en probeer opnieuw'],
  ['copy the file to a local disk and run again', 'kopieer het bestand naar een lokale schijf en probeer opnieuw'],
  ['close other programs and run again', 'sluit andere programma\'s en probeer opnieuw'],
];
