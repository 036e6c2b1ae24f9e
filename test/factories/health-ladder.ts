// A small foundation-builder ladder and repertoire for the progression and level tests.
import type { HabitDef, HabitStanding, LevelDef } from '../../src/core/health/model.js';

export const text = (en: string) => ({ en, ru: en });

export const habit = (id: string, difficulty: number, over: Partial<HabitDef> = {}): HabitDef =>
  ({
    id,
    name: text(id),
    category: 'movement',
    archetypes: ['foundation_builder'],
    difficulty,
    prerequisites: [],
    durationMinutes: 10,
    energy: 'low',
    intensity: 'easy',
    contraindications: [],
    streakBonuses: { '7': text('more'), '14': text('with a friend'), '30': text('teach it') },
    ...over,
  }) as HabitDef; // the texts (implementation, education…) play no part in progression

export const level = (
  id: string,
  maxDifficulty: number,
  masterToAdvance: number,
  requiredSkills: string[] = [],
): LevelDef => ({
  id,
  archetype: 'foundation_builder',
  name: text(id),
  description: text(id),
  maxDifficulty,
  masterToAdvance,
  requiredSkills,
  estimatedWeeks: 4,
});

export const standing = (habitId: string, masteryPercent: number, streak = 0, attempts = 10): HabitStanding => ({
  habitId,
  strength: masteryPercent / 100,
  masteryPercent,
  attempts,
  successes: attempts,
  streak,
  longestStreak: streak,
  firstAttempt: '2026-03-01',
  lastAttempt: '2026-03-10',
});

export const LEVELS = [
  level('fb_expert', 10, 99, ['hike']),
  level('fb_starter', 3, 2, ['walk']),
  level('fb_builder', 6, 4, ['journal']),
  { ...level('pp_only', 10, 1), archetype: 'peak_performer' as const },
];

export const HABITS = [
  habit('water', 1),
  habit('stretch', 2),
  habit('walk', 3),
  habit('breathe', 2, { category: 'mindfulness' }),
  habit('long_walk', 5, { prerequisites: ['walk'] }),
  habit('squats', 4, { contraindications: ['knee_injury'] }),
  habit('journal', 4, { category: 'cognitive' }),
  habit('hike', 8),
  habit('sprints', 2, { archetypes: ['peak_performer'] }),
];
