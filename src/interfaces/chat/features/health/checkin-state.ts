import { z } from 'zod';

/** The three questions of a check-in, in the order they are asked. */
export const CHECKIN_STEPS = ['energy', 'stress', 'sleep'] as const;
export type CheckinStep = (typeof CHECKIN_STEPS)[number];

const Tap = z.number().int().min(1).max(5);

/**
 * A check-in between taps: the answers so far (1 low to 5 high). Nothing is stored before the third
 * answer, so a check-in set aside or cancelled leaves no half reading.
 */
export const CheckinState = z.object({
  name: z.literal('health_checkin'),
  energy: Tap.optional(),
  stress: Tap.optional(),
});
export type CheckinState = z.infer<typeof CheckinState>;

export const newCheckin = (): CheckinState => ({ name: 'health_checkin' });

/** The question the check-in waits on. */
export const stepOf = (state: CheckinState): CheckinStep =>
  state.energy === undefined ? 'energy' : state.stress === undefined ? 'stress' : 'sleep';

/** How many answers it holds (with any, it is a draft and never replaced silently). */
export const answeredIn = (state: CheckinState): number =>
  [state.energy, state.stress].filter((value) => value !== undefined).length;
