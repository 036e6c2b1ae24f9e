// The health task as the bot, the terminal and the API show it: its shape and what it is made from (present-task.ts
// fills it, present-education.ts its "how and why").
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

/** A linked piece of education as a task carries it: enough to read it there, and its id to fetch it alone. */
export interface RelatedContent {
  id: string;
  topic: string;
  type: EducationItem['type'];
  title: string;
  body: string;
  sources: Array<{ title: string; url: string }>;
  updated: string;
}

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
