/**
 * A builder of applications for the urgency tests: moments as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`,
 * dimensions as a plain object; everything not given is empty.
 */
import type { Application, Moment, Outcome } from '../../../src/core/process/application.js';
import { day } from '../../builders.js';

/** A moment of `2025-12-29` (no time) or `2025-12-29 11:58`. */
export function moment(text: string): Moment {
  const [date, time] = text.split(' ');
  if (time === undefined) return { day: day(date as string), minute: null };
  const [hh, mm] = time.split(':').map(Number);
  return { day: day(date as string), minute: (hh as number) * 60 + (mm as number) };
}

type Steps = 'applied' | 'screened' | 'interview' | 'feedback' | 'offer' | 'hired' | 'declined' | 'rejected' | 'withdrawn';

export interface ApplicationSpec extends Partial<Record<Steps, string>> {
  line?: number;
  applicationId?: string | null;
  status?: Outcome | null;
  dims?: Record<string, string>;
}

/** An application; by default applied on 2025-01-01 with nothing else known. */
export function makeApplication(spec: ApplicationSpec = {}): Application {
  const at = (key: Steps) => (spec[key] === undefined ? null : moment(spec[key] as string));
  return {
    line: spec.line ?? 2,
    applicationId: spec.applicationId === undefined ? 'A1' : spec.applicationId,
    candidateId: null,
    applied: moment(spec.applied ?? '2025-01-01'),
    screened: at('screened'),
    interview: at('interview'),
    feedback: at('feedback'),
    offer: at('offer'),
    hired: at('hired'),
    declined: at('declined'),
    rejected: at('rejected'),
    withdrawn: at('withdrawn'),
    status: spec.status ?? null,
    vacancyOpened: null,
    dims: new Map(Object.entries(spec.dims ?? {})),
  };
}
