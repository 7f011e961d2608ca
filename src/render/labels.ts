import type { KpiKey } from '../core/types.js';

/** What each KPI is called in the table view. */
export const KPI_LABELS: Readonly<Record<KpiKey, string>> = {
  hires: 'Hires',
  openVacancies: 'Open vacancies',
  costs: 'Costs',
  costPerHire: 'Cost per hire',
  costPerHireComparable: 'Cost per hire, comparable (without business time)',
  externalCostPerHire: 'External cost per hire',
  internalCostPerHire: 'Internal cost per hire',
  recruitingCostRatio: 'Recruiting cost ratio',
  timeToFill: 'Time to fill',
  timeToHire: 'Time to hire',
  timeToStart: 'Time to start',
  onTimeRate: 'On-time rate',
  qualityOfHire: 'Quality of hire',
  firstYearAttrition: 'First-year attrition',
  managerSatisfaction: 'Manager satisfaction',
  candidateSatisfaction: 'Candidate satisfaction',
  effortHours: 'Effort hours (business roles)',
  effortHoursPerHire: 'Effort hours per hire',
};
