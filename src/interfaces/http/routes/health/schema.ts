import { z } from 'zod';
import {
  ARCHETYPES,
  ENERGY_LEVELS,
  HABIT_CATEGORIES,
  PLAN_MODES,
  TASK_OUTCOMES,
} from '../../../../core/health/model.js';
import { ActionResult } from '../tracks/schema.js';

/**
 * `/api/health/*`: the health program. The task is the seed's "Expected Advanced System Output"
 * shape, key for key; the response schemas list every key, since a key missing here would be
 * dropped from the answer.
 */

const Strings = z.array(z.string());
const Time = z.string().min(1).max(8).describe('a time of day, "HH:MM" (24-hour)');
const EXERCISE_TIMES = ['morning', 'midday', 'evening', 'any'] as const;
const INTENSITIES = ['easy', 'moderate', 'high'] as const;
const SCALING = ['beginner', 'intermediate', 'advanced'] as const;

const ScheduleBody = z.strictObject({
  time_zone: z.string().min(1).max(64).describe('an IANA time zone, e.g. Europe/Moscow'),
  wake: Time,
  sleep: Time,
  work: z
    .strictObject({
      start: Time,
      end: Time,
      days: z.array(z.number().int()).min(1).max(7).describe('ISO weekdays: 1 Monday … 7 Sunday'),
    })
    .nullable()
    .optional()
    .describe('work hours; null or absent: none. A shift ending before it starts ends the next day'),
  meals: z.strictObject({ breakfast: Time.optional(), lunch: Time.optional(), dinner: Time.optional() }).optional(),
  exercise: z.enum(EXERCISE_TIMES).optional().describe('when you prefer to move; default any'),
});

/** `PUT /api/health/profile`: any of these; the others stay. */
export const ProfileBody = z.strictObject({
  archetype: z.enum(ARCHETYPES).optional(),
  mode: z
    .enum(PLAN_MODES)
    .nullable()
    .optional()
    .describe('the kind of day you want; null: standard. A day after a rest or sick day is a recovery day anyway'),
  schedule: ScheduleBody.optional(),
  notes: z
    .array(z.string().min(1).max(48))
    .max(32)
    .optional()
    .describe('declared health-note ids (see `choices.notes`): only used to leave out habits that do not suit'),
  digest: z.boolean().optional().describe('the morning digest in Telegram at your wake time'),
});

const ScheduleJson = z.object({
  time_zone: z.string(),
  wake: z.string(),
  sleep: z.string(),
  work: z.object({ start: z.string(), end: z.string(), days: z.array(z.number().int()) }).nullable(),
  meals: z.object({ breakfast: z.string().optional(), lunch: z.string().optional(), dinner: z.string().optional() }),
  exercise: z.enum(EXERCISE_TIMES),
});

export const ProfileJson = z.object({
  archetype: z.enum(ARCHETYPES).nullable().describe('null until chosen (the quiz suggests one)'),
  archetype_name: z.string().nullable(),
  mode: z.enum(PLAN_MODES),
  schedule: ScheduleJson,
  schedule_set: z.boolean().describe('false: the default day (07:00–23:00 UTC) is in use until you give yours'),
  notes: Strings,
  quiz_answers: z.record(z.string(), z.string()).nullable(),
  started_on: z.string().nullable().describe('the local date the archetype was first chosen'),
  digest: z.boolean(),
  calendar_url: z.string().nullable().describe('your secret calendar feed; null until made (POST …/calendar/rotate)'),
  choices: z.object({
    archetypes: z.array(z.object({ id: z.enum(ARCHETYPES), name: z.string(), about: z.string() })),
    notes: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});

export const QuizJson = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      ask: z.string(),
      choices: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
  ),
});

export const QuizBody = z.strictObject({
  answers: z
    .record(z.string().min(1).max(48), z.string().min(1).max(48))
    .describe('question id → choice id, every question answered'),
});

export const QuizSuggestionJson = z.object({
  suggested: z.enum(ARCHETYPES).describe('a suggestion only: choose it (or another) with PUT /api/health/profile'),
  name: z.string(),
  about: z.string(),
  because: Strings.describe('why, from the answers that weighed most'),
  totals: z.record(z.enum(ARCHETYPES), z.number()),
});

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
      adaptation_triggers: Strings,
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

export const TaskParams = z.strictObject({ taskId: z.string().min(1).max(120) });

export const MarkBody = z.strictObject({
  outcome: z.enum(TASK_OUTCOMES).describe('rest and sick mark the whole day; skipped, rest and sick change no streak'),
  fraction: z.number().optional().describe('partial only: the share done, above 0 and below 1 (default 0.5)'),
});

const Standing = z.object({
  strength: z.number().describe('habit strength, 0–1 (exponential smoothing as in Loop Habit Tracker)'),
  mastery_percentage: z.number().int(),
  attempts: z.number().int(),
  successes: z.number().int(),
  streak: z.number().int(),
  longest_streak: z.number().int(),
});

export const MarkJson = z.object({
  task_id: z.string(),
  outcome: z.enum(TASK_OUTCOMES),
  marked: Strings.describe('every task this mark covered (the whole day for rest and sick)'),
  standing: Standing,
  bonus: z
    .object({
      days: z.number().int(),
      text: z.string(),
      opens: z
        .object({ habitId: z.string(), name: z.string() })
        .nullable()
        .describe('the repertoire habit this bonus opens ahead of its prerequisites, if it names one'),
    })
    .nullable()
    .describe('the streak bonus this mark reached (7, 14 or 30 days)'),
  track: ActionResult.nullable().describe('what it moved on your health track, when you are in the health program'),
});

export const ProgressionJson = z.object({
  archetype: z.enum(ARCHETYPES),
  current_level: z.string(),
  current_level_name: z.string(),
  weeks_in_system: z.number().int(),
  total_mastered_skills: z.number().int(),
  mastered_skills: Strings,
  in_progress_skills: Strings,
  ready_for_advancement: Strings,
  next_recommended_skills: Strings,
  progression_velocity: z.number().describe('skills mastered per week'),
  levels: z.array(
    z.object({
      level_id: z.string(),
      name: z.string(),
      description: z.string(),
      max_difficulty: z.number().int(),
      master_to_advance: z.number().int(),
      estimated_weeks: z.number().int(),
      current: z.boolean(),
      unlocked_habits: z.array(z.object({ habit_id: z.string(), name: z.string() })),
    }),
  ),
  habits: z.array(
    Standing.extend({
      habit_id: z.string(),
      name: z.string(),
      category: z.enum(HABIT_CATEGORIES),
      status: z.enum(['mastered', 'in_progress', 'started']),
    }),
  ),
});

export const CalendarJson = z.object({
  url: z
    .string()
    .describe('the feed; anyone with it can read your plan, so keep it private. The old one stops working'),
});

export const IcsQuery = z.strictObject({ key: z.string().min(1).max(128) });
