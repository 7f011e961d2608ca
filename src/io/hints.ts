import type { ColumnType } from './columns.js';

/** How to fix a cell that does not read, by the type of its column. */
export const CELL_HINTS: Readonly<Partial<Record<ColumnType, string>>> = {
  date: 'write dates as YYYY-MM-DD or DD-MM-YYYY with a four-digit year; pass --date-format dmy or mdy for a column of ambiguous dates',
  moment: 'write dates as YYYY-MM-DD or DD-MM-YYYY with a four-digit year, a time after it if you have one (2025-03-04 14:30); pass --date-format dmy or mdy for a column of ambiguous dates',
  money: 'write amounts like 1234,56 or 1.234,56 or 1234.56; pass --decimal , or --decimal . when a column is ambiguous',
  number: 'write numbers like 7,5 or 7.5; pass --decimal , or --decimal . when a column is ambiguous',
  rating: 'write numbers like 7,5 or 7.5; pass --decimal , or --decimal . when a column is ambiguous',
  boolean: 'write yes/no, ja/nee, true/false or 1/0',
  costType: 'write external/extern or internal/intern',
  hoursRole: 'use one of recruiter, hiring_manager, interviewer, hr, management, other',
  currency: 'rkpi computes in one currency per run: filter the other rows out or set "currency" in the config',
};

export const RAGGED_HINT = 'a field that contains the delimiter must be quoted; check the row for a stray delimiter';

export const LONG_FIELD_HINT = 'a quote that is never closed takes in the lines after it; otherwise shorten the field or leave its column out of the export';
