import type { ScalingLevel } from '../../core/health/model.js';
import { streakBonusesReached } from '../../core/health/habit-strength.js';
import { fill, NEXT_PROGRESSION, PROGRESSION_NOTES, say, SCALING_NAMES, STEADY_INDICATOR } from './health-texts.js';
import { educationOf } from './present-education.js';
import type { PresentedTask, TaskAdaptationNote, TaskContext } from './task-view.js';

export type { PresentedTask, ScientificBasis, TaskAdaptationNote, TaskContext } from './task-view.js';
import { timeRange } from './time-range.js';

/** An accepted adaptation sets the task's duration and intensity; a pending one is only offered. */
function adapted(notes: readonly TaskAdaptationNote[], triggers: readonly string[]): Partial<PresentedTask> {
  if (notes.length === 0) return {};
  const accepted = notes.find((note) => note.status === 'accepted');
  return {
    ...(accepted && { duration_minutes: accepted.duration_minutes, intensity_hint: accepted.intensity }),
    real_time_adaptations: {
      current_status: accepted ? 'adapted' : 'pending',
      recent_adaptations: [...notes],
      adaptation_triggers: [...triggers],
    },
  };
}

const NEXT_LEVEL: Readonly<Record<ScalingLevel, ScalingLevel | undefined>> = {
  beginner: 'intermediate',
  intermediate: 'advanced',
  advanced: undefined,
};

/** A planned habit in the seed's task shape, in the person's language and their archetype's voice. */
export function presentTask(context: TaskContext): PresentedTask {
  const { locale, archetype, habit, block } = context;
  const text = (localized: { en: string; ru: string }) => say(localized, locale);
  const list = (items: ReadonlyArray<{ en: string; ru: string }>) => items.map(text);
  const name = text(habit.name);
  return {
    task_id: context.taskId,
    title: name,
    archetype_specific_title: fill(text(archetype.titleStyle), { title: name }),
    description: text(habit.implementation.technique),
    category: habit.category,
    intensity_hint: habit.intensity,
    user_friendly_intensity: text(archetype.intensityWords[habit.intensity]),
    duration_minutes: habit.durationMinutes,
    energy_requirement: habit.energy,
    time_block: {
      block_id: block.template.id,
      title: text(block.template.archetypeTitle),
      archetype_messaging: text(block.template.messaging),
      time_range: timeRange(block.start, block.end, context.timeZone, locale),
      flexibility_minutes: block.template.flexibilityMinutes,
      alternative_versions: [
        { low_energy: text(block.template.versions.low) },
        { high_energy: text(block.template.versions.high) },
      ],
    },
    progression_context: progressionContext(context),
    educational_content: educationOf(context),
    real_time_adaptations: {
      current_status: 'standard',
      recent_adaptations: [],
      adaptation_triggers: [...(context.triggers ?? [])],
    },
    ...adapted(context.adaptations ?? [], context.triggers ?? []),
    success_tracking: {
      completion_criteria: text(habit.education.completionCriteria),
      quality_indicators: list(habit.education.successIndicators),
      streak_bonuses: {
        '7_days': text(context.bonuses['7']),
        '14_days': text(context.bonuses['14']),
        '30_days': text(context.bonuses['30']),
      },
      unlocked_bonuses: streakBonusesReached(context.standing?.longestStreak ?? 0).map(
        (days) => `${days}_days` as const,
      ),
    },
    outcome: context.mark?.outcome ?? null,
    fraction: context.mark?.fraction ?? null,
  };
}

/**
 * The seed's progression context from what we know: the version offered (`skill_level`), where the
 * person stands with it, the skills it builds (this habit and what it opens), and what comes next:
 * the habits it opens, else the next version, else keeping it up.
 */
function progressionContext(context: TaskContext): PresentedTask['progression_context'] {
  const { locale, habit, scaling, standing, opens } = context;
  const started = (standing?.attempts ?? 0) > 0;
  const next = NEXT_LEVEL[scaling];
  const nextProgression =
    opens.length > 0
      ? fill(say(NEXT_PROGRESSION.opens, locale), { names: opens.map((other) => say(other.name, locale)).join(', ') })
      : next
        ? fill(say(NEXT_PROGRESSION.scaling, locale), {
            level: say(SCALING_NAMES[next], locale),
            text: say(habit.scaling[next], locale),
          })
        : say(NEXT_PROGRESSION.keep, locale);
  return {
    skill_level: scaling,
    progression_note: say(PROGRESSION_NOTES[started ? scaling : 'new'], locale),
    skill_building: [habit.id, ...opens.map((other) => other.id)],
    next_progression: nextProgression,
    mastery_indicators: [
      ...habit.education.successIndicators.map((item) => say(item, locale)),
      say(STEADY_INDICATOR, locale),
    ],
  };
}
