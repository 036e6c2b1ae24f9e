import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { SafetyTexts } from '../../../../content/load-safety-texts.js';
import { caller } from '../../auth/guard.js';
import { HttpProblem } from '../../error-handler.js';
import { errors, guarded, IdParams, LangQuery, localeOf } from '../common.schema.js';
import { onGoal } from './goal-problems.js';
import { crisisJson, goalJson, goalState, saidOf } from './present.js';
import { Goals, GoalState, History, HistoryQuery, NewGoalBody, NewGoalCrisis, NoBody } from './schema.js';
import { isoTime } from '../../../../core/iso-time.js';

type GoalHttp = Parameters<FastifyPluginAsyncZod>[0];
export interface GoalRouteDeps {
  goals: GoalServices;
  safety: SafetyTexts;
}

/**
 * `/api/goals`: the personal goals, through the same services as the chat, so the rules are the
 * chat's: one active goal, one step at a time, the path ahead never shown. Step actions live in
 * steps.route.ts.
 */
export const goalRoutes: FastifyPluginAsyncZod<GoalRouteDeps> = async (http, deps) => {
  listAndCreate(http, deps);
  for (const [verb, summary] of [
    ['activate', 'Make this goal the active one (the active goal until now is paused), as /switch does'],
    ['complete', 'Mark the goal achieved: it gets no more steps until reopened'],
    ['archive', 'Put the goal away: its steps are kept; reopen brings it back'],
    ['reopen', 'Bring a completed or archived goal back as the active goal, with its history'],
  ] as const)
    statusRoute(http, deps, verb, summary);
  historyRoute(http, deps);
};

function listAndCreate(http: GoalHttp, { goals, safety }: GoalRouteDeps): void {
  http.get(
    '/api/goals',
    {
      schema: {
        ...guarded('goals'),
        summary: 'The user’s goals in creation order (their numbers), each with its count of finished steps',
        response: { 200: Goals, ...errors },
      },
    },
    async (req) => {
      const items = await goals.listGoals(caller(req).id);
      return { goals: items.map((item) => ({ ...goalJson(item.goal, item.doneSteps), number: item.number })) };
    },
  );

  http.post(
    '/api/goals',
    {
      schema: {
        ...guarded('goals'),
        summary: 'Create a goal; it becomes the active one and answers with its first step or a question (201)',
        description:
          'The title and description are screened for crisis language first: then nothing is created and the answer is 200 with `safety` (the help to show) and `may_set_aside`. When that is true and the person says the words are not about their safety, the same goal sent with `not_a_crisis: true` is created — unless the finding is `imminent` (a plan, a means at hand): then the answer is the help again with `must_confirm_safe`, and only the same goal sent with `confirm_safe: true`, after the person confirmed "I am safe, this is about something else", is created.',
        querystring: LangQuery,
        body: NewGoalBody,
        response: { 200: NewGoalCrisis, 201: GoalState, ...errors },
      },
    },
    async (req, reply) => {
      const me = caller(req);
      const { title, description } = req.body;
      const outcome = await goals.createGoal(me.id, { title, description, ...saidOf(req.body) });
      if (outcome.kind === 'crisis')
        return reply.code(200).send(crisisJson(safety, outcome, localeOf(req, req.query.lang)));
      const view = await goals.goalView(me.id, outcome.goal.id);
      return reply.code(201).send(goalState(view, outcome));
    },
  );
}

/** activate, complete, archive, reopen: each answers with where the goal stands afterwards. */
function statusRoute(
  http: GoalHttp,
  { goals }: GoalRouteDeps,
  verb: 'activate' | 'complete' | 'archive' | 'reopen',
  summary: string,
): void {
  http.post(
    `/api/goals/:id/${verb}`,
    {
      schema: {
        ...guarded('goals'),
        summary,
        params: IdParams,
        body: NoBody,
        response: { 200: GoalState, ...errors },
      },
    },
    async (req) => {
      const me = caller(req);
      const { id } = req.params;
      return onGoal(id, async () => {
        if (verb === 'activate') await goals.switchGoal(me.id, id);
        else if (verb === 'reopen') {
          const outcome = await goals.reopenGoal(me.id, id);
          if (outcome.kind === 'not_closed')
            throw new HttpProblem(409, 'goal_not_closed', `this goal is ${outcome.goal.status}, not closed`);
        } else await goals.closeGoal(me.id, id, verb === 'complete' ? 'completed' : 'archived');
        return goalState(await goals.goalView(me.id, id));
      });
    },
  );
}

function historyRoute(http: GoalHttp, { goals }: GoalRouteDeps): void {
  http.get(
    '/api/goals/:id/history',
    {
      schema: {
        ...guarded('goals'),
        summary: 'The goal’s finished steps in the order they were done (any status); never a step still to come',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: History, ...errors },
      },
    },
    async (req) => {
      const { goal, steps } = await goals.goalHistory(caller(req).id, req.params.id);
      const { limit, offset } = req.query;
      return {
        goal: goalJson(goal, steps.length),
        total: steps.length,
        steps: steps.slice(offset, offset + limit).map((step, i) => ({
          number: offset + i + 1,
          text: step.text,
          completed_at: isoTime(step.completedAt ?? step.createdAt),
        })),
      };
    },
  );
}
