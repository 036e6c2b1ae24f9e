import { DateTime } from 'luxon';
import type { Locale } from '../../core/goals/model.js';
import { isInProgress, isMastered, masteryLevel } from '../../core/health/habit-strength.js';
import type { Archetype, HabitCategory, HabitStanding } from '../../core/health/model.js';
import { assessProgression } from '../../core/health/progression.js';
import type { HealthDeps, UserId } from './deps.js';
import { say } from './health-texts.js';
import { standingsAt } from './history.js';
import { dayPlanOf, planDayOf, requireProfile } from './plan-day.js';

/** The seed's UserProgressionProfile, with the ladder and every habit's standing. */
export interface ProgressionView {
  archetype: Archetype;
  current_level: string;
  current_level_name: string;
  weeks_in_system: number;
  total_mastered_skills: number;
  mastered_skills: string[];
  in_progress_skills: string[];
  ready_for_advancement: string[];
  next_recommended_skills: string[];
  /** Skills mastered per week in the system. */
  progression_velocity: number;
  levels: Array<{
    level_id: string;
    name: string;
    description: string;
    max_difficulty: number;
    master_to_advance: number;
    estimated_weeks: number;
    current: boolean;
    unlocked_habits: Array<{ habit_id: string; name: string }>;
    /** The seed's `required_skills`: mastered, they open the next level (the day after). */
    required_skills: Array<{ habit_id: string; name: string; mastered: boolean }>;
  }>;
  /** Habits the person's streak bonuses opened ahead of their level or prerequisites. */
  opened_by_streaks: Array<{ habit_id: string; name: string }>;
  habits: Array<{
    habit_id: string;
    name: string;
    category: HabitCategory;
    status: 'mastered' | 'in_progress' | 'started';
    strength: number;
    mastery_percentage: number;
    attempts: number;
    successes: number;
    streak: number;
    longest_streak: number;
    /** The seed's `mastery_level`, 0–10 (`masteryLevel`). */
    mastery_level: number;
    /** The seed's `first_attempted` / `last_attempted`: the first and latest planned days that counted. */
    first_attempted: string | null;
    last_attempted: string | null;
  }>;
}

/**
 * Where the person stands (phase 7): standings from every mark and stored plan up to now (a planned
 * day left unmarked counts as missed once it is over; today's marks count), weeks in the system from
 * the day they first chose an archetype.
 */
export async function progression(
  deps: HealthDeps,
  userId: UserId,
  options: { now?: Date; locale?: Locale } = {},
): Promise<ProgressionView> {
  const profile = await requireProfile(deps, userId);
  const day = planDayOf(profile, options.now ?? deps.clock.now());
  const locale = options.locale ?? (await deps.users.byId(userId))?.locale ?? 'en';
  // The level is the one today's plan is at: levels are entered a day at a time, in order.
  const { plan, history } = await dayPlanOf(deps, profile, day);
  const standings = standingsAt(history, day, true);
  const weeks = weeksBetween(profile.startedOn ?? day, day);
  const { habits, levels } = deps.pack;
  const assessed = assessProgression({
    archetype: profile.archetype,
    levels,
    habits,
    standings,
    notes: profile.notes,
    weeksInSystem: weeks,
    levelId: plan.levelId,
  });
  const names = new Map(habits.map((habit) => [habit.id, habit]));
  const nameOf = (id: string) => {
    const habit = names.get(id);
    return habit ? say(habit.name, locale) : id;
  };
  return {
    archetype: profile.archetype,
    current_level: assessed.currentLevel.id,
    current_level_name: say(assessed.currentLevel.name, locale),
    weeks_in_system: weeks,
    total_mastered_skills: assessed.mastered.length,
    mastered_skills: assessed.mastered,
    in_progress_skills: assessed.inProgress,
    ready_for_advancement: assessed.readyForAdvancement,
    next_recommended_skills: assessed.nextRecommended,
    progression_velocity: Math.round(assessed.velocity * 100) / 100,
    levels: assessed.unlockedByLevel.map(({ levelId, habitIds }) => {
      const level = levels.find((candidate) => candidate.id === levelId)!;
      return {
        level_id: levelId,
        name: say(level.name, locale),
        description: say(level.description, locale),
        max_difficulty: level.maxDifficulty,
        master_to_advance: level.masterToAdvance,
        estimated_weeks: level.estimatedWeeks,
        current: levelId === assessed.currentLevel.id,
        unlocked_habits: habitIds.map((id) => ({ habit_id: id, name: nameOf(id) })),
        required_skills: level.requiredSkills.map((id) => ({
          habit_id: id,
          name: nameOf(id),
          mastered: assessed.mastered.includes(id),
        })),
      };
    }),
    opened_by_streaks: assessed.openedByStreaks.map((id) => ({ habit_id: id, name: nameOf(id) })),
    habits: standings
      .filter((standing) => names.has(standing.habitId) && standing.attempts > 0)
      .map((standing) => habitView(standing, names.get(standing.habitId)!.category, nameOf(standing.habitId))),
  };
}

function habitView(standing: HabitStanding, category: HabitCategory, name: string): ProgressionView['habits'][number] {
  return {
    habit_id: standing.habitId,
    name,
    category,
    status: isMastered(standing) ? 'mastered' : isInProgress(standing) ? 'in_progress' : 'started',
    strength: Math.round(standing.strength * 1000) / 1000,
    mastery_percentage: standing.masteryPercent,
    attempts: standing.attempts,
    successes: standing.successes,
    streak: standing.streak,
    longest_streak: standing.longestStreak,
    mastery_level: masteryLevel(standing),
    first_attempted: standing.firstAttempt,
    last_attempted: standing.lastAttempt,
  };
}

/** Whole weeks from one local date to another (0 in the first week). */
export const weeksBetween = (from: string, to: string): number =>
  Math.max(
    0,
    Math.floor(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days / 7),
  );
