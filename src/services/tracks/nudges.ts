import type { DeliveryOutcome } from '../../core/delivery.port.js';
import { flagOn } from '../../core/flags.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type { NextAction } from '../../core/tracks/suggest.js';
import { IDLE_DAYS } from '../../core/tracks/suggest.js';
import type { TrackDeps } from './deps.js';
import { nextActions } from './suggestions.js';
import { sendOnce } from '../delivery/send-once.js';
import { isoTime } from '../../core/iso-time.js';

export interface Nudge {
  userId: UserId;
  programId: string;
  locale: Locale;
  action: NextAction;
}

/** How long a track must be idle before a nudge, in ms. */
const IDLE_MS = IDLE_DAYS * 24 * 3600 * 1000;

/**
 * The scheduled job's scan: people with a track idle for over 30 days, one key a person, program
 * and UTC day (`<user id>:<program id>:<yyyy-mm-dd>`). Whether a nudge is really owed is decided by
 * `deliverNudge`, which reads everything again.
 */
export async function dueNudgeKeys(deps: TrackDeps, options: { limit?: number } = {}): Promise<string[]> {
  const now = deps.clock.now();
  const due = await deps.stores.tracks.dueForNudge(new Date(now.getTime() - IDLE_MS), options.limit ?? 500);
  const day = isoTime(now).slice(0, 10);
  return due
    .filter(({ userId }) => flagOn(deps.flags, 'multi_track_system_enabled', userId))
    .map(({ userId, programId }) => `${userId}:${programId}:${day}`);
}

/**
 * One gentle nudge (the suggestion for the idle track, the primary one first), at most once per
 * idle period: one nudge covers every idle track of the person, so nobody is nagged track by
 * track. `deliver` sends it (the bot), ended by `signal`; it is claimed in the enrolment first
 * (services/delivery/send-once.ts), and a nudge that could not be delivered is tried again later.
 */
export async function deliverNudge(
  deps: TrackDeps,
  key: string,
  deliver: (nudge: Nudge, signal: AbortSignal) => Promise<boolean>,
): Promise<DeliveryOutcome> {
  const [userId = '', programId = '', day = ''] = key.split(':');
  if (day !== isoTime(deps.clock.now()).slice(0, 10)) return 'nothing'; // a retry on a later day rescans instead
  const outcome = await sendOnce(deps, {
    kind: 'nudge',
    userId,
    claims: deps.stores.tracks.nudgeSends,
    row: { userId, programId },
    on: day,
    owed: () => nudgeOwed(deps, userId, programId),
    send: async (owed, signal) => ((await deliver(owed.nudge, signal)) ? 'sent' : 'failed'),
    markSent: async (owed) => {
      for (const track of owed.idleTracks) await deps.stores.tracks.markNudged(userId, programId, track, owed.at);
    },
  });
  if (outcome === 'sent') deps.log.info({ event: 'nudge_sent', user_id: userId }, 'gentle nudge sent');
  return outcome;
}

/** The nudge a person is owed now for a program, and the tracks it covers; undefined when none. */
async function nudgeOwed(
  deps: TrackDeps,
  userId: UserId,
  programId: string,
): Promise<{ nudge: Nudge; idleTracks: string[]; at: Date } | undefined> {
  const at = deps.clock.now();
  const before = new Date(at.getTime() - IDLE_MS);
  const program = deps.programs.find((candidate) => candidate.id === programId);
  const user = await deps.stores.users.byId(userId);
  const enrollment = (await deps.stores.tracks.enrollments(userId)).find(
    (candidate) => candidate.programId === programId,
  );
  if (!program || !user || !enrollment) return undefined;
  const states = await deps.stores.tracks.states(userId, programId);
  const notNudged = (track: string) => {
    const nudgedAt = states.find((state) => state.track === track)?.nudgedAt;
    return !nudgedAt || nudgedAt < before;
  };
  const idle = (await nextActions(deps, { userId, program, enrollment, states, locale: user.locale })).filter(
    (nextAction) => nextAction.reason === 'idle' && notNudged(nextAction.track),
  );
  const action = idle.find((nextAction) => nextAction.track === enrollment.primaryTrack) ?? idle[0];
  if (!action) return undefined;
  const idleTracks = states
    .filter((state) => (state.lastActivityAt ?? enrollment.enrolledAt) < before)
    .map((state) => state.track);
  return { nudge: { userId, programId, locale: user.locale, action }, idleTracks, at };
}
