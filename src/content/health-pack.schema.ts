import { z } from 'zod';
import {
  ARCHETYPES,
  DAY_PARTS,
  ENERGY_LEVELS,
  HABIT_CATEGORIES,
  PLAN_MODES,
  type ArchetypeDef,
  type DayTemplate,
  type HabitDef,
  type HealthNoteDef,
  type LevelDef,
  type QuizQuestion,
} from '../core/health/model.js';
import { EDUCATION_TYPES, type EducationItem } from '../core/health/education.js';
import { Localized as LocalizedBase } from './coach-pack.schema.js';

/**
 * The health pack (`content/health/`): archetypes, health notes, the onboarding quiz, the day
 * templates (blocks), the levels, and one file of habits per category. Every object is strict, so a
 * misspelt field is an error rather than a silently missing value. Each file's schema is typed as
 * its core type, so a schema drifting from `core/health/model.ts` fails tsc here.
 */

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower-case letters, digits and _, starting with a letter');
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Both languages, each really in its language: a Russian text left in English is caught here. */
export const Localized = inItsLanguage(z.strictObject(LocalizedBase.shape));

function inItsLanguage<T extends z.ZodType<{ en: string; ru: string }>>(schema: T) {
  return schema
    .refine((text) => CYRILLIC.test(text.ru), { message: 'the Russian text has no Russian in it', path: ['ru'] })
    .refine((text) => !CYRILLIC.test(text.en), { message: 'the English text has Cyrillic in it', path: ['en'] });
}

const Archetype = z.enum(ARCHETYPES);
const Intensity = z.enum(['easy', 'moderate', 'high']);
const Minutes = z.number().int();

/** `archetypes.yaml`: who each archetype is and how the coach talks to them. */
export const ArchetypeSchema = z.strictObject({
  id: Archetype,
  name: Localized,
  about: Localized,
  tone: z.enum(['data', 'warm', 'structured', 'social', 'bold', 'gentle']),
  detail: z.enum(['simple', 'detailed']),
  titleStyle: Localized.refine((text) => text.en.includes('{title}') && text.ru.includes('{title}'), {
    message: 'titleStyle must contain {title} in both languages',
  }),
  intensityWords: z.strictObject({ easy: Localized, moderate: Localized, high: Localized }),
  framing: Localized.optional(),
});
export const ArchetypesFile: z.ZodType<ArchetypeDef[]> = z.array(ArchetypeSchema).min(1);

/** `notes.yaml`: health notes a person may declare; they only filter habits out. */
export const NoteSchema = z.strictObject({ id: Id, name: Localized });
export const NotesFile: z.ZodType<HealthNoteDef[]> = z.array(NoteSchema).min(1);

/** `quiz.yaml`: the onboarding questions; each choice leans toward some archetypes. */
export const QuizSchema = z.strictObject({
  id: Id,
  ask: Localized,
  choices: z
    .array(
      z.strictObject({
        id: Id,
        label: Localized,
        scores: z.partialRecord(Archetype, z.number().int().min(0).max(3)),
        because: Localized,
      }),
    )
    .min(3)
    .max(6),
});
export const QuizFile: z.ZodType<QuizQuestion[]> = z.array(QuizSchema).min(1);

/** One block of a day template, before it is fitted to a person's schedule. */
export const BlockSchema = z.strictObject({
  id: Id,
  title: Localized,
  archetypeTitle: Localized,
  purpose: Localized,
  energy: z.enum(ENERGY_LEVELS),
  part: z.enum(DAY_PARTS),
  anchor: z.enum(['wake', 'breakfast', 'lunch', 'midday', 'work_end', 'dinner', 'exercise', 'sleep']),
  offsetMinutes: Minutes.min(-720).max(720),
  durationMinutes: Minutes.min(5).max(180),
  flexibilityMinutes: Minutes.min(0).max(240),
  dependsOn: z.array(Id),
  messaging: Localized,
  versions: z.strictObject({ low: Localized, high: Localized }),
  holds: z.array(z.enum(HABIT_CATEGORIES)).min(1, 'a block must hold at least one habit category'),
  days: z.literal('free').optional(),
});

/** `blocks.yaml`: one day template per archetype and mode. */
export const TemplateSchema = z.strictObject({
  archetype: Archetype,
  mode: z.enum(PLAN_MODES),
  name: Id,
  energyDistribution: z.strictObject({
    morning: z.number().min(0).max(1),
    midday: z.number().min(0).max(1),
    evening: z.number().min(0).max(1),
  }),
  blocks: z.array(BlockSchema).min(3, 'a day template needs at least 3 blocks').max(8),
});
export const BlocksFile: z.ZodType<DayTemplate[]> = z.array(TemplateSchema).min(1);

/** `levels.yaml`: an archetype's progression levels, in order. */
export const LevelSchema = z.strictObject({
  id: Id,
  archetype: Archetype,
  name: Localized,
  description: Localized,
  maxDifficulty: z.number().int().min(1).max(10),
  masterToAdvance: z.number().int().min(1).max(20),
  requiredSkills: z.array(Id).min(1, 'a level needs at least one required skill').max(6),
  estimatedWeeks: z.number().int().min(1).max(52),
});
export const LevelsFile: z.ZodType<LevelDef[]> = z.array(LevelSchema).min(1);

/** The seed's phase 8 texts for one habit. */
export const EducationSchema = z.strictObject({
  simple: Localized,
  detailed: Localized,
  benefits: z.array(Localized).min(2).max(4),
  steps: z.array(Localized).min(3).max(6),
  modifications: z.strictObject({
    lowEnergy: Localized,
    highEnergy: Localized,
    shortOnTime: Localized,
    travel: Localized,
    season: Localized,
  }),
  successIndicators: z.array(Localized).min(2).max(3),
  troubleshooting: z.array(Localized).min(2).max(3),
  completionCriteria: Localized,
  preparation: z.array(Localized).min(1).max(3),
  environment: z.array(Localized).min(1).max(3),
});

/**
 * The public bodies a source may come from: education rests on the pages of health agencies, never on
 * an address someone made up or a blog.
 */
export const SOURCE_HOSTS = /(^|\.)(who\.int|nhs\.uk|cdc\.gov|nih\.gov|fda\.gov|medlineplus\.gov)$/;

/** `education.yaml`: one piece of educational content (the seed's EducationalContent). */
export const EducationItemSchema = z.strictObject({
  id: Id,
  topic: Id,
  type: z.enum(EDUCATION_TYPES),
  title: Localized,
  body: Localized,
  sources: z
    .array(
      z.strictObject({
        title: z.string().min(3).max(200),
        url: z.url({
          protocol: /^https$/,
          hostname: SOURCE_HOSTS,
          error: 'an https page of WHO, NHS, CDC, NIH, FDA or MedlinePlus',
        }),
      }),
    )
    .min(1, 'name at least one public source'),
  relatedHabits: z.array(Id).min(1, 'name at least one habit it explains'),
  updated: z.iso.date(),
});
export const EducationFile: z.ZodType<EducationItem[]> = z.array(EducationItemSchema).min(1);

/** One habit of `habits/<category>.yaml`. */
/** A streak bonus: its text, and the repertoire habit it opens when it names one. */
const StreakBonus = inItsLanguage(z.strictObject({ ...LocalizedBase.shape, habit: Id.optional() }));

export const HabitSchema: z.ZodType<HabitDef> = z.strictObject({
  id: Id,
  name: Localized,
  category: z.enum(HABIT_CATEGORIES),
  archetypes: z
    .array(Archetype)
    .min(1)
    .max(6)
    .refine((list) => new Set(list).size === list.length, 'an archetype is listed twice'),
  difficulty: z.number().int().min(1).max(10),
  prerequisites: z.array(Id),
  durationMinutes: Minutes.min(1).max(120),
  // Required, though optional in the core type: a habit without it would go into any block, and a
  // bedtime routine would land in the morning; a new habit must say when it is done.
  parts: z
    .array(z.enum(DAY_PARTS), {
      error: (issue) =>
        issue.input === undefined ? `missing: the parts of the day it is done in (${DAY_PARTS.join(', ')})` : undefined,
    })
    .min(1, 'name at least one part of the day')
    .refine((list) => new Set(list).size === list.length, 'a part of the day is listed twice'),
  days: z.literal('work').optional(),
  cutoffHoursBeforeSleep: z.number().min(1).max(16).optional(),
  daylight: z.boolean().optional(),
  energy: z.enum(ENERGY_LEVELS),
  intensity: Intensity,
  implementation: z.strictObject({ technique: Localized, equipment: Localized, timing: Localized }),
  scaling: z.strictObject({ beginner: Localized, intermediate: Localized, advanced: Localized }),
  contraindications: z.array(Id),
  education: EducationSchema,
  streakBonuses: z.strictObject({ '7': StreakBonus, '14': StreakBonus, '30': StreakBonus }),
});

/** A habit file is a list of habits; the loader parses them one by one to name each one's problems. */
export const HabitsFile = z.array(z.unknown());
