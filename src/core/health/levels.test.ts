import { describe, expect, it } from 'vitest';
import { levelOfDay } from './levels.js';
import { HABITS, LEVELS, standing } from '../../../test/factories/health-ladder.js';
import type { HabitStanding } from './model.js';

const dayLevel = (previous: string | undefined, standings: HabitStanding[], notes: string[] = []) =>
  levelOfDay({ archetype: 'foundation_builder', levels: LEVELS, habits: HABITS, standings, notes }, previous).level.id;

const mastered = (...ids: string[]) => ids.map((id) => standing(id, 90));

describe('levels are entered in order', () => {
  it('starts every first plan on the first level, however much is mastered', () => {
    expect(dayLevel(undefined, mastered('water', 'stretch', 'walk', 'journal', 'hike'))).toBe('fb_starter');
    // A level from another ladder (the archetype was changed) starts over too.
    expect(dayLevel('pp_only', mastered('water', 'stretch', 'walk'))).toBe('fb_starter');
  });

  it('moves up one level a day at most, from the one before', () => {
    const everything = mastered('water', 'stretch', 'walk', 'breathe', 'journal', 'long_walk', 'hike');
    expect(dayLevel('fb_starter', everything)).toBe('fb_builder');
    expect(dayLevel('fb_builder', everything)).toBe('fb_expert');
    expect(dayLevel('fb_expert', everything)).toBe('fb_expert');
  });

  it('never moves up on easy habits alone: the level’s required skills must be mastered', () => {
    // Four easy habits mastered meet the builder's count, but not its own skill (journal).
    const easy = mastered('water', 'stretch', 'walk', 'breathe');
    expect(dayLevel('fb_builder', easy)).toBe('fb_builder');
    expect(dayLevel('fb_starter', mastered('water', 'stretch'))).toBe('fb_starter'); // walk is required
    expect(dayLevel('fb_starter', mastered('water', 'walk'))).toBe('fb_builder');
  });

  it('replaces a required skill the health notes rule out with another mastered habit of its band', () => {
    const levels = LEVELS.map((level) =>
      level.id === 'fb_builder' ? { ...level, requiredSkills: ['squats'] } : level,
    );
    const input = (standings: HabitStanding[]) => ({
      archetype: 'foundation_builder' as const,
      levels,
      habits: HABITS,
      standings,
      notes: ['knee_injury'],
    });
    const base = mastered('water', 'stretch', 'walk', 'breathe');
    expect(levelOfDay(input(base), 'fb_builder').level.id).toBe('fb_builder');
    expect(levelOfDay(input([...base, standing('journal', 85)]), 'fb_builder').level.id).toBe('fb_expert');
  });
});
