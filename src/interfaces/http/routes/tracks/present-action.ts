import type { Locale } from '../../../../core/goals/model.js';
import type { ActionResult } from '../../../../services/tracks/record-action.js';

/** A recorded action as the API shows it: each track's change and the milestones, in `locale`. */
export const presentAction = (result: ActionResult, locale: Locale) => ({
  program: result.programId,
  duplicate: result.duplicate,
  tracks: result.changes.map((c) => ({
    track: c.track,
    old: c.oldPct,
    new: c.newPct,
    delta: c.delta,
    phase: c.newPhase,
  })),
  milestones: result.milestones.map((m) => ({
    id: m.id,
    track: m.track,
    name: m.def.name[locale],
    description: m.def.description[locale],
  })),
});
