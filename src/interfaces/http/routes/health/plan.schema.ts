// `/api/health/plan/today`: today's plan, its blocks, and each task as the seed's advanced output shapes it.
import { z } from 'zod';
import {
  ARCHETYPES,
  ENERGY_LEVELS,
  HABIT_CATEGORIES,
  PLAN_MODES,
  TASK_OUTCOMES,
} from '../../../../core/health/model.js';
import { RelatedContent } from './education.schema.js';
import { Strings } from './strings.schema.js';

const INTENSITIES = ['easy', 'moderate', 'high'] as const;
const SCALING = ['beginner', 'intermediate', 'advanced'] as const;

const ScientificBasis = z.discriminatedUnion('depth', [
  z.object({
    depth: z.literal('simple'),
    simple_explanation: z.string(),
    key_benefits: Strings,
    reassurance: z.string(),
  }),
  z.object({
    depth: z.literal('detailed'),
    simple_explanation: z.string(),
    primary_mechanism: z.string(),
    key_benefits: Strings,
    optimization_factors: Strings,
  }),
]);

const TimeBlock = z.object({
  block_id: z.string(),
  title: z.string(),
  archetype_messaging: z.string(),
  time_range: z.string().describe('local, e.g. "7:30-8:30 AM" (en) or "07:30–08:30" (ru)'),
  flexibility_minutes: z.number().int(),
  alternative_versions: z.tuple([z.object({ low_energy: z.string() }), z.object({ high_energy: z.string() })]),
});

const Education = z.object({
  scientific_basis: ScientificBasis.describe('simple or detailed, as your archetype prefers'),
  practical_implementation: z.object({
    step_by_step_instructions: Strings,
    equipment_needed: Strings,
    optimal_timing: z.string(),
    duration_guidance: z.string(),
    preparation_steps: Strings.describe('what to set up beforehand'),
    environmental_considerations: Strings.describe('the place, light, weather or company it needs'),
  }),
  personalization: z.object({
    archetype_optimization: z.string(),
    modifications: z.object({
      low_energy: z.string(),
      high_energy: z.string(),
      short_on_time: z.string(),
      travel: z.string(),
      seasonal: z.string(),
    }),
  }),
  success_indicators: Strings,
  troubleshooting: Strings,
  related_content: z.array(RelatedContent).describe('short pieces with public sources that explain this habit'),
});

export const TaskJson = z.object({
  task_id: z.string().describe('"<date>:<habit id>"; mark it with POST /api/health/plan/today/tasks/{taskId}'),
  title: z.string(),
  archetype_specific_title: z.string(),
  description: z.string(),
  category: z.enum(HABIT_CATEGORIES),
  intensity_hint: z.enum(INTENSITIES),
  user_friendly_intensity: z.string(),
  duration_minutes: z.number().int(),
  energy_requirement: z.enum(ENERGY_LEVELS),
  time_block: TimeBlock,
  progression_context: z.object({
    skill_level: z.enum(SCALING).describe('the version offered today'),
    progression_note: z.string(),
    skill_building: Strings.describe('this habit and the habits it opens'),
    next_progression: z.string(),
    mastery_indicators: Strings,
  }),
  educational_content: Education,
  real_time_adaptations: z
    .object({
      current_status: z.enum(['standard', 'pending', 'adapted']),
      recent_adaptations: z.array(
        z.object({
          adaptation_id: z.string(),
          status: z.enum(['pending', 'accepted']),
          action: z.string(),
          reason: z.string(),
          duration_minutes: z.number().int(),
          intensity: z.enum(['easy', 'moderate', 'high']),
          scaling: z.enum(['beginner', 'intermediate', 'advanced']),
          version: z.string(),
          instead: z.string().nullable().describe('a gentler habit to do in this task’s place'),
          expires_at: z.string(),
        }),
      ),
      adaptation_triggers: Strings.describe(
        'the trigger conditions that could change this task, and how: "If energy < 0.3 and …: 30 → 15 min, easy, low-energy version"',
      ),
    })
    .describe(
      '`adapted`: you accepted a change (duration and intensity above are the adapted ones); `pending`: one waits for Accept or Keep my plan',
    ),
  success_tracking: z.object({
    completion_criteria: z.string(),
    quality_indicators: Strings,
    streak_bonuses: z.object({ '7_days': z.string(), '14_days': z.string(), '30_days': z.string() }),
    unlocked_bonuses: z
      .array(z.enum(['7_days', '14_days', '30_days']))
      .describe('the bonuses this habit’s best streak has earned; they stay earned after a break'),
  }),
  outcome: z.enum(TASK_OUTCOMES).nullable().describe('today’s mark, null while unmarked'),
  fraction: z.number().nullable().describe('the share done: 1 for done, the given share for partial'),
});

export const TodayJson = z.object({
  date: z.string().describe('the plan’s local date: before your wake time it is still yesterday’s plan'),
  time_zone: z.string(),
  archetype: z.enum(ARCHETYPES),
  archetype_name: z.string(),
  mode: z.enum(PLAN_MODES),
  level: z.object({ id: z.string(), name: z.string() }),
  blocks: z.array(
    z.object({
      block_id: z.string(),
      title: z.string(),
      time_range: z.string(),
      start: z.string(),
      end: z.string(),
      task_ids: Strings,
      empty: z.object({ reason: z.string(), explanation: z.string() }).nullable().describe('why a block has no task'),
    }),
  ),
  tasks: z.array(TaskJson),
  unfit: z
    .array(z.object({ block_id: z.string(), title: z.string(), reason: z.string(), explanation: z.string() }))
    .describe('blocks with no place in your day today, and why'),
});
