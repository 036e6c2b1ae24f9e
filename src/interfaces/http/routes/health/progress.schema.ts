// Marks and progression: a task marked, the habit's standing after it, the levels and skills so far.
import { z } from 'zod';
import { ARCHETYPES, HABIT_CATEGORIES, TASK_OUTCOMES } from '../../../../core/health/model.js';
import { ActionResult } from '../tracks/schema.js';
import { Strings } from './strings.schema.js';

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
  mastery_level: z.number().int().min(0).max(10).describe('the mastery percentage in tenths: mastered from 8'),
  first_attempted: z.string().nullable().describe('the first planned day that counted (done, partly or missed)'),
  last_attempted: z.string().nullable().describe('the latest planned day that counted'),
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
      required_skills: z
        .array(z.object({ habit_id: z.string(), name: z.string(), mastered: z.boolean() }))
        .describe('habits to master on this level; with them mastered the next level opens the day after'),
    }),
  ),
  opened_by_streaks: z
    .array(z.object({ habit_id: z.string(), name: z.string() }))
    .describe('habits a streak bonus opened for you ahead of your level or their prerequisites'),
  habits: z.array(
    Standing.extend({
      habit_id: z.string(),
      name: z.string(),
      category: z.enum(HABIT_CATEGORIES),
      status: z.enum(['mastered', 'in_progress', 'started']),
    }),
  ),
});
