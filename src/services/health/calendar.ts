import ical from 'ical-generator';
import { addDays } from '../../core/health/clock.js';
import { stableHash } from '../../core/health/plan.js';
import type { StoredDayPlan } from '../../core/health/stores.port.js';
import type { HealthDeps, UserId } from './deps.js';
import { CALENDAR_NAME, fill, MINUTES, say } from './health-texts.js';
import { modeFor, readHistory, standingsAt } from './history.js';
import { buildPlan, planDayOf, previousLevelOf, type ReadyProfile, templateOf } from './plan-day.js';

/** How many days the feed covers, today's plan day included. */
export const CALENDAR_DAYS = 7;

/**
 * The calendar feed behind a secret URL: the fitted blocks of the coming seven days, each an event
 * in UTC with its tasks in the description. Today is the stored plan when it was seen; the other
 * days are built by the same deterministic planner from today's standings and not stored (they are
 * a forecast: each is fixed only when its day comes). Undefined for an unknown secret.
 */
export async function icsFeed(deps: HealthDeps, secret: string, now?: Date): Promise<string | undefined> {
  const profile = await deps.store.byIcsSecret(secret);
  if (!profile) return undefined;
  const user = await deps.users.byId(profile.userId);
  const locale = user?.locale ?? 'en';
  const calendar = ical({ name: say(CALENDAR_NAME, locale), prodId: { company: 'Stepwise', product: 'health-plan' } });
  if (!profile.archetype) return calendar.toString();
  const ready = profile as ReadyProfile;
  const at = now ?? deps.clock.now();
  const first = planDayOf(ready, at);
  const history = await readHistory(deps, profile.userId);
  const standings = standingsAt(history, first, false);
  const owner = stableHash(profile.userId).toString(36);
  for (let offset = 0; offset < CALENDAR_DAYS; offset += 1) {
    const date = addDays(first, offset);
    const plan =
      history.plans.find((stored) => stored.date === date) ??
      buildPlan(deps, ready, date, modeFor(ready, history.logs, date), standings, previousLevelOf(history.plans, date));
    for (const event of eventsOf(deps, plan, locale))
      calendar.createEvent({ ...event, id: `${owner}-${event.id}`, stamp: at });
  }
  return calendar.toString();
}

function eventsOf(deps: HealthDeps, plan: StoredDayPlan, locale: 'en' | 'ru') {
  const template = templateOf(deps, plan.archetype, plan.mode);
  const habits = new Map(deps.pack.habits.map((habit) => [habit.id, habit]));
  return plan.blocks.flatMap((stored) => {
    const block = template?.blocks.find((candidate) => candidate.id === stored.blockId);
    if (!block) return [];
    const tasks = stored.tasks.flatMap(({ habitId }) => {
      const habit = habits.get(habitId);
      return habit
        ? [`• ${say(habit.name, locale)} (${fill(say(MINUTES, locale), { n: habit.durationMinutes })})`]
        : [];
    });
    return [
      {
        id: `${plan.date}-${stored.blockId}@stepwise`,
        start: new Date(stored.start),
        end: new Date(stored.end),
        summary: say(block.archetypeTitle, locale),
        description: [say(block.messaging, locale), ...tasks].join('\n'),
      },
    ];
  });
}

/**
 * A new calendar secret: the old URL stops working at once. The profile is created if needed, so
 * the URL can be made before the archetype is chosen (the feed is empty until then).
 */
export async function rotateCalendarSecret(deps: HealthDeps, userId: UserId): Promise<string> {
  const secret = deps.secrets.next();
  await deps.store.saveProfile(userId, { icsSecret: secret }, deps.clock.now());
  return secret;
}
