import { z } from 'zod';
import type { Reading, ReadingMetric } from '../../../../core/health/readings.js';
import { type FieldNamer, SOURCE_RULE } from '../../../../services/health/biometrics/record-readings.js';

/** The seed's BiometricReading, widened by sleep: every measure optional, at least one present. */
const ReadingItem = z
  .strictObject({
    timestamp: z.iso.datetime({ offset: true }).describe('when it was measured (for sleep: when the night ended)'),
    source: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,31}$/, { error: SOURCE_RULE })
      .describe('where it came from: oura, garmin, whoop, apple_health, manual, or your app’s own slug'),
    hrv_score: z.number().min(1).max(400).optional().describe('HRV in ms'),
    hrv_context: z
      .enum(['sleep', 'rest', 'exercise'])
      .default('rest')
      .describe(
        'when the HRV was measured: asleep, at rest, or during exercise; exercise HRV measures effort, so it is left out (`skipped.hrv_during_activity`) and never compared with your resting usual',
      ),
    hrv_metric: z
      .enum(['rmssd', 'sdnn'])
      .default('rmssd')
      .describe(
        'which HRV statistic: RMSSD (Oura, WHOOP, Garmin, Fitbit) or SDNN (Apple); never compared with each other',
      ),
    heart_rate: z.number().int().min(20).max(250).optional(),
    resting_heart_rate: z.number().int().min(20).max(200).optional(),
    energy_level: z.number().min(0).max(1).optional().describe('0–1'),
    stress_level: z.number().min(0).max(1).optional().describe('0–1'),
    readiness_score: z.number().min(0).max(1).optional().describe('0–1, the device’s own readiness'),
    sleep_minutes: z.number().min(0).max(1440).optional().describe('minutes asleep last night'),
    sleep_quality: z.number().min(0).max(1).optional().describe('0–1'),
  })
  .refine(
    (item) =>
      [
        item.hrv_score,
        item.heart_rate,
        item.resting_heart_rate,
        item.energy_level,
        item.stress_level,
        item.readiness_score,
        item.sleep_minutes,
        item.sleep_quality,
      ].some((value) => value !== undefined),
    { message: 'a reading needs at least one measure' },
  );

export const READINGS_PER_BATCH = 1_000;

export const ReadingsBody = z.strictObject({
  readings: z.array(ReadingItem).min(1).max(READINGS_PER_BATCH),
});

/** One seed-shaped item as normalised readings, one per measure present (absent is absent, never 0). */
export function toReadings(item: z.infer<typeof ReadingItem>): Reading[] {
  const at = item.timestamp;
  const source = item.source;
  const pairs: Array<[Reading['metric'], number | undefined]> = [
    // Exercise HRV measures effort, not recovery: it never becomes a reading (counted by `batchOf`).
    [
      item.hrv_metric === 'sdnn' ? 'hrv_sdnn' : 'hrv_rmssd',
      item.hrv_context === 'exercise' ? undefined : item.hrv_score,
    ],
    ['heart_rate', item.heart_rate],
    ['resting_heart_rate', item.resting_heart_rate],
    ['energy', item.energy_level],
    ['stress', item.stress_level],
    ['readiness', item.readiness_score],
    ['sleep_minutes', item.sleep_minutes],
    ['sleep_quality', item.sleep_quality],
  ];
  return pairs.flatMap(([metric, value]) => (value === undefined ? [] : [{ metric, value, at, source }]));
}

/** The item field each normalised metric came from. */
const FIELD_OF: Record<ReadingMetric, string> = {
  hrv_rmssd: 'hrv_score',
  hrv_sdnn: 'hrv_score',
  heart_rate: 'heart_rate',
  resting_heart_rate: 'resting_heart_rate',
  energy: 'energy_level',
  stress: 'stress_level',
  readiness: 'readiness_score',
  sleep_minutes: 'sleep_minutes',
  sleep_quality: 'sleep_quality',
};
const ITEM_FIELD = { at: 'timestamp', source: 'source', metric: 'hrv_metric' } as const;

/**
 * A batch's items as normalised readings, with the namer that turns a refused reading's field back
 * into the item and field the client sent (`readings.0.at` of the third reading → `readings.1.timestamp`).
 */
export function batchOf(items: ReadonlyArray<z.infer<typeof ReadingItem>>): {
  readings: Reading[];
  nameOf: FieldNamer;
  skipped: Record<string, number>;
} {
  const itemOf: number[] = [];
  const during = items.filter((item) => item.hrv_context === 'exercise' && item.hrv_score !== undefined).length;
  const readings = items.flatMap((item, index) => {
    const some = toReadings(item);
    for (let count = 0; count < some.length; count++) itemOf.push(index);
    return some;
  });
  const nameOf: FieldNamer = (index, field) =>
    `readings.${itemOf[index] ?? index}.${field === 'value' ? FIELD_OF[readings[index]!.metric] : ITEM_FIELD[field]}`;
  return { readings, nameOf, skipped: during > 0 ? { hrv_during_activity: during } : {} };
}

const Adapted = z.object({
  task_id: z.string(),
  habit_id: z.string(),
  name: z.string(),
  duration_minutes: z.number().int(),
  intensity: z.enum(['easy', 'moderate', 'high']),
  scaling: z.enum(['beginner', 'intermediate', 'advanced']),
  version: z.string(),
});

export const AdaptationJson = z.object({
  adaptation_id: z.string(),
  date: z.string().describe('the plan day it changes'),
  trigger: z.string().describe('energy_drop, stress_spike, energy_surge or sleep_debt'),
  action: z.string(),
  action_name: z.string(),
  reason: z.string().describe('why the plan changed, in plain words'),
  confidence: z.number(),
  status: z.enum(['pending', 'accepted', 'kept', 'superseded', 'expired']),
  created_at: z.string(),
  expires_at: z.string(),
  decided_at: z.string().nullable(),
  feedback: z.string().nullable(),
  changes: z.array(
    z.object({
      original: Adapted,
      adapted: Adapted,
      added: z
        .boolean()
        .describe('a habit added to the plan (a gentle recovery session when nothing planned could change)'),
      block_id: z.string().nullable().describe('for an added habit: the block it goes in; null: now'),
    }),
  ),
  disclaimer: z.string(),
});

export const BaselineJson = z.object({
  metric: z.string(),
  source: z.string(),
  baseline_value: z.number(),
  spread: z.number(),
  calculation_method: z.string(),
  data_points_used: z.number().int(),
  status: z.enum(['calibrating', 'ready']).describe('calibrating for the first 14 days with readings'),
  calculated_on: z.string(),
});

export const RecordJson = z.object({
  received: z.number().int().describe('normalised readings in the batch (one per measure)'),
  added: z.number().int().describe('new ones stored; a re-sent batch adds 0'),
  baselines: z.array(BaselineJson),
  adaptation: AdaptationJson.nullable().describe('the plan change a fresh reading caused, if any'),
  skipped: z
    .record(z.string(), z.number().int())
    .optional()
    .describe('measures left out, by reason (`hrv_during_activity`: HRV measured during exercise)'),
});

export const ImportJson = RecordJson.extend({
  format: z.string(),
  records: z.number().int().describe('records read from the file'),
  skipped: z.record(z.string(), z.number().int()).describe('records left out, by reason'),
});

export const ReadinessJson = z.object({
  date: z.string(),
  score: z.number().int().nullable(),
  summary: z.string(),
  contributors: z.array(
    z.object({
      signal: z.string(),
      score: z.number().int().nullable().describe('null while the baseline is still calibrating'),
      direction: z.enum(['above', 'below', 'usual']),
      percent: z.number().int(),
      calibratingDays: z.number().int().optional(),
      explanation: z.string().describe('e.g. "HRV 18 % below your usual"'),
    }),
  ),
  sleep_debt: z.object({ minutes: z.number().int(), nights_known: z.number().int(), need_minutes: z.number().int() }),
  disclaimer: z.string(),
});

export const CheckinBody = z.strictObject({
  energy: z.number().int().min(1).max(5),
  stress: z.number().int().min(1).max(5),
  sleep: z.number().int().min(1).max(5).describe('last night’s sleep'),
});

export const DecisionBody = z.strictObject({
  feedback: z.string().max(500).optional().describe('a word on why (kept with the adaptation)'),
});

export const AdaptationParams = z.strictObject({ id: z.string().min(1).max(64) });
