import type { Localized } from '../programs/program.js';

/**
 * The seed's EducationalContent (phase 8) as offline content (`content/health/education.yaml`): short
 * pieces on a topic, each with the public sources it rests on and the habits it explains. A task's
 * "how and why" links the pieces that name its habit.
 */

export const EDUCATION_TYPES = ['article', 'tip', 'guide', 'video'] as const;
export type EducationType = (typeof EDUCATION_TYPES)[number];

/** A public page the piece rests on (WHO, NHS, CDC, NIH…): its title and address. */
export interface EducationSource {
  title: string;
  url: string;
}

export interface EducationItem {
  id: string;
  /** What it is about, as a stable key (`sleep_timing`, `physical_activity`…); items are filtered by it. */
  topic: string;
  type: EducationType;
  title: Localized;
  body: Localized;
  sources: readonly EducationSource[];
  /** Habit ids it explains; each must exist, and every habit is named by at least one item. */
  relatedHabits: readonly string[];
  /** When it was last checked against its sources (YYYY-MM-DD). */
  updated: string;
}

/** The items that explain this habit, in file order. */
export const educationFor = (items: readonly EducationItem[], habitId: string): EducationItem[] =>
  items.filter((item) => item.relatedHabits.includes(habitId));
