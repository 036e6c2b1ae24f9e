import { ruledOutByNotes } from '../../core/health/health-notes.js';
import type { Archetype, HabitDef, StreakDays } from '../../core/health/model.js';
import type { Localized } from '../../core/programs/program.js';

/**
 * What a streak bonus says to someone it opens nothing for: recognition of the streak, never a
 * promise. The content's own texts of that kind read the same way (`content/health/habits/`).
 */
export const BONUS_RECOGNITION: Readonly<Record<StreakDays, Localized>> = {
  '7': { en: "That's a real rhythm now.", ru: 'Ритм уже есть.' },
  '14': { en: 'Two weeks: this is becoming part of your days.', ru: 'Две недели: это становится частью твоих дней.' },
  '30': { en: 'A month: this one is yours now.', ru: 'Месяц: теперь это твоё.' },
};

/** Whom a bonus is read by: their archetype and health notes decide what it can open for them. */
export interface BonusReader {
  archetype: Archetype;
  notes: readonly string[];
}

/**
 * A habit's bonus for `days` as this person should read it: the habit it opens for them (one of their
 * archetype that their notes allow — the plan's own rule, so it really appears), and its text; a
 * bonus naming a habit that is not theirs to open reads as recognition instead of its "Unlock".
 */
export function bonusFor(
  habit: HabitDef,
  days: StreakDays,
  reader: BonusReader,
  habits: readonly HabitDef[],
): { text: Localized; opens: HabitDef | undefined } {
  const bonus = habit.streakBonuses[days];
  if (bonus.habit === undefined) return { text: bonus, opens: undefined };
  const opens = habits.find(
    (candidate) =>
      candidate.id === bonus.habit &&
      candidate.archetypes.includes(reader.archetype) &&
      !ruledOutByNotes(candidate, reader.notes),
  );
  return { text: opens ? bonus : BONUS_RECOGNITION[days], opens };
}

/** All three of a habit's bonuses as this person reads them. */
export const bonusTextsFor = (
  habit: HabitDef,
  reader: BonusReader,
  habits: readonly HabitDef[],
): Readonly<Record<StreakDays, Localized>> => ({
  '7': bonusFor(habit, '7', reader, habits).text,
  '14': bonusFor(habit, '14', reader, habits).text,
  '30': bonusFor(habit, '30', reader, habits).text,
});
