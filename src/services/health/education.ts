// The educational content (`content/health/education.yaml`) as the API serves it: all of it, by habit or topic, or one piece.
import { StepwiseError } from '../../core/errors.js';
import type { Locale } from '../../core/goals/model.js';
import type { EducationItem } from '../../core/health/education.js';
import type { HealthPack } from '../../core/health/pack.js';
import { say } from './health-texts.js';
import { type RelatedContent, relatedContent } from './present-education.js';

/** One piece in the person's language, with the habits it explains. */
export interface EducationView extends RelatedContent {
  related_habits: Array<{ habit_id: string; name: string }>;
}

export interface EducationFilter {
  /** Only the pieces that explain this habit. */
  habit?: string;
  /** Only the pieces on this topic. */
  topic?: string;
}

/** Every piece (in file order) that passes the filter; an unknown habit is refused, not answered with nothing. */
export function educationList(
  pack: Pick<HealthPack, 'education' | 'habits'>,
  locale: Locale,
  filter: EducationFilter = {},
): EducationView[] {
  const { habit, topic } = filter;
  if (habit !== undefined && !pack.habits.some((known) => known.id === habit))
    throw new StepwiseError('invalid_input', `habit: no habit "${habit}" in the health program`, { field: 'habit' });
  return pack.education
    .filter(
      (item) => (habit === undefined || item.relatedHabits.includes(habit)) && (topic ?? item.topic) === item.topic,
    )
    .map((item) => view(pack, item, locale));
}

/** One piece by its id (`education_not_found` when there is none). */
export function educationItem(
  pack: Pick<HealthPack, 'education' | 'habits'>,
  id: string,
  locale: Locale,
): EducationView {
  const item = pack.education.find((candidate) => candidate.id === id);
  if (!item) throw new StepwiseError('education_not_found', `no education item ${id}`, { education_id: id });
  return view(pack, item, locale);
}

function view(pack: Pick<HealthPack, 'habits'>, item: EducationItem, locale: Locale): EducationView {
  const names = new Map(pack.habits.map((habit) => [habit.id, habit.name]));
  return {
    ...relatedContent(item, locale),
    related_habits: item.relatedHabits.map((id) => ({ habit_id: id, name: say(names.get(id)!, locale) })),
  };
}
