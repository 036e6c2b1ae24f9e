import type { Locale } from '../../../../core/goals/model.js';
import type { ActionResult } from '../../../../services/tracks/record-action.js';

/** A recorded action as the API shows it: each track's change and the milestones, in `locale`. */
export const presentAction = (result: ActionResult, locale: Locale) => ({
  program: result.programId,
  duplicate: result.duplicate,
  tracks: result.changes.map((change) => ({
    track: change.track,
    old: change.oldPct,
    new: change.newPct,
    delta: change.delta,
    phase: change.newPhase,
  })),
  milestones: result.milestones.map((milestone) => ({
    id: milestone.id,
    track: milestone.track,
    name: milestone.def.name[locale],
    description: milestone.def.description[locale],
  })),
  credit: { verdict: result.credit.verdict, share: result.credit.share, capped_tracks: result.credit.cappedTracks },
});
