import type { Today } from '../../api/contract/health';
import type { GoalHistory } from '../../api/contract/goals';
import type { Progress } from '../../api/contract/tracks';

/** What the person has done today, for Today's summary: each thing once, in the order of the cards above it. */
export interface DayDone {
  /** Titles of the goal's steps finished today. */
  steps: string[];
  /** Titles of the health tasks marked done or partly done today. */
  tasks: string[];
  /** Names of the recovery milestones reached today. */
  milestones: string[];
  /** How many recovery tracks had an action today. */
  practised: number;
}

/** The calendar day of an instant in a zone (undefined: the device's), as YYYY-MM-DD. */
export const dayOf = (at: number, zone: string | undefined): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * Today's doings from what the cards already read: the health plan (its own date), the goal's finished steps and
 * the recovery tracks' milestones and last activity, those two by the calendar day in the person's zone.
 */
export function dayDone(
  sources: { plan?: Today; history?: GoalHistory; progress?: Progress },
  now: number,
  zone: string | undefined,
): DayDone {
  const today = dayOf(now, zone);
  const isToday = (iso: string | null) => iso !== null && dayOf(Date.parse(iso), zone) === today;
  const tracks = Object.values(sources.progress?.tracks ?? {});
  return {
    steps: (sources.history?.steps ?? []).filter((step) => isToday(step.completed_at)).map((step) => step.text),
    tasks:
      sources.plan?.date === today
        ? sources.plan.tasks
            .filter((task) => task.outcome === 'done' || task.outcome === 'partial')
            .map((task) => task.archetype_specific_title || task.title)
        : [],
    milestones: tracks.flatMap((track) =>
      track.milestones.filter((milestone) => isToday(milestone.achieved_at)).map((milestone) => milestone.name),
    ),
    practised: tracks.filter((track) => isToday(track.last_activity)).length,
  };
}

/** Nothing done yet today. */
export const nothingYet = (done: DayDone) =>
  done.steps.length + done.tasks.length + done.milestones.length + done.practised === 0;
