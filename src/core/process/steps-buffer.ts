import type { Application, ApplicationSteps, Moment, Outcome } from './application.js';

/** A Moment written in place: the one object a StepsBuffer keeps for a step. */
interface MomentSlot {
  day: number;
  minute: number | null;
}

/**
 * A record that writes its dates and status into a StepsBuffer itself: a view over a file's
 * columns, whose getters would make a new Moment on every read (see StepsBuffer.read).
 */
export interface WritesSteps {
  writeSteps(into: StepsBuffer): void;
}

/** The slot of each step's Moment in a StepsBuffer: applied, then APPLICATION_STEPS in order. */
export const SLOTS = { applied: 0, screened: 1, interview: 2, feedback: 3, offer: 4, hired: 5, declined: 6, rejected: 7, withdrawn: 8 } as const;
export type Slot = (typeof SLOTS)[keyof typeof SLOTS];

/**
 * One application's dates and status at a time, refilled for each application of a pass (see
 * processPass): stepsOf's plain object of one shape, without a new object per application, nor,
 * for a record that writes its own steps (WritesSteps), a new Moment per date. A million
 * applications made some 300 MB of such objects, and on these machines every MB of fresh memory
 * costs time.
 *
 * What follows for code that reads one: the buffer and its Moments hold the last application read
 * only; keep a number read from them, never the buffer or a Moment of it.
 *
 * @example
 * const buffer = new StepsBuffer();
 * for (const application of applications) tally.add(buffer.read(application));
 */
export class StepsBuffer implements ApplicationSteps {
  applied: Moment = { day: 0, minute: null };
  screened: Moment | null = null;
  interview: Moment | null = null;
  feedback: Moment | null = null;
  offer: Moment | null = null;
  hired: Moment | null = null;
  declined: Moment | null = null;
  rejected: Moment | null = null;
  withdrawn: Moment | null = null;
  status: Outcome | null = null;
  readonly #slots: MomentSlot[] = Object.values(SLOTS).map(() => ({ day: 0, minute: null }));

  /**
   * The buffer refilled with the application's dates and status: written by the record itself
   * when it can (WritesSteps), else read field by field.
   */
  read(application: Application): ApplicationSteps {
    if (writesSteps(application)) {
      application.writeSteps(this);
      return this;
    }
    this.applied = application.applied;
    this.screened = application.screened;
    this.interview = application.interview;
    this.feedback = application.feedback;
    this.offer = application.offer;
    this.hired = application.hired;
    this.declined = application.declined;
    this.rejected = application.rejected;
    this.withdrawn = application.withdrawn;
    this.status = application.status;
    return this;
  }

  /** The buffer's own Moment of a step, set to the day and minute (see WritesSteps). */
  moment(slot: Slot, day: number, minute: number | null): Moment {
    const moment = this.#slots[slot] as MomentSlot;
    moment.day = day;
    moment.minute = minute;
    return moment;
  }
}

function writesSteps(application: Application): application is Application & WritesSteps {
  return typeof (application as Partial<WritesSteps>).writeSteps === 'function';
}
