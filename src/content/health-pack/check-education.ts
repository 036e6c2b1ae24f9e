// Checks of `education.yaml` against the habits: every item explains habits that exist, every habit has an item.
import type { EducationItem } from '../../core/health/education.js';
import type { HabitDef } from '../../core/health/model.js';
import { duplicates } from './check-frames.js';
import { FILES } from './files.js';

/**
 * Ids are unique, each related habit exists, and every habit of the repertoire is explained by at least
 * one item — a task's "how and why" always has something to link to.
 */
export function checkEducation(items: readonly EducationItem[], habits: readonly HabitDef[]): string[] {
  const file = FILES.education;
  const problems = duplicates(
    file,
    items.map((item) => item.id),
  );
  const known = new Set(habits.map((habit) => habit.id));
  for (const item of items) {
    problems.push(...duplicates(`${file}: ${item.id}.relatedHabits`, item.relatedHabits));
    for (const id of item.relatedHabits)
      if (!known.has(id)) problems.push(`${file}: ${item.id}.relatedHabits: unknown habit "${id}"`);
  }
  const explained = new Set(items.flatMap((item) => item.relatedHabits));
  for (const habit of habits)
    if (!explained.has(habit.id)) problems.push(`${file}: no item explains the habit "${habit.id}"`);
  return problems;
}
