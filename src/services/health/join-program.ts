import type { HealthDeps, UserId } from './deps.js';
import { HEALTH_PROGRAM } from './mark-task.js';

/**
 * Joins the `health` program on the track engine, as `/health` does in the bot: whoever starts the
 * plan from the web or the API (the quiz taken, or an archetype chosen) is enrolled too, so their
 * first marks move the health tracks instead of silently earning nothing. Enrolling again changes
 * nothing; with the track system off for the person, or without the program, there is nothing to join.
 */
export async function joinHealthProgram(deps: Pick<HealthDeps, 'tracks'>, userId: UserId): Promise<void> {
  const { tracks } = deps;
  if (tracks?.enabledFor(userId) && tracks.program(HEALTH_PROGRAM)) await tracks.enroll(userId, HEALTH_PROGRAM);
}
