import { flagOn } from '../../core/flags.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type { NextAction } from '../../core/tracks/suggest.js';
import { IDLE_DAYS } from '../../core/tracks/suggest.js';
import type { TrackDeps } from './deps.js';
import { nextActions } from './suggestions.js';

export interface Nudge {
  userId: UserId;
  programId: string;
  locale: Locale;
  action: NextAction;
}

/**
 * The scheduled job's work: users with a track idle for over 30 days get one gentle nudge (the
 * suggestion for that track), at most once per idle period, one track per user per run.
 * `deliver` sends it (the bot); a nudge that could not be delivered is tried again next run.
 */
export async function sendDueNudges(
  deps: TrackDeps,
  deliver: (nudge: Nudge) => Promise<boolean>,
  options: { limit?: number } = {},
): Promise<number> {
  const now = deps.clock.now();
  const before = new Date(now.getTime() - IDLE_DAYS * 24 * 3600 * 1000);
  const due = await deps.stores.tracks.dueForNudge(before, options.limit ?? 500);
  let sent = 0;
  for (const { userId, programId } of due) {
    if (!flagOn(deps.flags, 'multi_track_system_enabled', userId)) continue;
    const program = deps.programs.find((candidate) => candidate.id === programId);
    const user = await deps.stores.users.byId(userId);
    const enrollment = (await deps.stores.tracks.enrollments(userId)).find(
      (candidate) => candidate.programId === programId,
    );
    if (!program || !user || !enrollment) continue;
    const states = await deps.stores.tracks.states(userId, programId);
    const notNudged = (track: string) => {
      const at = states.find((state) => state.track === track)?.nudgedAt;
      return !at || at < before;
    };
    const idle = (await nextActions(deps, { userId, program, enrollment, states, locale: user.locale })).filter(
      (nextAction) => nextAction.reason === 'idle' && notNudged(nextAction.track),
    );
    const action = idle.find((nextAction) => nextAction.track === enrollment.primaryTrack) ?? idle[0];
    if (!action) continue;
    // Claimed for the day before it is sent, so several instances never send the same nudge; a
    // nudge that could not be delivered gives its claim back for a later run.
    const claim = `${userId}:${programId}:${now.toISOString().slice(0, 10)}`;
    if (!(await deps.claims.claim('nudge', claim))) continue;
    const delivered = await deliver({ userId, programId, locale: user.locale, action }).catch(() => false);
    if (!delivered) {
      await deps.claims.release('nudge', claim);
      continue;
    }
    // One nudge covers every idle track of this user for the period: nobody is nagged track by track.
    for (const state of states)
      if ((state.lastActivityAt ?? enrollment.enrolledAt) < before)
        await deps.stores.tracks.markNudged(userId, programId, state.track, now);
    deps.log.info({ event: 'nudge_sent', user_id: userId, track: action.track }, 'gentle nudge sent');
    sent += 1;
  }
  return sent;
}
