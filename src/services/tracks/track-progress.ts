import type { Locale, UserId } from '../../core/goals/model.js';
import { overallProgress } from '../../core/tracks/engine.js';
import type { Milestone, Phase, TrackState } from '../../core/tracks/model.js';
import type { NextAction } from '../../core/tracks/suggest.js';
import type { Program } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { requireEnrollment, requireTracksOn } from './programs.js';
import { nextActions } from './suggestions.js';
import { isoTime } from '../../core/iso-time.js';

export interface TrackView {
  track: string;
  phase: Phase;
  completion_percentage: number;
  milestones: Array<{ name: string; type: string; achieved_at: string; description: string }>;
  next_action: NextAction;
  last_activity: string | null;
  total_actions: number;
}

/** The seed's `GET /api/tracks/progress` shape; the bot's /progress renders the same data. */
export interface ProgressView {
  program: string;
  primary_track: string;
  /** False while "which matters most?" waits for an answer (`primary_track` only holds the place). */
  primary_chosen: boolean;
  tracks: Record<string, TrackView>;
  overall_progress: number;
  journey_start_date: string;
  days_active: number;
}

const milestoneView = (program: Program, reached: Milestone, locale: Locale) => {
  const def = program.milestones.find((milestone) => milestone.id === reached.milestoneType);
  return {
    type: reached.milestoneType,
    name: def?.name[locale] ?? reached.milestoneType,
    description: def?.description[locale] ?? '',
    achieved_at: isoTime(reached.achievedAt),
  };
};

/** Every track of the user's program with its phase, milestones, next action and overall progress. */
export async function trackProgress(
  deps: TrackDeps,
  userId: UserId,
  options: { programId?: string; locale?: Locale } = {},
): Promise<ProgressView> {
  requireTracksOn(deps, userId);
  const { program, enrollment } = await requireEnrollment(deps, userId, options.programId);
  const locale = options.locale ?? (await deps.stores.users.byId(userId))?.locale ?? 'en';
  // One statement (one round trip on PostgreSQL) for everything below.
  const {
    states,
    milestones,
    daysActive: days,
    counts,
  } = await deps.stores.tracks.progressSnapshot(userId, program.id);
  const ordered = program.tracks
    .map((track) => states.find((state) => state.track === track.id))
    .filter((item): item is TrackState => item !== undefined);
  const next = await nextActions(deps, { userId, program, enrollment, states: ordered, locale, counts });
  const tracks = Object.fromEntries(
    ordered.map((trackState) => [
      trackState.track,
      {
        track: trackState.track,
        phase: trackState.phase,
        completion_percentage: trackState.completion,
        milestones: milestones
          .filter((milestone) => milestone.track === trackState.track)
          .map((milestone) => milestoneView(program, milestone, locale)),
        next_action: next.find((nextAction) => nextAction.track === trackState.track)!,
        last_activity: trackState.lastActivityAt ? isoTime(trackState.lastActivityAt) : null,
        total_actions: trackState.totalActions,
      },
    ]),
  );
  return {
    program: program.id,
    primary_track: enrollment.primaryTrack,
    primary_chosen: enrollment.primaryChosen,
    tracks,
    overall_progress: overallProgress(ordered),
    journey_start_date: isoTime(enrollment.enrolledAt).slice(0, 10),
    days_active: days,
  };
}
