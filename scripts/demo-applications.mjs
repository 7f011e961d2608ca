// The demo's applications: every candidate of every demo vacancy, with the steps of their process
// as date-times, for the applications file (one row per application) and the stage history (one
// row per stage entered). Used by make-demo.mjs; deterministic, with a PRNG of its own so the
// hires, costs and hours files stay as they were.
//
// What the data holds, for the process figures and the urgency view to show:
// - every demo hire is a hired application with the same vacancy, department, channel, recruiter,
//   hiring manager, application date and offer date;
// - channels differ in volume, quality (conversion) and speed: Indeed and the Nationale
//   Vacaturebank bring many applications that convert badly and are screened slowly (cheap per
//   application, slow), a bureau and referrals bring few that convert well and move fast;
// - the longer candidates wait for the next step, the more often they withdraw: a candidate who
//   once waited more than two weeks withdraws far more often than one who never waited more than
//   three days, at that step or a later one (they have cooled off, or found another job);
// - three hiring managers give feedback within a day, one takes several days, and over Christmas
//   his candidates wait into January: on 2025-12-31 several of them wait for his answer;
// - candidates of the open vacancies, and of vacancies filled late in 2025, are still active at
//   the end of the data (2025-12-31).

const MINUTES_PER_DAY = 1440;

export function makeApplications(ctx) {
  const { rng, vacancies, depts, channels: CH, isWorkday, first: FIRST, last: LAST } = ctx;
  const randInt = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const chance = (p) => rng() < p;
  const pick = (arr) => arr[Math.floor(rng() * arr.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((s, p) => s + p[1], 0);
    let r = rng() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  const tri = (min, mode, max) => {
    const u = rng();
    const c = (mode - min) / (max - min);
    return u < c ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  };

  // volume: applications per vacancy relative to the department's mix; quality: how often a
  // candidate passes a step; pace: how long the organisation takes to screen them.
  const PROFILE = {
    [CH.in]: { volume: 2.6, quality: 0.55, pace: 1.9 },
    [CH.nv]: { volume: 1.7, quality: 0.6, pace: 1.7 },
    [CH.li]: { volume: 1.0, quality: 0.95, pace: 1.0 },
    [CH.wb]: { volume: 1.1, quality: 1.0, pace: 0.8 },
    [CH.mw]: { volume: 0.35, quality: 1.5, pace: 0.6 },
    [CH.bu]: { volume: 0.3, quality: 1.7, pace: 0.5 },
  };
  const FAST_MANAGERS = new Set(['Anouk Bakker', 'Rob Mulder', 'Ingrid Bos']);
  const SLOW_MANAGER = 'Willem van den Berg';
  const PER_VACANCY = { Zorg: 24, Verpleging: 22, Facilitair: 26, ICT: 14, Finance: 18, HR: 20, Management: 16 };

  /** The slow manager answers nothing between 15 December 2025 and the new year. */
  const CHRISTMAS = { from: (LAST - 16) * MINUTES_PER_DAY, until: (LAST + 6) * MINUTES_PER_DAY };
  /** Hours a hiring manager takes to decide after an interview at minute `t`. */
  const feedbackHours = (hm, t) => {
    if (FAST_MANAGERS.has(hm)) return tri(1, 4, 20);
    if (hm === SLOW_MANAGER) {
      const hours = tri(60, 130, 260);
      return t >= CHRISTMAS.from && t < CHRISTMAS.until ? Math.max(hours, (CHRISTMAS.until - t) / 60 + tri(2, 8, 30)) : hours;
    }
    return tri(3, 22, 70);
  };
  /** The moment itself if it lies in working hours (Mon–Fri 08:30–17:30, not a holiday), else the next start of work plus a little. */
  const atWork = (t) => {
    let day = Math.floor(t / MINUTES_PER_DAY);
    let minute = t - day * MINUTES_PER_DAY;
    if (isWorkday(day) && minute >= 510 && minute <= 1050) return Math.round(t);
    if (minute > 1050 || !isWorkday(day)) {
      day += 1;
      while (!isWorkday(day)) day += 1;
    }
    minute = 510 + randInt(0, 150);
    return day * MINUTES_PER_DAY + minute;
  };
  const days = (n) => n * MINUTES_PER_DAY;
  /** A candidate applies any time between 07:00 and 23:00. */
  const appliedOn = (day) => day * MINUTES_PER_DAY + randInt(420, 1379);

  /** The steps of a candidate who is not hired, until the process ends (or the data does). */
  function process(applied, channel, hm) {
    const { quality, pace } = PROFILE[channel];
    // How long this candidate waits for a next step before taking another job; a few withdraw
    // anyway, whatever the wait.
    const patience = days(tri(6, 24, 60));
    const events = [{ stage: 'applied', t: applied }];
    const add = (stage, t) => {
      events.push({ stage, t });
      return t;
    };
    /** The moment the candidate withdraws while waiting `wait` after `from`, or null when they wait it out. */
    const withdrawsDuring = (from, wait) => {
      if (wait > patience) return Math.round(from + patience);
      return chance(0.015) ? Math.round(from + wait * rng()) : null;
    };
    // The longest wait so far, in days: a candidate who waited long has often cooled off, and
    // withdraws soon after the next step instead of going on.
    let longest = 0;
    const waited = (from, to) => {
      longest = Math.max(longest, (to - from) / MINUTES_PER_DAY);
      return to;
    };
    /** The moment a cooled-off candidate withdraws after `t`, or null when they go on. */
    const coolsOff = (t) => (chance(Math.min(0.7, 0.01 + 0.035 * Math.max(0, longest - 3))) ? Math.round(t + days(tri(0.2, 1, 3))) : null);
    const screenWait = days(tri(0.1, 1.5, 9) * pace);
    const gone = withdrawsDuring(applied, screenWait);
    if (gone !== null) {
      add('withdrawn', gone);
      return events;
    }
    const screened = waited(applied, atWork(applied + screenWait));
    if (chance(0.12)) {
      add('rejected', screened); // rejected on sight, without a screening step
      return events;
    }
    add('screening', screened);
    // one who waited long for the screening has often gone before the organisation decides
    const cooled = coolsOff(screened);
    if (cooled !== null) {
      add('withdrawn', cooled);
      return events;
    }
    if (chance(1 - 0.42 * quality)) {
      add('rejected', atWork(screened + days(tri(0, 0.5, 3))));
      return events;
    }
    const interviewWait = days(tri(2, 7, 25));
    const left = withdrawsDuring(screened, interviewWait);
    if (left !== null) {
      add('withdrawn', left);
      return events;
    }
    const interview = add('interview', waited(screened, atWork(screened + interviewWait)));
    const hours = feedbackHours(hm, interview);
    const feedback = waited(interview, Math.round(interview + hours * 60));
    if (chance(1 - 0.45 * quality)) {
      add('rejected', feedback);
      return events;
    }
    add('interview2', feedback); // the manager invites the candidate for a second interview
    // a candidate who waited long for that answer often has another job by now
    if (chance(Math.min(0.6, 0.04 + 0.06 * (hours / 24)))) {
      add('withdrawn', Math.round(feedback + days(tri(0.2, 1, 4))));
      return events;
    }
    const stale = coolsOff(feedback);
    if (stale !== null) {
      add('withdrawn', stale);
      return events;
    }
    const decisionWait = days(tri(2, 5, 16));
    const late = withdrawsDuring(feedback, decisionWait);
    if (late !== null) {
      add('withdrawn', late);
      return events;
    }
    const decision = waited(feedback, atWork(feedback + decisionWait));
    if (!chance(0.3)) {
      add('rejected', decision); // another candidate was chosen
      return events;
    }
    const offer = add('offer', decision);
    add('declined', Math.round(offer + days(tri(0.5, 2, 7))));
    return events;
  }

  /** The steps of a hire, between its application and offer dates of the hires file. */
  function hiredProcess(hire) {
    const applied = appliedOn(hire.application);
    const hiredAt = hire.offer * MINUTES_PER_DAY + randInt(540, 1020);
    const { pace } = PROFILE[hire.channel];
    const skipScreening = hire.channel === CH.bu || chance(0.08);
    const steps = [
      ['screening', skipScreening ? 0 : days(tri(0.1, 1, 4) * pace)],
      ['interview', days(tri(1, 4, 10))],
      ['interview2', feedbackHours(hire.hm) * 60],
      ['offer', days(tri(1, 3, 7))],
    ];
    const total = steps.reduce((sum, [, gap]) => sum + gap, 0);
    const room = Math.max(0, hiredAt - applied - 60);
    const scale = total > room * 0.95 ? (room * 0.9) / total : 1;
    const events = [{ stage: 'applied', t: applied }];
    let t = applied;
    for (const [stage, gap] of steps) {
      t += Math.round(gap * scale);
      if (stage === 'screening' && skipScreening) continue;
      events.push({ stage, t });
    }
    events.push({ stage: 'hired', t: Math.max(hiredAt, t) });
    return events;
  }

  /**
   * A filled vacancy closes its other candidates a few days after the hire; the data ends on
   * 2025-12-31, and what has not happened by then is still to come (the application is active).
   */
  function cut(events, filled) {
    const end = (LAST + 1) * MINUTES_PER_DAY - 1;
    const closeAt = filled === null ? null : atWork(filled * MINUTES_PER_DAY + days(tri(0.5, 2, 6)));
    const kept = [];
    for (const event of events) {
      if (closeAt !== null && event.t >= closeAt) {
        if (closeAt <= end) kept.push({ stage: 'rejected', t: closeAt });
        break;
      }
      if (event.t > end) break;
      kept.push(event);
    }
    return kept;
  }

  let otherCandidate = 60001;
  const earlierCandidates = [];
  const applications = [];
  for (const vacancy of vacancies) {
    const dept = depts[vacancy.dept];
    const filled = vacancy.offer;
    const lastApplied = filled === null ? Math.min(LAST, vacancy.opened + 120) : filled - 3;
    const count = Math.round(PER_VACANCY[vacancy.dept] * tri(0.5, 1, 1.6));
    const mix = dept.channels.map(([channel, weight]) => [channel, weight * PROFILE[channel].volume]);
    const base = { vacancy, dept: vacancy.dept, role: vacancy.role, recruiter: vacancy.recruiter, hm: vacancy.hm, loc: vacancy.loc };
    if (filled !== null) {
      applications.push({ ...base, candidate: vacancy.hireId, channel: vacancy.channel, events: hiredProcess(vacancy) });
    }
    for (let i = 0; i < count && lastApplied > vacancy.opened; i += 1) {
      const appliedDay = Math.max(vacancy.opened + 1, Math.min(lastApplied, vacancy.opened + 1 + Math.round(tri(0, 0.25, 1) * (lastApplied - vacancy.opened))));
      if (appliedDay < FIRST || appliedDay > LAST) continue;
      const channel = weighted(mix);
      const again = earlierCandidates.length > 20 && chance(0.03);
      const candidate = again ? pick(earlierCandidates) : `KND-${otherCandidate++}`;
      if (!again) earlierCandidates.push(candidate);
      const events = cut(process(appliedOn(appliedDay), channel, vacancy.hm), filled);
      applications.push({ ...base, candidate, channel, events });
    }
  }
  applications.sort((a, b) => a.events[0].t - b.events[0].t || (a.vacancy.vacancyId < b.vacancy.vacancyId ? -1 : 1));
  applications.forEach((application, index) => {
    application.id = `SOL-${String(index + 1).padStart(5, '0')}`;
  });
  return applications;
}

/**
 * The record of an application as both files give it: the first date of each step, `feedback`
 * the first event after the first interview (as a stage history defines it), the closing date,
 * and the status that goes with it.
 */
export function applicationRecord(application) {
  const at = (stage) => application.events.find((event) => event.stage === stage)?.t ?? null;
  const interview = application.events.findIndex((event) => event.stage === 'interview');
  const closing = application.events.find((event) => ['hired', 'declined', 'rejected', 'withdrawn'].includes(event.stage));
  return {
    applied: at('applied'),
    screened: at('screening'),
    interview: at('interview'),
    feedback: interview < 0 ? null : (application.events[interview + 1]?.t ?? null),
    offer: at('offer'),
    hired: at('hired'),
    declined: at('declined'),
    rejected: at('rejected'),
    withdrawn: at('withdrawn'),
    status: closing?.stage ?? 'active',
  };
}
