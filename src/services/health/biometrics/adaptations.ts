import { StepwiseError } from '../../../core/errors.js';
import type { Locale } from '../../../core/goals/model.js';
import type { TaskVersion } from '../../../core/health/biometrics/adapt.js';
import type { PlanAdaptation } from '../../../core/health/biometrics/stores.port.js';
import type { UserId } from '../deps.js';
import { say } from '../health-texts.js';
import { HEALTH_PROGRAM } from '../mark-task.js';
import { ACTION_NAMES, VERSION_NAMES, WELLNESS_NOTE } from './biometric-texts.js';
import type { BiometricDeps } from './deps.js';
import { isoTime } from '../../../core/iso-time.js';

type ShownVersion = {
  task_id: string;
  habit_id: string;
  name: string;
  duration_minutes: number;
  intensity: TaskVersion['intensity'];
  scaling: TaskVersion['scaling'];
  version: string;
};

/** "Why did my plan change?": one adaptation with its trigger, reason, confidence and each task before and after. */
export interface AdaptationView {
  adaptation_id: string;
  date: string;
  trigger: string;
  action: string;
  action_name: string;
  reason: string;
  confidence: number;
  status: PlanAdaptation['status'] | 'expired';
  created_at: string;
  expires_at: string;
  decided_at: string | null;
  feedback: string | null;
  /** `added`: a habit added to the plan (the gentle recovery session), `block_id` where (null: now). */
  changes: Array<{ original: ShownVersion; adapted: ShownVersion; added: boolean; block_id: string | null }>;
  disclaimer: string;
}

const DAY = 24 * 3_600_000;
/** How far back the API's list reaches. */
const HISTORY_DAYS = 14;

export function presentAdaptation(
  deps: BiometricDeps,
  adaptation: PlanAdaptation,
  locale: Locale,
  now: Date,
): AdaptationView {
  const habits = new Map(deps.health.pack.habits.map((habit) => [habit.id, habit]));
  const show = (version: TaskVersion): ShownVersion => ({
    task_id: version.taskId,
    habit_id: version.habitId,
    name: habits.get(version.habitId) ? say(habits.get(version.habitId)!.name, locale) : version.habitId,
    duration_minutes: version.durationMinutes,
    intensity: version.intensity,
    scaling: version.scaling,
    version: say(VERSION_NAMES[version.version], locale),
  });
  const lapsed = adaptation.expiresAt <= now && (adaptation.status === 'pending' || adaptation.status === 'accepted');
  return {
    adaptation_id: adaptation.id,
    date: adaptation.date,
    trigger: adaptation.triggerId,
    action: adaptation.action,
    action_name: ACTION_NAMES[adaptation.action] ? say(ACTION_NAMES[adaptation.action]!, locale) : adaptation.action,
    reason: say(adaptation.reason, locale),
    confidence: adaptation.confidence,
    status: lapsed ? 'expired' : adaptation.status,
    created_at: isoTime(adaptation.createdAt),
    expires_at: isoTime(adaptation.expiresAt),
    decided_at: adaptation.decidedAt ? isoTime(adaptation.decidedAt) : null,
    feedback: adaptation.feedback,
    changes: adaptation.changes.map((change) => ({
      original: show(change.original),
      adapted: show(change.adapted),
      added: change.added !== undefined,
      block_id: change.added?.blockId ?? null,
    })),
    disclaimer: say(WELLNESS_NOTE, locale),
  };
}

export async function listAdaptations(
  deps: BiometricDeps,
  userId: UserId,
  options: { now?: Date; locale?: Locale } = {},
): Promise<AdaptationView[]> {
  const now = options.now ?? deps.health.clock.now();
  const locale = options.locale ?? (await deps.health.users.byId(userId))?.locale ?? 'en';
  const stored = await deps.store.adaptations(userId, new Date(now.getTime() - HISTORY_DAYS * DAY));
  return stored.map((adaptation) => presentAdaptation(deps, adaptation, locale, now));
}

/**
 * Accept the adapted plan, or keep one's own. Only a pending, unexpired adaptation can be answered:
 * a second tap, or a tap after it lapsed, is refused with the reason.
 */
export async function decideAdaptation(
  deps: BiometricDeps,
  userId: UserId,
  id: string,
  decision: 'accepted' | 'kept',
  options: { feedback?: string; now?: Date; locale?: Locale } = {},
): Promise<AdaptationView> {
  const now = options.now ?? deps.health.clock.now();
  const changed = await deps.store.decide(userId, id, decision, options.feedback ?? null, now);
  const found = (await deps.store.adaptations(userId, new Date(now.getTime() - HISTORY_DAYS * DAY))).find(
    (adaptation) => adaptation.id === id,
  );
  if (!found) throw new StepwiseError('adaptation_not_found', `no adaptation ${id}`, { adaptation_id: id });
  if (!changed) {
    const why = found.expiresAt <= now ? 'it has expired' : `it was already answered (${found.status})`;
    throw new StepwiseError('adaptation_closed', `adaptation ${id} cannot be answered: ${why}`, {
      adaptation_id: id,
      status: found.expiresAt <= now ? 'expired' : found.status,
    });
  }
  const locale = options.locale ?? (await deps.health.users.byId(userId))?.locale ?? 'en';
  return presentAdaptation(deps, found, locale, now);
}

/** The job: adaptations whose time ran out, announced once (`adaptation_expired`) across instances. */
export async function expireAdaptations(deps: BiometricDeps, now?: Date): Promise<number> {
  const at = now ?? deps.health.clock.now();
  const expired = await deps.store.claimExpired(at, 200);
  for (const adaptation of expired)
    deps.bus.publish({
      type: 'adaptation_expired',
      userId: adaptation.userId,
      programId: HEALTH_PROGRAM,
      adaptationId: adaptation.id,
      at,
    });
  return expired.length;
}
