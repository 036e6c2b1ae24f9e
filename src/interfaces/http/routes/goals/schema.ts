import { z } from 'zod';
import { GOAL_STATUSES, LIMITS } from '../../../../core/goals/model.js';
import { Safety } from '../common.schema.js';
import { ActionResult } from '../tracks/schema.js';

/**
 * Free text is bounded twice: this transport bound, then the goal's own limit (LIMITS), checked by
 * the service after the crisis screen — so a crisis written at length still gets help, not a 400.
 */
const RAW_TEXT_MAX = 10_000;
const text = (field: keyof typeof LIMITS, what: string) =>
  z
    .string()
    .min(1)
    .max(RAW_TEXT_MAX)
    .describe(`${what}; at most ${LIMITS[field]} characters (longer is refused with 400 after the crisis screen)`);

export const GoalJson = z.object({
  id: z.string(),
  number: z.number().int().describe('the goal’s number in creation order (1, 2, …): stable, as /goals shows it'),
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(GOAL_STATUSES).describe('one goal is active; step actions need it to be this one'),
  done_steps: z.number().int().describe('finished steps; there is never a total (the plan stays hidden)'),
  track: z.string().nullable().describe('`program:track` the goal’s finished steps move, if linked'),
  created_at: z.string(),
  updated_at: z.string(),
});

const StepJson = z.object({
  id: z.string(),
  text: z.string(),
  estimated_minutes: z.number().int().nullable(),
  rephrased: z.boolean().describe('true when it replaced a step the user asked to rephrase'),
  created_at: z.string(),
});

const QuestionJson = z.object({
  id: z.string(),
  text: z.string().describe('the question alone: its choices are in `choices`, never listed in the text'),
  choices: z
    .array(z.string())
    .describe('answers to offer as buttons (a typed answer works too); empty for an open question'),
});

const goalSafety = Safety.describe(
  'present only when the text signals a crisis: show this help first. Nothing was coached or saved from that text',
);

/** Where a goal stands: the one current step or question, never anything further along the path. */
export const GoalState = z.object({
  safety: goalSafety.optional(),
  goal: GoalJson,
  state: z
    .enum(['step', 'question', 'between', 'closed'])
    .describe('step: do it; question: answer it; between: ask for the next step; closed: completed or archived'),
  step: StepJson.nullable().describe('the current step (state `step`)'),
  question: QuestionJson.nullable().describe('the coach’s question waiting for an answer (state `question`)'),
});

export const DoneState = GoalState.extend({
  done_step: z.object({ id: z.string(), text: z.string(), completed_at: z.string() }),
  undo_until: z.string().describe('POST …/step/undo takes this step back until then'),
  track: ActionResult.nullable().describe('what the step moved on the goal’s linked track, if any'),
});

export const UndoneState = GoalState.extend({
  discarded: z.boolean().describe('true when the next step (or question) given after it was discarded'),
});

export const CrisisOnly = z.object({ safety: goalSafety });
/**
 * Help for the person's own words (a new goal, an answer, a comment), whether they may say it is not about their
 * safety, and whether they said so of an imminent finding, which asks once more.
 */
export const NewGoalCrisis = CrisisOnly.extend({
  may_set_aside: z
    .boolean()
    .describe(
      'true when the person may answer "this is not about my safety": send the same words again with `not_a_crisis`',
    ),
  must_confirm_safe: z
    .boolean()
    .describe(
      'true when `not_a_crisis` was sent for an `imminent` finding (a plan, a means at hand), which takes two answers: show this help once more and ask explicitly "I am safe, this is about something else"; only the same words sent with `confirm_safe: true` go on',
    ),
});

const notACrisis = z
  .boolean()
  .optional()
  .describe(
    'the person saw the crisis reply to these words and said it is not about their safety (`may_set_aside`); enough for a `concern` or `child` finding, while an `imminent` one answers `must_confirm_safe`',
  );
const confirmSafe = z
  .boolean()
  .optional()
  .describe(
    'the second answer an `imminent` finding takes (`must_confirm_safe`): shown the help once more, the person confirmed "I am safe, this is about something else" (it says `not_a_crisis` too). Send it only after asking that question',
  );

export const History = z.object({
  goal: GoalJson,
  total: z.number().int().describe('how many steps are finished'),
  steps: z.array(
    z.object({
      number: z.number().int().describe('1 for the first step finished'),
      text: z.string(),
      completed_at: z.string(),
    }),
  ),
});

export const HistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const Goals = z.object({ goals: z.array(GoalJson) });

export const NewGoalBody = z.strictObject({
  title: text('title', 'the goal in a few words'),
  description: text('description', 'why it matters, where you are now').optional(),
  not_a_crisis: notACrisis,
  confirm_safe: confirmSafe,
});
export const RephraseBody = z.strictObject({
  comment: text('comment', 'what is wrong with the current step'),
  not_a_crisis: notACrisis,
  confirm_safe: confirmSafe,
});
export const AnswerBody = z.strictObject({
  answer: text('answer', 'the answer to the coach’s question'),
  not_a_crisis: notACrisis,
  confirm_safe: confirmSafe,
});
/**
 * Actions that take no input: no body at all (it reaches validation as null), or `{}`; unknown
 * fields are still refused, so a typo is not silently ignored.
 */
export const NoBody = z.strictObject({}).nullish();
