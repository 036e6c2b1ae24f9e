import type { Locale } from '../../core/goals/model.js';
import type {
  ArchetypeDef,
  BlockTemplate,
  HabitDef,
  HabitStanding,
  ScalingLevel,
  StreakDays,
  TaskOutcome,
} from '../../core/health/model.js';
import type { EducationItem } from '../../core/health/education.js';
import type { Localized } from '../../core/programs/program.js';
import { streakBonusesReached } from '../../core/health/habit-strength.js';
import { fill, NEXT_PROGRESSION, PROGRESSION_NOTES, say, SCALING_NAMES, STEADY_INDICATOR } from './health-texts.js';
import { educationOf, type RelatedContent } from './present-education.js';
import { timeRange } from './time-range.js';

/** The education's scientific basis at the archetype's depth (`detail` in archetypes.yaml). */
export type ScientificBasis =
  | { depth: 'simple'; simple_explanation: string; key_benefits: string[]; reassurance: string }
  | {
      depth: 'detailed';
      simple_explanation: string;
      primary_mechanism: string;
      key_benefits: string[];
      optimization_factors: string[];
    };

/** One task in the seed's "Expected Advanced System Output" shape, plus today's mark. */
export interface PresentedTask {
  task_id: string;
  title: string;
  archetype_specific_title: string;
  description: string;
  category: HabitDef['category'];
  intensity_hint: HabitDef['intensity'];
  user_friendly_intensity: string;
  duration_minutes: number;
  energy_requirement: HabitDef['energy'];
  time_block: {
    block_id: string;
    title: string;
    archetype_messaging: string;
    time_range: string;
    flexibility_minutes: number;
    alternative_versions: [{ low_energy: string }, { high_energy: string }];
  };
  progression_context: {
    skill_level: ScalingLevel;
    progression_note: string;
    skill_building: string[];
    next_progression: string;
    mastery_indicators: string[];
  };
  educational_content: {
    scientific_basis: ScientificBasis;
    practical_implementation: {
      step_by_step_instructions: string[];
      equipment_needed: string[];
      optimal_timing: string;
      duration_guidance: string;
      preparation_steps: string[];
      environmental_considerations: string[];
    };
    personalization: {
      archetype_optimization: string;
      modifications: Record<'low_energy' | 'high_energy' | 'short_on_time' | 'travel' | 'seasonal', string>;
    };
    success_indicators: string[];
    troubleshooting: string[];
    /** The pieces of `education.yaml` that explain this habit (each also at `GET /api/health/education/{id}`). */
    related_content: RelatedContent[];
  };
  /**
   * The seed's real-time adaptations: `adapted` when the person accepted a change to this task (its
   * duration and intensity above are then the adapted ones), `pending` while one waits for an answer.
   */
  real_time_adaptations: {
    current_status: 'standard' | 'pending' | 'adapted';
    recent_adaptations: TaskAdaptationNote[];
    adaptation_triggers: string[];
  };
  success_tracking: {
    completion_criteria: string;
    quality_indicators: string[];
    streak_bonuses: Record<'7_days' | '14_days' | '30_days', string>;
    /** The bonuses this habit's best streak has earned (they stay earned after a break). */
    unlocked_bonuses: Array<'7_days' | '14_days' | '30_days'>;
  };
  /** Today's mark of this task, or null while unmarked. */
  outcome: TaskOutcome | null;
  /** The share done for `partial` (1 for done), else null. */
  fraction: number | null;
}

/** One adaptation as a task shows it: what changes and why. */
export interface TaskAdaptationNote {
  adaptation_id: string;
  status: 'pending' | 'accepted';
  action: string;
  reason: string;
  duration_minutes: number;
  intensity: HabitDef['intensity'];
  scaling: ScalingLevel;
  version: string;
  /** A gentler habit to do in this task's place, when the adaptation swaps it. */
  instead: string | null;
  expires_at: string;
}

export interface TaskContext {
  taskId: string;
  locale: Locale;
  timeZone: string;
  archetype: ArchetypeDef;
  habit: HabitDef;
  block: { template: BlockTemplate; start: Date; end: Date };
  /** The version offered, fixed when the day's plan was built. */
  scaling: ScalingLevel;
  /** The standing at the start of the plan's day (undefined: never tried). */
  standing: HabitStanding | undefined;
  /** The archetype's habits that list this one as a prerequisite. */
  opens: readonly HabitDef[];
  /** The habit's streak bonuses as this person reads them (`bonusTextsFor`). */
  bonuses: Readonly<Record<StreakDays, Localized>>;
  mark: { outcome: TaskOutcome; fraction: number | null } | undefined;
  /** Open adaptations of this task, newest first. */
  adaptations?: readonly TaskAdaptationNote[];
  /** The trigger conditions that could change this task, as sentences (`triggersByTask`). */
  triggers?: readonly string[];
  /** The education items that name this habit. */
  related?: readonly EducationItem[];
}

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
