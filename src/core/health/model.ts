import type { Localized } from '../programs/program.js';

export type StreakDays = '7' | '14' | '30';
export type StreakBonus = Localized & { readonly habit?: string };

/**
 * The health program's domain (seed 002, phases 4, 5, 7 and 8): archetypes, the day's time blocks,
 * the habit repertoire, habit strength and mastery, progression levels, education. Content packs
 * (`content/health/`) are parsed into these types; everything here is pure data.
 */

/** The seed's six archetypes, as stable ids (display names are content). */
export const ARCHETYPES = [
  'peak_performer',
  'foundation_builder',
  'systematic_improver',
  'connected_explorer',
  'transformation_seeker',
  'resilience_rebuilder',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** A day's mode: the seed's standard, recovery and performance templates. */
export const PLAN_MODES = ['standard', 'recovery', 'performance'] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

export const ENERGY_LEVELS = ['low', 'medium', 'high'] as const;
export type Energy = (typeof ENERGY_LEVELS)[number];

/** Habit categories; each is also a track of the `health` program, so a habit done moves its track. */
export const HABIT_CATEGORIES = [
  'movement',
  'nutrition',
  'mindfulness',
  'sleep_recovery',
  'social',
  'cognitive',
] as const;
export type HabitCategory = (typeof HABIT_CATEGORIES)[number];

/** Day parts of the seed's `energy_distribution` (shares that add up to 1). */
export const DAY_PARTS = ['morning', 'midday', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** A wall-clock time of day, "HH:MM" (24 h). */
export type TimeOfDay = string;

/** What an archetype sounds like (seed MVP: "archetype-specific communication"). */
export interface ArchetypeDef {
  id: Archetype;
  name: Localized;
  /** One or two sentences: who this archetype is. */
  about: Localized;
  /** How the coach talks to them: `data` (numbers, mechanisms), `warm`, `structured`, `social`, `bold`, `gentle`. */
  tone: 'data' | 'warm' | 'structured' | 'social' | 'bold' | 'gentle';
  /** How much detail they get by default in education: `simple` or `detailed`. */
  detail: 'simple' | 'detailed';
  /** How a block's or task's title is styled for them, e.g. "{title} Protocol" / «Мягкий ритуал: {title}». */
  titleStyle: Localized;
  /** Seed's `user_friendly_intensity` per intensity hint, in this archetype's voice. */
  intensityWords: Readonly<Record<'easy' | 'moderate' | 'high', Localized>>;
  /**
   * The seed's `archetype_optimization`: one sentence on how this archetype gets the most from any
   * habit ("As a Foundation Builder, focus on the comfort and ritual…"), shown with its education.
   */
  framing?: Localized;
}

/**
 * Where a block wants to sit in the person's day: minutes after an anchor of their schedule.
 * `wake`/`sleep` are their times; `work_end` is where the day's main free time begins: the end of work,
 * `midday` on days without work, the middle of the afternoon before a night shift (see `dayFrame`).
 */
export type BlockAnchor = 'wake' | 'breakfast' | 'lunch' | 'midday' | 'work_end' | 'dinner' | 'exercise' | 'sleep';

/** One block of a day template (the seed's DynamicTimeBlock before it is fitted). */
export interface BlockTemplate {
  id: string;
  title: Localized;
  /** The same block as this archetype would name it. */
  archetypeTitle: Localized;
  purpose: Localized;
  energy: Energy;
  part: DayPart;
  anchor: BlockAnchor;
  /** Preferred start, minutes from the anchor (negative = before it, e.g. −60 before sleep). */
  offsetMinutes: number;
  durationMinutes: number;
  /** How far the block may move from its preferred start, either way, to fit. */
  flexibilityMinutes: number;
  /** Blocks (ids in the same template) that must end before this one starts. */
  dependsOn: readonly string[];
  messaging: Localized;
  /** The seed's `alternative_versions`. */
  versions: Readonly<{ low: Localized; high: Localized }>;
  /** Categories of habits this block holds, in order of preference. */
  holds: readonly HabitCategory[];
  /**
   * `free`: the block belongs only to the person's days off (a weekday outside their work days;
   * Saturday and Sunday without work hours). It gives the long and weekly habits (a hike, batch
   * cooking, a gathering) a place no working day has room for. On any other day it is simply not part
   * of the day: neither placed nor reported as unfit. Absent: every day.
   */
  days?: 'free';
}

/** A day template per archetype and mode (the seed's ArchetypeTimeBlockTemplate). */
export interface DayTemplate {
  archetype: Archetype;
  mode: PlanMode;
  name: string;
  energyDistribution: Readonly<Record<DayPart, number>>;
  blocks: readonly BlockTemplate[];
}

/** The person's day (seed `user_schedule_preferences`); times are wall-clock in `timeZone`. */
export interface Schedule {
  timeZone: string;
  wake: TimeOfDay;
  sleep: TimeOfDay;
  /** Absent: no fixed work hours. */
  work?: { start: TimeOfDay; end: TimeOfDay; /** ISO weekdays 1 (Mon) … 7 (Sun). */ days: readonly number[] };
  meals: Readonly<Partial<Record<'breakfast' | 'lunch' | 'dinner', TimeOfDay>>>;
  exercise: 'morning' | 'midday' | 'evening' | 'any';
}

/** A block placed on one local date; instants are UTC. */
export interface FittedBlock {
  template: BlockTemplate;
  start: Date;
  end: Date;
  /** Minutes moved from the preferred start (signed). */
  shiftedMinutes: number;
}

/** Why a block has no place today; it is reported, never dropped silently. */
export type UnfitReason = 'inside_sleep' | 'inside_work' | 'no_room' | 'dependency_unplaced' | 'too_long';

export interface UnfitBlock {
  template: BlockTemplate;
  reason: UnfitReason;
}

export interface FitResult {
  date: string;
  placed: FittedBlock[];
  unfit: UnfitBlock[];
}

export type ScalingLevel = 'beginner' | 'intermediate' | 'advanced';

/** One habit of the repertoire (the seed's HabitDefinition). */
export interface HabitDef {
  id: string;
  name: Localized;
  category: HabitCategory;
  archetypes: readonly Archetype[];
  /** 1–10. */
  difficulty: number;
  /** Habits that must be mastered first. */
  prerequisites: readonly string[];
  durationMinutes: number;
  energy: Energy;
  intensity: 'easy' | 'moderate' | 'high';
  implementation: Readonly<{ technique: Localized; equipment: Localized; timing: Localized }>;
  scaling: Readonly<Record<ScalingLevel, Localized>>;
  /** Health-note ids (`content/health/notes.yaml`) that rule this habit out. */
  contraindications: readonly string[];
  education: HabitEducation;
  /**
   * What a 7-, 14- and 30-day streak unlocks (the seed's `streak_bonuses`): a richer option of this
   * habit, described in the text, or (`habit`) a repertoire habit opened ahead of its prerequisites.
   */
  streakBonuses: Readonly<Record<StreakDays, StreakBonus>>;
  /** Parts of the day it belongs to (a bedtime routine is no morning task); absent: any part. */
  parts?: readonly DayPart[];
  /** `work`: planned only on working days (see `isDayOff`): a desk break has no place on a day off. Absent: any day. */
  days?: 'work';
  /**
   * A cut-off this many hours before sleep (caffeine: 8): the habit goes only into a block
   * that starts before the cut-off and at most five hours before it, and the task names the clock time.
   */
  cutoffHoursBeforeSleep?: number;
  /** Done in daylight (morning light): planned before sunrise, the task offers its dark-morning version. */
  daylight?: boolean;
}

/** The seed's phase 8 texts for one habit, written offline. */
export interface HabitEducation {
  simple: Localized;
  detailed: Localized;
  benefits: readonly Localized[];
  steps: readonly Localized[];
  modifications: Readonly<Record<'lowEnergy' | 'highEnergy' | 'shortOnTime' | 'travel' | 'season', Localized>>;
  successIndicators: readonly Localized[];
  troubleshooting: readonly Localized[];
  completionCriteria: Localized;
  /** The seed's `preparation_steps`: what to set up beforehand. */
  preparation: readonly Localized[];
  /** The seed's `environmental_considerations`: the place, light, weather or company it needs. */
  environment: readonly Localized[];
}

/** A declared health note (knee injury, pregnancy, high blood pressure…); only filters habits. */
export interface HealthNoteDef {
  id: string;
  name: Localized;
}

/** A progression level of one archetype (the seed's ProgressionLevel): a difficulty cap and the skills to master. */
export interface LevelDef {
  id: string;
  archetype: Archetype;
  name: Localized;
  description: Localized;
  /** Habits up to this difficulty are open at this level (with their prerequisites mastered). */
  maxDifficulty: number;
  /** Habits to master (up to this level's cap) before the next level opens. */
  masterToAdvance: number;
  /**
   * The seed's `required_skills`: habits of this level's own band (harder than the level before
   * allows) to master before the next level opens (`readyToLeave` in `levels.ts`). They lead their
   * blocks in the plan while the person is on this level.
   */
  requiredSkills: readonly string[];
  estimatedWeeks: number;
}

/** How one day's task went; `rest` and `sick` are declared days that change neither strength nor streak. */
export const TASK_OUTCOMES = ['done', 'partial', 'skipped', 'rest', 'sick'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

/** A user's standing with one habit (the seed's user_habit_mastery + SkillMastery). */
export interface HabitStanding {
  habitId: string;
  /** Loop Habit Tracker's strength, 0–1. */
  strength: number;
  /** 0–100: mastered at ≥ 80, in progress from 20. */
  masteryPercent: number;
  attempts: number;
  successes: number;
  streak: number;
  longestStreak: number;
  firstAttempt: string | null;
  lastAttempt: string | null;
}

/** One onboarding quiz question; each choice leans toward some archetypes. */
export interface QuizQuestion {
  id: string;
  ask: Localized;
  choices: ReadonlyArray<{
    id: string;
    label: Localized;
    /** Points toward archetypes (0–3 each); the suggestion is the highest total. */
    scores: Readonly<Partial<Record<Archetype, number>>>;
    /** Half a sentence for "why we suggest it", e.g. "you like to see numbers move". */
    because: Localized;
  }>;
}
