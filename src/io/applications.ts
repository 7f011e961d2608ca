import type { Application } from '../core/process/application.js';
import { PROCESS_COLUMNS, type ProcessColumns } from '../core/process/process-columns.js';
import type { Table } from './read-table.js';
import type { RecordSettings } from './record-schemas.js';
import type { Validated } from './records.js';
import { stageMap } from './stage-names.js';
import { foldedApplications } from './stage-history.js';
import { statusMap } from './statuses.js';
import { wideApplications } from './wide-applications.js';

/**
 * The applications of an applications file in either shape (SPEC §2.6, §2.7): one row per
 * application, or a stage history folded into the same records.
 */
export function applicationsOf(table: Table, settings: RecordSettings): Validated<Application> & { readonly columns: ProcessColumns } {
  const validated =
    table.kind === 'stageHistory'
      ? foldedApplications(table, settings.stages ?? stageMap(), settings.openingRequired === true)
      : wideApplications(table, settings.statuses ?? statusMap(), settings.openingRequired === true);
  return { ...validated, columns: processColumnsOf(table) };
}

/**
 * The columns of an applications file that process figures read: those it has, or for a stage
 * history every date column (any stage can be a row of it; SPEC §2.7) but no status.
 */
export function processColumnsOf(table: Table): ProcessColumns {
  const history = table.kind === 'stageHistory';
  return new Set(
    PROCESS_COLUMNS.filter((column) => {
      if (column === 'channel') return table.dimensions.has('channel');
      if (column === 'status') return !history && table.columns.has('status');
      return history || table.columns.has(column);
    }),
  );
}
