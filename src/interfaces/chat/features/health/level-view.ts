import type { ProgressionView } from '../../../../services/health/health-services.js';
import type { Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';

/**
 * `/level`: where the person stands on their archetype's ladder — the level and the week, what is
 * mastered and in progress, what is ready for a harder version, what to try next, and the pace
 * (habits mastered a week), the level's required skills and what streaks opened; then the ladder itself,
 * the current level marked.
 */
export function renderLevel(turn: Turn, view: ProgressionView): Reply {
  const msg = turn.m;
  const names = new Map<string, string>();
  for (const level of view.levels) for (const habit of level.unlocked_habits) names.set(habit.habit_id, habit.name);
  for (const habit of view.habits) names.set(habit.habit_id, habit.name);
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);
  const current = view.levels.find((level) => level.current);
  const ladder = view.levels.map((level, i) => msg.healthLadderLine(i + 1, level.name, level.current));
  const sections = [
    msg.healthLevelHeader(view.current_level_name, view.weeks_in_system + 1),
    ...(current ? [current.description] : []),
    [
      msg.healthMastered(named(view.mastered_skills)),
      msg.healthInProgress(named(view.in_progress_skills)),
      ...(view.ready_for_advancement.length ? [msg.healthReadyToAdvance(named(view.ready_for_advancement))] : []),
      msg.healthNextRecommended(named(view.next_recommended_skills)),
      // The last level leads nowhere further: its skills are not shown as a way up.
      ...(current?.required_skills.length && current !== view.levels.at(-1)
        ? [msg.healthRequiredSkills(current.required_skills)]
        : []),
      ...(view.opened_by_streaks.length
        ? [msg.healthOpenedByStreaks(view.opened_by_streaks.map((habit) => habit.name))]
        : []),
      msg.healthVelocity(view.progression_velocity),
    ].join('\n'),
    [msg.healthLadderHeader(), ...ladder].join('\n'),
  ];
  return { text: sections.join('\n\n'), buttons: [[{ label: msg.healthButtonToday(), data: 'cmd:today' }]] };
}
