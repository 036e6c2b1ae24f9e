import type { UserId } from '../../core/goals/model.js';
import type { TrackChange } from '../../core/tracks/engine.js';
import type { ActionSource } from '../../core/tracks/model.js';
import type { TrackDeps } from './deps.js';

/**
 * After the commit: each change and milestone is logged (ids and numbers only) and published to the
 * bus, whose listeners are the bot, the WebSocket hub and the metrics. An action that earned nothing
 * is logged with its reason and publishes nothing: no track moved.
 */
export function announce(
  deps: Pick<TrackDeps, 'log' | 'bus'>,
  recorded: {
    userId: UserId;
    programId: string;
    actionId: string;
    actionType: string;
    source: ActionSource;
    at: Date;
    credit: string;
  },
  plan: { changes: TrackChange[]; milestones: Array<{ id: string; track: string }> },
): void {
  const { changes, milestones } = plan;
  if (recorded.credit !== 'full')
    deps.log.info(
      { event: 'action_credit', user_id: recorded.userId, action_type: recorded.actionType, credit: recorded.credit },
      'action credited by the daily rules',
    );
  for (const change of changes) {
    deps.log.info(
      {
        event: 'progress_updated',
        user_id: recorded.userId,
        track: change.track,
        old_pct: change.oldPct,
        new_pct: change.newPct,
        action_type: recorded.actionType,
      },
      'track progress updated',
    );
    deps.bus.publish({
      type: 'progress_updated',
      userId: recorded.userId,
      programId: recorded.programId,
      track: change.track,
      old: change.oldPct,
      new: change.newPct,
      delta: change.delta,
      phase: change.newPhase,
      actionType: recorded.actionType,
      actionId: recorded.actionId,
      source: recorded.source,
      at: recorded.at,
    });
  }
  for (const reached of milestones) {
    deps.log.info(
      { event: 'milestone_achieved', user_id: recorded.userId, track: reached.track, milestone_name: reached.id },
      'milestone achieved',
    );
    deps.bus.publish({
      type: 'milestone_achieved',
      userId: recorded.userId,
      programId: recorded.programId,
      track: reached.track,
      milestone: reached.id,
      source: recorded.source,
      at: recorded.at,
    });
  }
}
