// Each task's `adaptation_triggers`: the trigger conditions (content/health/triggers.yaml) that could change it, and how.
import type { Locale } from '../../core/goals/model.js';
import { adaptTasks, type Person, type UpcomingTask } from '../../core/health/biometrics/adapt.js';
import type { TriggerCondition, TriggerDef } from '../../core/health/biometrics/triggers.js';
import type { DayTemplate, HabitDef } from '../../core/health/model.js';
import type { Localized } from '../../core/programs/program.js';
import type { StoredDayPlan } from '../../core/health/stores.port.js';
import { VERSION_NAMES } from './biometrics/biometric-texts.js';
import { fill, say } from './health-texts.js';

const SIGNAL_WORDS: Readonly<Record<TriggerCondition['signal'], Localized>> = {
  energy: { en: 'energy', ru: 'энергия' },
  previous_energy: { en: 'energy at the reading before', ru: 'энергия при прошлом замере' },
  stress: { en: 'stress', ru: 'стресс' },
  hrv_ratio: { en: 'HRV against your usual', ru: 'вариабельность пульса относительно твоей обычной' },
  readiness: { en: 'readiness', ru: 'готовность' },
  sleep_quality: { en: 'sleep quality', ru: 'качество сна' },
};

const INTENSITY_WORDS: Readonly<Record<HabitDef['intensity'], Localized>> = {
  easy: { en: 'easy', ru: 'легко' },
  moderate: { en: 'moderate', ru: 'умеренно' },
  high: { en: 'hard', ru: 'интенсивно' },
};

export const TRIGGER_TEXTS = {
  rule: { en: 'If {conditions}: {change}', ru: 'Если {conditions}: {change}' },
  and: { en: ' and ', ru: ' и ' },
  nights: { en: '{condition} for {nights} nights in a row', ru: '{condition} {nights} ночи подряд' },
  swap: { en: 'instead: {habit}, {minutes} min', ru: 'вместо этого: {habit}, {minutes} мин' },
  change: { en: '{from} → {to} min, {intensity}, {version}', ru: '{from} → {to} мин, {intensity}, {version}' },
  sameLength: { en: '{to} min, {intensity}, {version}', ru: '{to} мин, {intensity}, {version}' },
} satisfies Record<string, Localized>;

/** "stress > 0.8", "HRV against your usual < 0.7", "sleep quality < 0.6 for 2 nights in a row". */
function conditionText(condition: TriggerCondition, locale: Locale): string {
  const text = `${say(SIGNAL_WORDS[condition.signal], locale)} ${condition.op === 'lt' ? '<' : '>'} ${condition.value}`;
  return condition.nights && condition.nights > 1
    ? fill(say(TRIGGER_TEXTS.nights, locale), { condition: text, nights: condition.nights })
    : text;
}

export interface TriggerDay {
  triggers: readonly TriggerDef[];
  plan: StoredDayPlan;
  template: DayTemplate | undefined;
  habits: ReadonlyMap<string, HabitDef>;
  /** Habits that may be swapped in: the person's archetype's (`mayGoInto` decides the rest). */
  candidates: readonly HabitDef[];
  person: Person;
}

/**
 * For every task of the day, each trigger that would change it were it to fire before the task's block,
 * as the seed words it: "If energy < 0.3 and …: 30 → 15 min, easy, low-energy version". The change is the
 * one `adaptTasks` would make, so a task a trigger leaves as it is (already gentle, nothing harder to
 * offer) does not list that trigger.
 */
export function triggersByTask(day: TriggerDay, locale: Locale): Map<string, string[]> {
  const byTask = new Map<string, string[]>();
  const upcoming = tasksOf(day);
  for (const trigger of day.triggers) {
    const conditions = trigger.conditions
      .map((condition) => conditionText(condition, locale))
      .join(say(TRIGGER_TEXTS.and, locale));
    for (const { original, adapted } of adaptTasks(trigger, upcoming, day.candidates, day.person)) {
      const swapped = adapted.habitId !== original.habitId ? day.habits.get(adapted.habitId) : undefined;
      const change = swapped
        ? fill(say(TRIGGER_TEXTS.swap, locale), { habit: say(swapped.name, locale), minutes: adapted.durationMinutes })
        : fill(
            say(TRIGGER_TEXTS[original.durationMinutes === adapted.durationMinutes ? 'sameLength' : 'change'], locale),
            {
              from: original.durationMinutes,
              to: adapted.durationMinutes,
              intensity: say(INTENSITY_WORDS[adapted.intensity], locale),
              version: say(VERSION_NAMES[adapted.version], locale),
            },
          );
      const line = fill(say(TRIGGER_TEXTS.rule, locale), { conditions, change });
      byTask.set(original.taskId, [...(byTask.get(original.taskId) ?? []), line]);
    }
  }
  return byTask;
}

/** Every planned task as `adaptTasks` takes it, whatever the hour: these are the changes that could come. */
function tasksOf(day: TriggerDay): UpcomingTask[] {
  const parts = new Map(day.template?.blocks.map((block) => [block.id, block.part]) ?? []);
  return day.plan.blocks
    .filter((block) => parts.has(block.blockId))
    .flatMap((block) => {
      const minutes = Math.round((new Date(block.end).getTime() - new Date(block.start).getTime()) / 60_000);
      return block.tasks.flatMap((task) => {
        const habit = day.habits.get(task.habitId);
        if (!habit) return [];
        const version = {
          taskId: `${day.plan.date}:${habit.id}`,
          habitId: habit.id,
          durationMinutes: habit.durationMinutes,
          intensity: habit.intensity,
          scaling: task.scaling,
          version: 'standard' as const,
        };
        return [{ habit, blockId: block.blockId, blockMinutes: minutes, part: parts.get(block.blockId)!, version }];
      });
    });
}
