export interface ColourInputs {
  /** false when --no-color was given. */
  readonly flag: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the stream the output goes to is a terminal. */
  readonly isTTY: boolean;
}

/**
 * The one colour decision for a stream, used by chalk and cli-table3 alike: colour only on a
 * terminal, and never with --no-color, NO_COLOR (any value) or TERM=dumb. FORCE_COLOR turns it on
 * for a non-terminal unless one of those says no.
 */
export function wantsColour({ flag, env, isTTY }: ColourInputs): boolean {
  if (!flag || env.NO_COLOR !== undefined || env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}
