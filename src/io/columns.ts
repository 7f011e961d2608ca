/**
 * The canonical columns of each input file, their types and the header names they are known by.
 * Headers are compared after `normaliseHeader`, so `Vacature geopend` matches `vacature_geopend`.
 */

export type FileKind = 'hires' | 'costs' | 'hours';

export type ColumnType = 'text' | 'date' | 'money' | 'number' | 'rating' | 'boolean' | 'costType' | 'hoursRole' | 'currency';

export interface ColumnSpec {
  /** Canonical name, as in the README and the config's `columns` mapping. */
  readonly name: string;
  readonly type: ColumnType;
  /** The file cannot be read without it (costs and hours; a hires file needs one of HIRE_DAY_COLUMNS). */
  readonly required: boolean;
  /** Other header names, already normalised. */
  readonly aliases: readonly string[];
  /** A grouping attribute: kept in the record's dimensions under its canonical name. */
  readonly dimension?: boolean;
  /** Values meant not to repeat (ids): stored packed, not shared like departments. */
  readonly distinct?: boolean;
}

const col = (
  name: string,
  type: ColumnType,
  aliases: readonly string[],
  extra: { required?: boolean; dimension?: boolean; distinct?: boolean } = {},
): ColumnSpec => ({
  name,
  type,
  aliases,
  required: extra.required ?? false,
  dimension: extra.dimension ?? false,
  distinct: extra.distinct ?? false,
});

const dim = (name: string, aliases: readonly string[]): ColumnSpec => col(name, 'text', aliases, { dimension: true });

const VACANCY = dim('vacancy_id', ['vacancy', 'vacature_id', 'vacature', 'vacaturenummer', 'requisition_id', 'req_id', 'job_id']);
const DEPARTMENT = dim('department', ['afdeling', 'dept', 'team', 'business_unit']);
const CHANNEL = dim('channel', ['kanaal', 'bron', 'source', 'wervingskanaal']);
const CURRENCY = col('currency', 'currency', ['valuta', 'munteenheid']);

export const COLUMNS: Readonly<Record<FileKind, readonly ColumnSpec[]>> = {
  hires: [
    col('hire_id', 'text', ['id', 'kandidaat_id', 'candidate_id', 'medewerker_id', 'employee_id', 'hire'], { distinct: true }),
    VACANCY,
    col('vacancy_opened', 'date', ['vacature_geopend', 'opened', 'geopend', 'open_date', 'requisition_date', 'datum_vacature']),
    col('time_to_fill', 'number', ['doorlooptijd', 'days_to_fill', 'time_to_fill_days', 'ttf', 'invultijd']),
    col('application_date', 'date', ['sollicitatiedatum', 'applied', 'application', 'datum_sollicitatie']),
    col('offer_accepted', 'date', ['aanbod_geaccepteerd', 'hired', 'hire_date', 'offer_accepted_date', 'datum_aanbod', 'aangenomen']),
    col('start_date', 'date', ['startdatum', 'datum_in_dienst', 'in_dienst', 'start', 'first_day']),
    col('needed_by', 'date', ['gewenste_startdatum', 'needed', 'target_start', 'nodig_per']),
    dim('role', ['functie', 'job_title', 'position', 'title']),
    DEPARTMENT,
    CHANNEL,
    dim('recruiter', ['recruiter_name', 'werver']),
    dim('hiring_manager', ['vacaturehouder', 'manager', 'leidinggevende']),
    dim('location', ['locatie', 'vestiging', 'plaats', 'site']),
    col('performance_rating', 'rating', ['beoordeling', 'performance', 'rating', 'prestatie', 'performance_score']),
    col('probation_passed', 'boolean', ['proeftijd_doorstaan', 'proeftijd', 'probation']),
    col('left_date', 'date', ['uit_dienst', 'datum_uit_dienst', 'left', 'termination_date', 'exit_date']),
    col('manager_satisfaction', 'number', ['tevredenheid_manager', 'tevredenheid_vacaturehouder', 'hiring_manager_satisfaction']),
    col('candidate_satisfaction', 'number', ['tevredenheid_kandidaat', 'candidate_nps', 'kandidaattevredenheid']),
    col('salary', 'money', ['salaris', 'jaarsalaris', 'annual_salary', 'first_year_salary', 'compensation']),
    CURRENCY,
  ],
  costs: [
    col('date', 'date', ['datum', 'kostendatum', 'invoice_date', 'factuurdatum', 'boekdatum'], { required: true }),
    col('amount', 'money', ['bedrag', 'kosten', 'cost', 'costs', 'bedrag_eur', 'amount_eur'], { required: true }),
    col('type', 'costType', ['soort', 'kostensoort', 'cost_type']),
    col('category', 'text', ['categorie', 'kostencategorie']),
    CHANNEL,
    VACANCY,
    DEPARTMENT,
    CURRENCY,
  ],
  hours: [
    col('date', 'date', ['datum', 'dag', 'day'], { required: true }),
    col('hours', 'number', ['uren', 'uur', 'aantal_uren', 'time_spent'], { required: true }),
    col('role', 'hoursRole', ['rol', 'functie']),
    col('rate', 'money', ['tarief', 'uurtarief', 'hourly_rate']),
    col('person', 'text', ['medewerker', 'naam', 'name', 'employee']),
    VACANCY,
    DEPARTMENT,
    CHANNEL,
  ],
};

/** A hires file needs one of these: the day a hire counts on (offer_accepted, else start_date). */
export const HIRE_DAY_COLUMNS = ['offer_accepted', 'start_date'] as const;

/**
 * Header comparison form: trimmed, lower case, spaces and hyphens as `_`.
 *
 * @example normaliseHeader(' Vacature-geopend ') // 'vacature_geopend'
 */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * The dimension key `--by` names: a canonical dimension, one of its aliases (`afdeling`) or the
 * header the hires file's `columns` mapping gives it (`RecruitmentSource`), `vacancy`, or else an
 * extra column by its normalised header.
 *
 * @example dimensionKey('Afdeling') // 'department'
 * @example dimensionKey('RecruitmentSource', { channel: 'RecruitmentSource' }) // 'channel'
 */
export function dimensionKey(by: string, mapping: Readonly<Record<string, string | undefined>> = {}): string {
  const key = normaliseHeader(by);
  if (key === 'vacancy') return 'vacancy_id';
  const dimensions = COLUMNS.hires.filter((spec) => spec.dimension);
  const mapped = dimensions.find((spec) => {
    const header = Object.hasOwn(mapping, spec.name) ? mapping[spec.name] : undefined;
    return header !== undefined && normaliseHeader(header) === key;
  });
  const known = mapped ?? dimensions.find((spec) => spec.name === key || spec.aliases.includes(key));
  return known?.name ?? key;
}
