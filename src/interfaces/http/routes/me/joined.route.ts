import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { HealthServices } from '../../../../services/health/health-services.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded } from '../common.schema.js';

const RECOVERY = 'recovery';

const Joined = z.object({
  goals: z.number().int().describe('how many goals the person has, open or closed'),
  active_goal: z.string().nullable().describe('the id of the active goal, or null'),
  recovery: z.boolean().describe('enrolled in the recovery program'),
  recovery_open: z
    .boolean()
    .describe('the recovery program may be joined (false: the track system is off for this person)'),
  health: z.boolean().describe('the health program is set up (an archetype is chosen, so there is a plan)'),
});

export interface JoinedDeps {
  goals: Pick<GoalServices, 'listGoals'>;
  tracks: Pick<TrackServices, 'enabledFor' | 'listPrograms'>;
  health: Pick<HealthServices, 'profile'>;
}

/**
 * `GET /api/me/joined`: what the person has joined, in one read. The web app's home asks it first
 * to choose between the welcome and Today; asking each program instead would answer "not joined" with
 * a 409, which the browser reports as a failed request.
 */
export const joinedRoute: FastifyPluginAsyncZod<JoinedDeps> = async (http, { goals, tracks, health }) => {
  http.get(
    '/api/me/joined',
    {
      schema: {
        ...guarded('me'),
        summary: 'What the signed-in person has joined: goals, the recovery program, the health plan',
        response: { 200: Joined, ...errors },
      },
    },
    async (req) => {
      const me = caller(req).id;
      // With the track system off for this person, the recovery program is not open to them at all.
      const open = tracks.enabledFor(me);
      const [list, programs, profile] = await Promise.all([
        goals.listGoals(me),
        open ? tracks.listPrograms(me) : [],
        health.profile(me),
      ]);
      return {
        goals: list.length,
        active_goal: list.find((item) => item.goal.status === 'active')?.goal.id ?? null,
        recovery: programs.some((entry) => entry.program.id === RECOVERY && entry.enrolled),
        recovery_open: open,
        health: profile.archetype !== null,
      };
    },
  );
};
