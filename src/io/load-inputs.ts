import type { Records } from '../core/types.js';
import { applicationsOf } from './applications.js';
import type { FileKind } from './columns.js';
import { hireColumnsOfApplications, hiresOfApplications } from './hires-of-applications.js';
import type { OpenedInput } from './open-input.js';
import type { Problem } from './problem.js';
import type { RecordSettings } from './record-schemas.js';
import { costsOf, hiresOf, hoursOf, type Validated } from './records.js';
import { readTable, type Table, type TableSettings } from './read-table.js';

export interface InputSettings {
  readonly table: TableSettings;
  readonly record: RecordSettings;
}

/** What the report says about each input: nothing read is left uncounted. */
export interface InputSummary {
  readonly file: string;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly sha256: string;
}

export interface LoadedInputs {
  readonly records: Records;
  readonly inputs: Readonly<Partial<Record<FileKind, InputSummary>>>;
  /** Every rejected record's problems, in file order. */
  readonly problems: readonly Problem[];
  /** The dimensions the hires file has, by key, with their headers as written: what `--by` can name. */
  readonly hireDimensions: ReadonlyMap<string, string>;
  readonly notices: readonly string[];
}

export type InputFiles = Readonly<Partial<Record<FileKind, OpenedInput>>>;

export function summary(table: Table, validated: Validated<unknown>): InputSummary {
  const accepted = validated.acceptedRows ?? validated.records.length;
  return { file: table.fileName, rows: table.rows, accepted, rejected: table.rows - accepted, sha256: table.sha256 };
}

/** Validates a table's drafts into the records of its kind. */
export function validateTable(table: Table, settings: RecordSettings): Validated<unknown> {
  if (table.kind === 'hires') return hiresOf(table, settings);
  if (table.kind === 'applications' || table.kind === 'stageHistory') return applicationsOf(table, settings);
  if (table.kind === 'costs') return costsOf(table);
  return hoursOf(table, settings);
}

/**
 * Reads the hires file and the optional costs, hours and applications files into validated
 * records, with a summary per file whose accepted and rejected counts add up to its rows. Without
 * a hires file the hires are the applications with a hired date (SPEC §2.6).
 */
export async function loadInputs(files: InputFiles, settings: InputSettings): Promise<LoadedInputs> {
  const read = async (kind: FileKind): Promise<Table | null> => {
    const file = files[kind];
    if (!file) return null;
    return readTable({ fileName: file.fileName, kind, chunks: file.chunks, bytes: file.bytes }, settings.table);
  };
  const [hiresTable, costsTable, hoursTable] = [await read('hires'), await read('costs'), await read('hours')];
  const applicationsTable = await read('applications');
  const hires = hiresTable ? hiresOf(hiresTable, settings.record) : null;
  const costs = costsTable ? costsOf(costsTable) : null;
  const hours = hoursTable ? hoursOf(hoursTable, settings.record) : null;
  const applications = applicationsTable ? applicationsOf(applicationsTable, settings.record) : null;
  const inputs: Partial<Record<FileKind, InputSummary>> = {};
  if (hiresTable && hires) inputs.hires = summary(hiresTable, hires);
  if (costsTable && costs) inputs.costs = summary(costsTable, costs);
  if (hoursTable && hours) inputs.hours = summary(hoursTable, hours);
  if (applicationsTable && applications) inputs.applications = summary(applicationsTable, applications);
  const derivedHires = hires === null && applications !== null ? hiresOfApplications(applications.records) : null;
  return {
    // A file that was not given is null, not empty: its figures are not measured (SPEC §2.4).
    records: {
      hires: hires?.records ?? derivedHires ?? [],
      costs: costs?.records ?? null,
      hours: hours?.records ?? null,
      applications: applications?.records ?? null,
      ...(applications ? { applicationColumns: applications.columns } : {}),
      ...(hires ? { hireColumns: hires.columns } : derivedHires && applicationsTable ? { hireColumns: hireColumnsOfApplications(applicationsTable) } : {}),
    },
    inputs,
    problems: [hires, costs, hours, applications].flatMap((validated) => validated?.problems ?? []),
    hireDimensions: hiresTable?.dimensionHeaders ?? applicationsTable?.dimensionHeaders ?? new Map(),
    notices: [
      ...[hiresTable, costsTable, hoursTable, applicationsTable].flatMap((table) => table?.notices ?? []),
      ...[hires, costs, hours].flatMap((validated) => validated?.notices ?? []),
    ],
  };
}
