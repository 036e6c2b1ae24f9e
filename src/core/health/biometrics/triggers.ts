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
  /** How sure the adaptation is (0–1) when the reading just crosses the thresholds; see `confidenceOf`. */
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
 * quiet; while an adaptation waits for an answer, only a more urgent trigger may replace it (one
 * question at a time); once accepted, it holds its place only against less urgent triggers — an
 * equally urgent one is news the person must hear (`holdsAgainst`).
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
  const open = earlier.filter((adaptation) => isOpen(adaptation, now));
  return fired
    .filter((trigger) => !cooling(trigger) && !open.some((adaptation) => holdsAgainst(adaptation, trigger, triggers)))
    .sort(
      (left, right) =>
        left.priority - right.priority ||
        ADAPTATION_ACTIONS.indexOf(left.action) - ADAPTATION_ACTIONS.indexOf(right.action),
    )[0];
}

/**
 * Whether an open adaptation keeps a trigger from acting: a pending one against any trigger not more
 * urgent than its own, an accepted one only against less urgent ones. A trigger gone from the content
 * holds nothing.
 */
function holdsAgainst(
  adaptation: Pick<EarlierAdaptation, 'triggerId' | 'status'>,
  trigger: TriggerDef,
  triggers: readonly TriggerDef[],
): boolean {
  const own = triggers.find((candidate) => candidate.id === adaptation.triggerId)?.priority ?? Infinity;
  return adaptation.status === 'accepted' ? trigger.priority > own : trigger.priority >= own;
}

/**
 * The open adaptations a new one replaces: every one it was allowed to act over (`chooseTrigger`),
 * except an accepted one as urgent as it, which stays in force beside it — its changes are the
 * person's answer, and keeping the new plan must not undo them.
 */
export function replacedBy<A extends Pick<EarlierAdaptation, 'triggerId' | 'status' | 'expiresAt'>>(
  trigger: TriggerDef,
  earlier: readonly A[],
  triggers: readonly TriggerDef[],
  now: Date,
): A[] {
  const priorityOf = (adaptation: A) =>
    triggers.find((candidate) => candidate.id === adaptation.triggerId)?.priority ?? Infinity;
  return earlier.filter(
    (adaptation) =>
      isOpen(adaptation, now) && !(adaptation.status === 'accepted' && priorityOf(adaptation) === trigger.priority),
  );
}

/** Open: still waiting for an answer or accepted, and not expired. */
export const isOpen = (adaptation: Pick<EarlierAdaptation, 'status' | 'expiresAt'>, now: Date) =>
  (adaptation.status === 'pending' || adaptation.status === 'accepted') && adaptation.expiresAt > now;

/** How far past its threshold one condition is, 0 (on it) to 1 (half the threshold's range or more beyond it). */
function margin(condition: TriggerCondition, signals: Signals): number {
  const values =
    condition.signal === 'sleep_quality'
      ? signals.sleepQualityNights.slice(0, condition.nights ?? 1)
      : [
          {
            energy: signals.energy,
            previous_energy: signals.previousEnergy,
            stress: signals.stress,
            hrv_ratio: signals.hrvRatio,
            readiness: signals.readiness,
          }[condition.signal],
        ].filter((value): value is number => value !== undefined);
  if (values.length === 0) return 0;
  const value = values.reduce((sum, each) => sum + each, 0) / values.length;
  const beyond = condition.op === 'lt' ? condition.value - value : value - condition.value;
  // The room a reading has past the threshold: down to 0, or up to 1 (the scales are 0–1, HRV a ratio).
  const room = condition.op === 'lt' ? condition.value : Math.max(1 - condition.value, 0.2);
  return Math.max(0, Math.min(1, beyond / (room / 2)));
}

/**
 * The seed's `_calculate_adaptation_confidence(trigger, reading)`: the trigger's confidence, 0.1 less
 * for a reading that only just crosses its thresholds and up to 0.1 more for one far past them (the
 * mean over its conditions), within 0.05–0.95.
 */
export function confidenceOf(trigger: Pick<TriggerDef, 'confidence' | 'conditions'>, signals: Signals): number {
  const margins = trigger.conditions.map((condition) => margin(condition, signals));
  const strength = margins.reduce((sum, each) => sum + each, 0) / Math.max(1, margins.length);
  const value = trigger.confidence - 0.1 + 0.2 * strength;
  return Math.round(Math.max(0.05, Math.min(0.95, value)) * 100) / 100;
}
