/**
 * The canonical columns of each input file, their types and the header names they are known by.
 * Headers are compared after `normaliseHeader`, so `Vacature geopend` matches `vacature_geopend`.
 */

/** The input files, as the JSON's `inputs` and the config's `columns` name them. */
export type FileKind = 'hires' | 'costs' | 'hours' | 'applications';

/**
 * The shapes a table is read in: a file kind, or the applications file's long form (SPEC §2.7:
 * one row per stage entered), whose columns the config maps under `columns.applications`.
 */
export type TableKind = FileKind | 'stageHistory';

/** The input a table belongs to: the stage history is the applications file in its long form. */
export const fileKindOf = (kind: TableKind): FileKind => (kind === 'stageHistory' ? 'applications' : kind);

/**
 * `date` drops a time after the date; `moment` keeps it (the applications file's steps, whose
 * feedback is measured in hours: SPEC §2.6).
 */
export type ColumnType = 'text' | 'date' | 'moment' | 'money' | 'number' | 'rating' | 'boolean' | 'costType' | 'hoursRole' | 'currency';

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
const ROLE = dim('role', ['functie', 'job_title', 'position', 'title']);
const RECRUITER = dim('recruiter', ['recruiter_name', 'werver']);
const HIRING_MANAGER = dim('hiring_manager', ['vacaturehouder', 'manager', 'leidinggevende']);
const LOCATION = dim('location', ['locatie', 'vestiging', 'plaats', 'site']);
const CURRENCY = col('currency', 'currency', ['valuta', 'munteenheid']);
const VACANCY_OPENED = col('vacancy_opened', 'date', ['vacature_geopend', 'opened', 'geopend', 'open_date', 'requisition_date', 'datum_vacature']);
const CANDIDATE = col('candidate_id', 'text', ['kandidaat_id', 'candidate', 'kandidaat', 'candidate_number', 'kandidaatnummer'], { distinct: true });
const APPLICATION_ID_ALIASES = ['sollicitatie_id', 'id', 'application', 'sollicitatie', 'sollicitatienummer', 'application_number', 'opportunity_id', 'job_application_id'];
/** The grouping attributes every file about vacancies carries (SPEC §2.2, §2.6). */
const VACANCY_DIMENSIONS = [VACANCY, ROLE, DEPARTMENT, CHANNEL, RECRUITER, HIRING_MANAGER, LOCATION];

/**
 * The applications file, one row per application (SPEC §2.6). The aliases are the headers of
 * real ATS exports (Greenhouse, Lever, Recruitee, Teamtailor, Homerun, Otys) besides the English
 * and Dutch words.
 */
const APPLICATIONS: readonly ColumnSpec[] = [
  col('application_id', 'text', APPLICATION_ID_ALIASES, { distinct: true }),
  CANDIDATE,
  ...VACANCY_DIMENSIONS,
  col('applied', 'moment', ['application_date', 'sollicitatiedatum', 'datum_sollicitatie', 'gesolliciteerd_op', 'applied_at', 'applied_on', 'applied_date', 'date_applied', 'created', 'created_at'], { required: true }),
  col('screened', 'moment', ['screening', 'cv_selectie', 'screened_at', 'screened_on', 'screening_date', 'datum_screening', 'phone_screen']),
  col('interview', 'moment', ['first_interview', 'eerste_gesprek', 'interview_at', 'interview_date', 'first_interview_at', 'datum_gesprek', 'sollicitatiegesprek']),
  col('feedback', 'moment', ['hm_feedback', 'terugkoppeling', 'feedback_at', 'feedback_date', 'hiring_manager_feedback', 'datum_terugkoppeling']),
  col('offer', 'moment', ['offer_made', 'aanbod', 'aanbod_gedaan', 'offer_at', 'offer_date', 'offer_sent', 'offer_sent_at', 'offered', 'offered_at', 'datum_aanbod']),
  col('hired', 'moment', ['offer_accepted', 'aangenomen', 'aanbod_geaccepteerd', 'hired_at', 'hired_on', 'hire_date', 'hired_date', 'datum_aangenomen']),
  col('declined', 'moment', ['offer_declined', 'aanbod_afgewezen', 'declined_at', 'offer_declined_at', 'aanbod_geweigerd']),
  col('rejected', 'moment', ['rejected_at', 'afgewezen', 'afwijzing', 'rejected_on', 'rejection_date', 'disqualified_at', 'datum_afwijzing']),
  col('withdrawn', 'moment', ['withdrawn_at', 'teruggetrokken', 'afgehaakt', 'withdrawn_on', 'withdrew', 'datum_teruggetrokken']),
  col('status', 'text', ['current_status', 'fase', 'application_status', 'sollicitatiestatus', 'state']),
  VACANCY_OPENED,
];

/** The applications file's long form, one row per stage an application entered (SPEC §2.7). */
const STAGE_HISTORY: readonly ColumnSpec[] = [
  col('application_id', 'text', APPLICATION_ID_ALIASES, { required: true, distinct: true }),
  CANDIDATE,
  ...VACANCY_DIMENSIONS,
  col('stage', 'text', ['stage_name', 'stap', 'pipeline_stage', 'job_stage', 'new_stage', 'to_stage', 'fasenaam', 'processtap'], { required: true }),
  col('entered', 'moment', ['entered_at', 'entered_on', 'moved_at', 'changed_at', 'changed_stage_at', 'stage_date', 'datum', 'date', 'timestamp', 'in_fase_sinds', 'datum_in_fase', 'in_stap_sinds'], { required: true }),
  col('left', 'moment', ['left_at', 'exited_at', 'ended_at', 'uit_fase', 'datum_uit_fase', 'uit_stap']),
  VACANCY_OPENED,
];

export const COLUMNS: Readonly<Record<TableKind, readonly ColumnSpec[]>> = {
  hires: [
    col('hire_id', 'text', ['id', 'kandidaat_id', 'candidate_id', 'medewerker_id', 'employee_id', 'hire'], { distinct: true }),
    VACANCY,
    VACANCY_OPENED,
    col('time_to_fill', 'number', ['doorlooptijd', 'days_to_fill', 'time_to_fill_days', 'ttf', 'invultijd']),
    col('application_date', 'date', ['sollicitatiedatum', 'applied', 'application', 'datum_sollicitatie']),
    col('offer_accepted', 'date', ['aanbod_geaccepteerd', 'hired', 'hire_date', 'offer_accepted_date', 'datum_aanbod', 'aangenomen']),
    col('start_date', 'date', ['startdatum', 'datum_in_dienst', 'in_dienst', 'start', 'first_day']),
    col('needed_by', 'date', ['gewenste_startdatum', 'needed', 'target_start', 'nodig_per']),
    ROLE,
    DEPARTMENT,
    CHANNEL,
    RECRUITER,
    HIRING_MANAGER,
    LOCATION,
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
  applications: APPLICATIONS,
  stageHistory: STAGE_HISTORY,
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
