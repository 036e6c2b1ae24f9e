import { otherActions, fittingActions } from '../../core/tracks/alternatives.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type { NextAction } from '../../core/tracks/suggest.js';
import type { TrackState } from '../../core/tracks/model.js';
import type { TrackDeps } from './deps.js';
import { hasTrack, requireEnrollment, requireTrack, requireTracksOn } from './programs.js';
import { nextActions } from './suggestions.js';
import { isoTime } from '../../core/iso-time.js';

/** How many of the person's latest verdicts are read for today's "not for me" (one per suggestion and day). */
const RECENT_VERDICTS = 200;

/** The suggestion ids this person said "not for me" to today (UTC, as verdicts are kept), in this program. */
async function declinedToday(deps: TrackDeps, userId: UserId, programId: string): Promise<Set<string>> {
  const today = isoTime(deps.clock.now()).slice(0, 10);
  const verdicts = await deps.stores.feedback.list(userId, RECENT_VERDICTS);
  return new Set(
    verdicts
      .filter((verdict) => !verdict.helpful && verdict.programId === programId)
      .filter((verdict) => isoTime(verdict.createdAt).slice(0, 10) === today)
      .map((verdict) => verdict.suggestionId),
  );
}

/**
 * What to offer instead of a track's next action after "not for me": the track's other fitting actions, then the
 * other tracks' next actions, less everything declined today. Empty when nothing is left: the caller says so.
 */
export async function otherNextActions(
  deps: TrackDeps,
  userId: UserId,
  input: { track: string; programId?: string; locale?: Locale },
): Promise<{ program: string; others: NextAction[] }> {
  requireTracksOn(deps, userId);
  const { program, enrollment } = await requireEnrollment(deps, userId, input.programId, hasTrack(input.track));
  requireTrack(program, input.track);
  const locale = input.locale ?? (await deps.stores.users.byId(userId))?.locale ?? 'en';
  const { states, counts } = await deps.stores.tracks.progressSnapshot(userId, program.id);
  const ordered = program.tracks
    .map((track) => states.find((state) => state.track === track.id))
    .filter((state): state is TrackState => state !== undefined);
  const shown = await nextActions(deps, { userId, program, enrollment, states: ordered, locale, counts });
  const state = ordered.find((candidate) => candidate.track === input.track);
  const own = state ? fittingActions(program, state, counts, locale) : [];
  const declined = await declinedToday(deps, userId, program.id);
  return { program: program.id, others: otherActions(input.track, own, shown, declined) };
}
