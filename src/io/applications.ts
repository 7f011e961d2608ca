import type { Application } from '../core/process/application.js';
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
export function applicationsOf(table: Table, settings: RecordSettings): Validated<Application> {
  return table.kind === 'stageHistory'
    ? foldedApplications(table, settings.stages ?? stageMap())
    : wideApplications(table, settings.statuses ?? statusMap());
}
