import type { Localized } from '../../programs/program.js';

/** What a trigger can look at; each is absent when its readings are (absent never compares true). */
export const SIGNALS = ['energy', 'previous_energy', 'stress', 'hrv_ratio', 'readiness', 'sleep_quality'] as const;
export type SignalName = (typeof SIGNALS)[number];

export const ADAPTATION_ACTIONS = [
  'prioritize_recovery',
  'switch_to_recovery',
  'reduce_intensity',
  'upgrade_to_performance',
] as const;
/** In order of caution: when two triggers of one priority fire, the more careful action wins. */
export type AdaptationAction = (typeof ADAPTATION_ACTIONS)[number];

export interface TriggerCondition {
  signal: SignalName;
  op: 'lt' | 'gt';
  value: number;
  /** For `sleep_quality`: this many nights in a row, up to last night, must all hold. */
  nights?: number;
}

/** The seed's AdaptationTrigger, as content (`content/health/triggers.yaml`). */
export interface TriggerDef {
  id: string;
  /** 1 is the most urgent. */
  priority: number;
  action: AdaptationAction;
  /** Every condition must hold. */
  conditions: readonly TriggerCondition[];
  /** How sure the adaptation is (0–1), shown with it. */
  confidence: number;
  /** No second adaptation from this trigger within this many hours. */
  cooldownHours: number;
  /** The adaptation lapses after this many hours (the seed's 6). */
  expiresHours: number;
  /** For `reduce_intensity`: the share of the duration kept (the seed's 50 %). */
  keepShare?: number;
  reason: Localized;
}

/** The signals at one moment. `sleepQualityNights`: the latest consecutive nights, newest first. */
export interface Signals {
  energy?: number;
  previousEnergy?: number;
  stress?: number;
  /** Today's HRV over the baseline of the same metric and source (only once that baseline is ready). */
  hrvRatio?: number;
  /**
   * 0–1: the device's readiness today, else the one computed from HRV, resting heart rate, sleep and
   * stress / 100 — never from energy, which the surge already reads on its own.
   */
  readiness?: number;
  sleepQualityNights: readonly number[];
}

const compare = (value: number, condition: TriggerCondition) =>
  condition.op === 'lt' ? value < condition.value : value > condition.value;

function holds(condition: TriggerCondition, signals: Signals): boolean {
  if (condition.signal === 'sleep_quality') {
    const nights = condition.nights ?? 1;
    const recent = signals.sleepQualityNights.slice(0, nights);
    return recent.length === nights && recent.every((value) => compare(value, condition));
  }
  const value = {
    energy: signals.energy,
    previous_energy: signals.previousEnergy,
    stress: signals.stress,
    hrv_ratio: signals.hrvRatio,
    readiness: signals.readiness,
  }[condition.signal];
  return value !== undefined && compare(value, condition);
}

/** Every trigger whose conditions all hold for these signals. */
export const firedTriggers = (triggers: readonly TriggerDef[], signals: Signals): TriggerDef[] =>
  triggers.filter((trigger) => trigger.conditions.every((condition) => holds(condition, signals)));

/** An adaptation already made: for cooldowns and for the one that is active now. */
export interface EarlierAdaptation {
  triggerId: string;
  createdAt: Date;
  expiresAt: Date;
  status: 'pending' | 'accepted' | 'kept' | 'superseded';
}

/**
 * The one trigger to act on now, if any. Conflicts resolve by priority, then by caution (two
 * adaptations pulling today's tasks two ways would help nobody); a trigger in its cooldown stays
 * quiet; and while an adaptation is still open (pending or accepted, not expired), only a more urgent
 * trigger may replace it.
 */
export function chooseTrigger(
  fired: readonly TriggerDef[],
  triggers: readonly TriggerDef[],
  earlier: readonly EarlierAdaptation[],
  now: Date,
): TriggerDef | undefined {
  const cooling = (trigger: TriggerDef) =>
    earlier.some(
      (adaptation) =>
        adaptation.triggerId === trigger.id &&
        now.getTime() - adaptation.createdAt.getTime() < trigger.cooldownHours * 3_600_000,
    );
  const openPriority = Math.min(
    ...earlier
      .filter((adaptation) => isOpen(adaptation, now))
      // A trigger gone from the content no longer holds its place: any trigger may replace it.
      .map((adaptation) => triggers.find((trigger) => trigger.id === adaptation.triggerId)?.priority ?? Infinity),
  );
  return fired
    .filter((trigger) => !cooling(trigger) && trigger.priority < openPriority)
    .sort(
      (left, right) =>
        left.priority - right.priority ||
        ADAPTATION_ACTIONS.indexOf(left.action) - ADAPTATION_ACTIONS.indexOf(right.action),
    )[0];
}

/** Open: still waiting for an answer or accepted, and not expired. */
export const isOpen = (adaptation: Pick<EarlierAdaptation, 'status' | 'expiresAt'>, now: Date) =>
  (adaptation.status === 'pending' || adaptation.status === 'accepted') && adaptation.expiresAt > now;
