// A synthetic applications file for the benchmark (SPEC §2.6), deterministic (seeded mulberry32,
// no clock), ISO CSV: one row per application, 2 to 16 applications per vacancy, a channel each
// (some channels bring many applications that seldom reach an interview, some few that often do),
// the stage dates with a time of day where an ATS exports one (each step on a later day than the
// one before), and a status that agrees with the dates. Most applications end at screening; a few
// reach an offer, most offers are accepted. A few rejections carry only the status, no date (an
// outcome on an unknown date). Every date lies in 2024-01-01..AS_OF, the period the bench reports.
// An applications row is about 150 bytes.
import { join } from 'node:path';
import { AS_OF, DEPARTMENTS, FIRST_DAY, field, isoOf, LOCATIONS, MANAGERS, mulberry32, RECRUITERS, ROLES, writeLines } from './generate.mjs';

const HEADER =
  'application_id,candidate_id,vacancy_id,role,department,channel,recruiter,hiring_manager,location,vacancy_opened,applied,screened,interview,feedback,offer,hired,declined,rejected,withdrawn,status';
const LAST_DAY = Date.parse(`${AS_OF}T00:00:00Z`) / 86400000;
/** Channels by how many applications they bring, and how often those reach an interview (× the average). */
const CHANNEL_WEIGHTS = [
  ['Indeed', 30], ['LinkedIn', 14], ['Website', 18], ['Referral', 5], ['NVB', 12], ['Bureau', 3], ['Beurs', 2], ['Open', 6],
];
const QUALITY = { Indeed: 0.6, LinkedIn: 1, Website: 1.1, Referral: 1.8, NVB: 0.7, Bureau: 2, Beurs: 1.2, Open: 0.9 };
const CHANNEL_TOTAL = CHANNEL_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
const ISO = { bom: '', eol: '\n' };

/** The period the applications are applied in, as `--period` takes it. */
export const APPLICATIONS_PERIOD = `${isoOf(FIRST_DAY)}..${AS_OF}`;

/** Lines of applications, vacancy after vacancy, from one seeded random stream. */
function applicationLines(rand) {
  const within = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const channelOf = () => {
    let r = rand() * CHANNEL_TOTAL;
    for (const [channel, weight] of CHANNEL_WEIGHTS) if ((r -= weight) < 0) return channel;
    return CHANNEL_WEIGHTS[0][0];
  };
  // A moment in working hours (08:30–17:30) or, for an application, any time 07:00–23:00; ATS
  // exports often leave the time off a step: a third of the steps carry the date only.
  const at = (day, from = 510, to = 1050) => {
    if (rand() < 0.33) return isoOf(day);
    const minute = within(from, to);
    return `${isoOf(day)} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  };
  let vacancy = 0;
  let left = 0;
  let shared = null;
  return (i) => {
    if (left === 0) {
      vacancy += 1;
      left = within(2, 16);
      const opened = FIRST_DAY + within(0, 680);
      shared = { id: `V${vacancy}`, opened, role: field(pick(ROLES), ','), department: pick(DEPARTMENTS), recruiter: pick(RECRUITERS), manager: pick(MANAGERS), location: pick(LOCATIONS) };
    }
    left -= 1;
    const channel = channelOf();
    const steps = { screened: '', interview: '', feedback: '', offer: '', hired: '', declined: '', rejected: '', withdrawn: '' };
    const applied = Math.min(LAST_DAY, shared.opened + within(0, 40));
    let day = applied;
    let status = 'active';
    /** The next step `lo`..`hi` days on, or null when it would fall after the data ends (still active). */
    const next = (lo, hi) => {
      const then = day + within(lo, hi);
      if (then > LAST_DAY) return null;
      day = then;
      return day;
    };
    /** The process stops here: rejected (sometimes by status only), withdrawn, or still active. */
    const stop = () => {
      const r = rand();
      if (r < 0.1) return;
      const when = next(1, 12);
      if (when === null) return;
      if (r < 0.75) {
        status = 'rejected';
        if (rand() >= 0.03) steps.rejected = at(when);
      } else {
        status = 'withdrawn';
        steps.withdrawn = at(when, 420, 1380);
      }
    };
    const advance = (stage, chance, lo, hi) => {
      if (rand() >= chance) return false;
      const when = next(lo, hi);
      if (when === null) return false;
      steps[stage] = at(when);
      return true;
    };
    if (!advance('screened', 0.85, 1, 10)) stop();
    else if (!advance('interview', 0.3 * QUALITY[channel], 2, 14)) stop();
    else {
      if (rand() < 0.9) {
        const when = next(1, 5);
        if (when !== null) steps.feedback = at(when);
      }
      if (!advance('offer', 0.3, 1, 7)) stop();
      else {
        const when = next(1, 7);
        if (when !== null) {
          status = rand() < 0.8 ? 'hired' : 'declined';
          steps[status] = at(when);
        }
      }
    }
    return [
      `A${i + 1}`,
      `K${within(1, 1 + Math.floor((i + 1) * 0.8))}`,
      shared.id,
      shared.role,
      shared.department,
      channel,
      shared.recruiter,
      shared.manager,
      shared.location,
      isoOf(shared.opened),
      at(applied, 420, 1380),
      steps.screened,
      steps.interview,
      steps.feedback,
      steps.offer,
      steps.hired,
      steps.declined,
      steps.rejected,
      steps.withdrawn,
      status,
    ].join(',');
  };
}

/** Writes an applications file of `count` rows into `folder` and returns its path. */
export async function generateApplications(folder, count) {
  const path = join(folder, `applications-${count}.csv`);
  await writeLines(path, HEADER, count, applicationLines(mulberry32(count * 7 + 4)), ISO);
  return { path, rows: count };
}
