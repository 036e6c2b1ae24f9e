import type { Locale } from '../../../core/goals/model.js';
import type { TrackEvent } from '../../../core/tracks/events.js';
import type { Program } from '../../../core/programs/program.js';
import { isoTime } from '../../../core/iso-time.js';

/**
 * A track event as a WebSocket message, in the user's language; undefined for events the
 * dashboard does not get pushed (enrolment, focus changes).
 */
export function liveMessage(
  event: TrackEvent,
  locale: Locale,
  program: (id: string) => Program | undefined,
): object | undefined {
  if (event.type === 'progress_updated') {
    return {
      type: 'progress_updated',
      program: event.programId,
      track: event.track,
      old: event.old,
      new: event.new,
      delta: event.delta,
      phase: event.phase,
      action_type: event.actionType,
      source: event.source,
      at: isoTime(event.at),
    };
  }
  if (event.type === 'plan_adapted')
    return {
      type: 'plan_adapted',
      program: event.programId,
      adaptation_id: event.adaptationId,
      trigger: event.triggerId,
      task_ids: event.taskIds,
      expires_at: isoTime(event.expiresAt),
      at: isoTime(event.at),
    };
  if (event.type === 'adaptation_expired')
    return {
      type: 'adaptation_expired',
      program: event.programId,
      adaptation_id: event.adaptationId,
      at: isoTime(event.at),
    };
  if (event.type === 'milestone_achieved') {
    const def = program(event.programId)?.milestones.find((milestone) => milestone.id === event.milestone);
    return {
      type: 'milestone_achieved',
      program: event.programId,
      track: event.track,
      milestone: event.milestone,
      name: def?.name[locale] ?? event.milestone,
      description: def?.description[locale] ?? '',
      at: isoTime(event.at),
    };
  }
  return undefined;
}
