import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNDO_WINDOW_MS } from '../../../../core/goals/undo.js';
import type { CoachingOutcome } from '../../../../services/goals/outcomes.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, IdParams, LangQuery, localeOf } from '../common.schema.js';
import { presentAction } from '../tracks/present-action.js';
import { onGoal, undoRefused } from './goal-problems.js';
import type { GoalRouteDeps } from './goals.route.js';
import { crisisJson, goalState, saidOf } from './present.js';
import { AnswerBody, DoneState, GoalState, NewGoalCrisis, NoBody, RephraseBody, UndoneState } from './schema.js';
import { isoTime } from '../../../../core/iso-time.js';

type StepHttp = Parameters<FastifyPluginAsyncZod>[0];
type StepDeps = GoalRouteDeps & { tracks: Pick<TrackServices, 'completeGoalStep'> };

const ACTIVE_ONLY =
  'Step actions need the goal to be the active one (one goal at a time, as in the chat): a paused goal is 409 `goal_paused` (POST …/activate first), a closed one 409 `goal_closed`.';

/**
 * `/api/goals/{id}/step…` and `/clarification`: the current step and what the chat's /done, /next,
 * /rephrase, /undo and answers do — through the same services, so the same rules hold. Every answer
 * shows the goal's current step or question and nothing further along the path.
 */
export const stepRoutes: FastifyPluginAsyncZod<StepDeps> = async (http, deps) => {
  const { goals } = deps;
  http.get(
    '/api/goals/:id/step',
    {
      schema: {
        ...guarded('goals'),
        summary: 'Where the goal stands: its current step, the coach’s question, or between steps',
        params: IdParams,
        response: { 200: GoalState, ...errors },
      },
    },
    async (req) => goalState(await goals.goalView(caller(req).id, req.params.id)),
  );
  doneRoute(http, deps);
  undoRoute(http, deps);
  coachingRoute(
    http,
    deps,
    { path: 'step/next', summary: 'Ask for the next step (after the current one is done)' },
    NoBody,
    (userId, id) => goals.nextStep(userId, id),
  );
  coachingRoute(
    http,
    deps,
    { path: 'step/rephrase', summary: 'Another step at the same level, given what is wrong with this one' },
    RephraseBody,
    (userId, id, body) => goals.rephraseStep(userId, body.comment, id, saidOf(body)),
  );
  coachingRoute(
    http,
    deps,
    { path: 'clarification', summary: 'Answer the coach’s question; answers with a step or another question' },
    AnswerBody,
    (userId, id, body) => goals.answerClarification(userId, body.answer, id, saidOf(body)),
  );
};

function doneRoute(http: StepHttp, { goals, tracks }: StepDeps): void {
  http.post(
    '/api/goals/:id/step/done',
    {
      schema: {
        ...guarded('goals'),
        summary: 'Mark the current step done; a goal linked to a track moves it in the same transaction',
        description: `${ACTIVE_ONLY} The next step comes only when asked for (…/step/next).`,
        params: IdParams,
        querystring: LangQuery,
        body: NoBody,
        response: { 200: DoneState, ...errors },
      },
    },
    async (req) => {
      const me = caller(req);
      const { id } = req.params;
      return onGoal(id, async () => {
        // The chat's /done on the named goal (refused unless it is the active one, checked inside the
        // transaction): the step and its linked track's move commit together (services/tracks/complete-goal-step.ts).
        const done = await tracks.completeGoalStep(me.id, id);
        const completedAt = done.step.completedAt!; // set by completeStep, always
        return {
          ...goalState(await goals.viewAfterDone(done)),
          done_step: { id: done.step.id, text: done.step.text, completed_at: isoTime(completedAt) },
          undo_until: isoTime(new Date(completedAt.getTime() + UNDO_WINDOW_MS)),
          track: done.track ? presentAction(done.track, localeOf(req, req.query.lang)) : null,
        };
      });
    },
  );
}

function undoRoute(http: StepHttp, { goals }: StepDeps): void {
  http.post(
    '/api/goals/:id/step/undo',
    {
      schema: {
        ...guarded('goals'),
        summary: `Take back the last finished step within ${UNDO_WINDOW_MS / 60_000} minutes: it is the current step again`,
        description:
          `${ACTIVE_ONLY} A next step (or question) given after it and not acted on is discarded. Refused with 409: ` +
          '`undo_nothing` (no finished step), `undo_too_late`, `undo_track_moved` (it moved a linked track, and track progress never goes back), ' +
          '`undo_moved_on` (the next step was rephrased or a question answered).',
        params: IdParams,
        body: NoBody,
        response: { 200: UndoneState, ...errors },
      },
    },
    async (req) => {
      const me = caller(req);
      const { id } = req.params;
      return onGoal(id, async () => {
        const outcome = await goals.undoStep(me.id, { goalId: id });
        if (outcome.kind === 'refused') throw undoRefused(outcome.reason);
        return { ...goalState(await goals.goalView(me.id, id)), discarded: outcome.discarded };
      });
    },
  );
}

/** next, rephrase and an answer: the coach's step or question; a crisis in the text gets help alone. */
function coachingRoute<Body extends z.ZodType>(
  http: StepHttp,
  { goals, safety }: StepDeps,
  { path, summary }: { path: string; summary: string },
  body: Body,
  run: (userId: string, goalId: string, body: z.output<Body>) => Promise<CoachingOutcome>,
): void {
  http.post(
    `/api/goals/:id/${path}`,
    {
      schema: {
        ...guarded('goals'),
        summary,
        description: `${ACTIVE_ONLY} Text is screened for crisis language first: then nothing changes and the answer is \`safety\` (the help to show) and \`may_set_aside\`. When that is true and the person says the words are not about their safety, the same text sent with \`not_a_crisis: true\` goes on — for an \`imminent\` finding, the help comes again with \`must_confirm_safe\`, and only \`confirm_safe: true\` lets the text on.`,
        params: IdParams,
        querystring: LangQuery,
        body,
        response: { 200: z.union([GoalState, NewGoalCrisis]), ...errors },
      },
    },
    async (req) => {
      const me = caller(req);
      const { id } = req.params;
      return onGoal(id, async () => {
        // Validated against `body` already; the type provider cannot follow a generic schema.
        const outcome = await run(me.id, id, req.body as z.output<Body>);
        if (outcome.kind === 'crisis') return crisisJson(safety, outcome, localeOf(req, req.query.lang));
        return goalState(await goals.goalView(me.id, id), outcome);
      });
    },
  );
}
