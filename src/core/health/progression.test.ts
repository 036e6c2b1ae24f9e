import { describe, expect, it } from 'vitest';
import type { HabitDef, HabitStanding, LevelDef } from './model.js';
import { assessProgression, openHabits, scalingLevel } from './progression.js';

const text = (en: string) => ({ en, ru: en });

const habit = (id: string, difficulty: number, over: Partial<HabitDef> = {}): HabitDef =>
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

const level = (id: string, maxDifficulty: number, masterToAdvance: number): LevelDef => ({
  id,
  archetype: 'foundation_builder',
  name: text(id),
  description: text(id),
  maxDifficulty,
  masterToAdvance,
  estimatedWeeks: 4,
});

const standing = (habitId: string, masteryPercent: number, streak = 0, attempts = 10): HabitStanding => ({
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

const LEVELS = [
  level('fb_expert', 10, 99),
  level('fb_starter', 3, 2),
  level('fb_builder', 6, 4),
  { ...level('pp_only', 10, 1), archetype: 'peak_performer' as const },
];

const HABITS = [
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

const assess = (standings: HabitStanding[], notes: string[] = [], weeksInSystem = 4) =>
  assessProgression({
    archetype: 'foundation_builder',
    levels: LEVELS,
    habits: HABITS,
    standings,
    notes,
    weeksInSystem,
  });

describe('progression', () => {
  it('starts a newcomer on the gentlest level with the easiest open habits', () => {
    const progression = assess([]);
    expect(progression.currentLevel.id).toBe('fb_starter');
    expect(progression.levelIndex).toBe(0);
    expect(progression.nextRecommended).toEqual(['water', 'stretch', 'breathe']);
    expect(progression).toMatchObject({ mastered: [], inProgress: [], readyForAdvancement: [], velocity: 0 });
  });

  it('moves up once enough habits are mastered, counting them cumulatively', () => {
    const two = assess([standing('water', 85), standing('stretch', 80)]);
    expect(two.currentLevel.id).toBe('fb_builder');
    const four = assess(['water', 'stretch', 'walk', 'journal'].map((id) => standing(id, 90)));
    expect(four.currentLevel.id).toBe('fb_expert');
    expect(four.velocity).toBe(1);
    // A habit of another archetype does not count toward this ladder.
    expect(assess([standing('water', 85), standing('sprints', 95)]).currentLevel.id).toBe('fb_starter');
  });

  it('sorts standings into mastered, in progress and ready for the next scaling level', () => {
    const progression = assess([
      standing('water', 82),
      standing('stretch', 65, 9),
      standing('walk', 65, 3),
      standing('breathe', 25, 10),
      standing('journal', 10),
    ]);
    expect(progression.mastered).toEqual(['water']);
    expect(progression.inProgress).toEqual(['stretch', 'walk', 'breathe']);
    expect(progression.readyForAdvancement).toEqual(['stretch']);
    expect(progression.nextRecommended).toEqual([]); // everything open at the first level is started
  });

  it('gates habits by level, prerequisites and declared health notes', () => {
    const builder = LEVELS[2]!;
    const open = (standings: HabitStanding[], notes: string[] = []) =>
      openHabits({ archetype: 'foundation_builder', habits: HABITS, level: builder, standings, notes }).map(
        (entry) => entry.id,
      );
    expect(open([])).toEqual(['water', 'stretch', 'walk', 'breathe', 'squats', 'journal']);
    expect(open([standing('walk', 80)])).toContain('long_walk');
    expect(open([standing('walk', 79)])).not.toContain('long_walk');
    expect(open([], ['knee_injury'])).not.toContain('squats');
  });

  it('opens the habit a streak bonus names once the best streak reaches it, never past a health note', () => {
    const trail = habit('trail_run', 9, { prerequisites: ['hike'], contraindications: ['knee_injury'] });
    const walkOpensTrail = [...HABITS, trail].map((entry) =>
      entry.id === 'walk'
        ? { ...entry, streakBonuses: { ...entry.streakBonuses, '14': { ...text('trail'), habit: 'trail_run' } } }
        : entry,
    );
    const open = (standings: HabitStanding[], notes: string[] = []) =>
      openHabits({ archetype: 'foundation_builder', habits: walkOpensTrail, level: LEVELS[1]!, standings, notes }).map(
        (entry) => entry.id,
      );
    expect(open([standing('walk', 60, 13)])).not.toContain('trail_run');
    expect(open([standing('walk', 60, 14)])).toContain('trail_run');
    // Earned is earned: a later break in the streak does not close it again.
    expect(open([{ ...standing('walk', 60, 2), longestStreak: 20 }])).toContain('trail_run');
    expect(open([standing('walk', 60, 14)], ['knee_injury'])).not.toContain('trail_run');
  });

  it('lists what each level unlocks, by difficulty band', () => {
    expect(assess([]).unlockedByLevel).toEqual([
      { levelId: 'fb_starter', habitIds: ['water', 'stretch', 'walk', 'breathe'] },
      { levelId: 'fb_builder', habitIds: ['long_walk', 'squats', 'journal'] },
      { levelId: 'fb_expert', habitIds: ['hike'] },
    ]);
  });

  it('refuses an archetype with no levels and counts at least one week', () => {
    expect(() =>
      assessProgression({
        archetype: 'connected_explorer',
        levels: LEVELS,
        habits: HABITS,
        standings: [],
        notes: [],
        weeksInSystem: 0,
      }),
    ).toThrow(/no levels/);
    expect(assess([standing('water', 90)], [], 0).velocity).toBe(1);
    expect(scalingLevel(standing('water', 45))).toBe('intermediate');
  });
});
