// `/api/health/profile` and `/api/health/quiz`: the profile and schedule given and shown, the archetype quiz.
import { z } from 'zod';
import { ARCHETYPES, PLAN_MODES } from '../../../../core/health/model.js';
import { Strings } from './strings.schema.js';

const Time = z.string().min(1).max(8).describe('a time of day, "HH:MM" (24-hour)');
const EXERCISE_TIMES = ['morning', 'midday', 'evening', 'any'] as const;

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
