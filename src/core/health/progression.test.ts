import { describe, expect, it } from 'vitest';
import { habit, HABITS, LEVELS, standing, text } from '../../../test/factories/health-ladder.js';
import type { HabitStanding } from './model.js';
import { assessProgression, openHabits, scalingLevel } from './progression.js';

const assess = (standings: HabitStanding[], notes: string[] = [], weeksInSystem = 4, levelId = 'fb_starter') =>
  assessProgression({
    archetype: 'foundation_builder',
    levels: LEVELS,
    habits: HABITS,
    standings,
    notes,
    weeksInSystem,
    levelId,
  });

describe('progression', () => {
  it('starts a newcomer on the gentlest level with the easiest open habits', () => {
    const progression = assess([]);
    expect(progression.currentLevel.id).toBe('fb_starter');
    expect(progression.levelIndex).toBe(0);
    expect(progression.nextRecommended).toEqual(['water', 'stretch', 'breathe']);
    expect(progression).toMatchObject({ mastered: [], inProgress: [], readyForAdvancement: [], velocity: 0 });
  });

  it('reports the level of the day it is given, whatever was mastered', () => {
    const four = assess(
      ['water', 'stretch', 'walk', 'journal'].map((id) => standing(id, 90)),
      [],
      4,
      'fb_builder',
    );
    expect(four.currentLevel.id).toBe('fb_builder');
    expect(four.levelIndex).toBe(1);
    expect(four.velocity).toBe(1);
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

  it('never lists a habit the health notes rule out, as the plan never gives it', () => {
    const withKnee = assess([], ['knee_injury']).unlockedByLevel.flatMap((rung) => rung.habitIds);
    expect(withKnee).not.toContain('squats');
    expect(withKnee).toContain('journal');
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
        levelId: 'ce_any',
      }),
    ).toThrow(/no levels/);
    expect(assess([standing('water', 90)], [], 0).velocity).toBe(1);
    expect(scalingLevel(standing('water', 45))).toBe('intermediate');
  });
});
