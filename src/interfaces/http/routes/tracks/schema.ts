import { z } from 'zod';
import { CREDIT_VERDICTS } from '../../../../core/tracks/credit.js';
import { PHASES } from '../../../../core/tracks/model.js';

/**
 * How to act on a next action: every one can be started (an exercise), recorded (a self-reported
 * action), or done from the day's plan (the health program).
 */
const NextStart = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('exercise'), exercise: z.string() }),
    z.object({ kind: z.literal('log'), action_type: z.string() }),
    z.object({ kind: z.literal('plan') }),
  ])
  .describe(
    'exercise: start it with GET /api/exercises and finish it with POST /api/exercises/{exercise}/entries; ' +
      'log: record it (done outside the app) with POST /api/tracks/actions {"action_type"}; ' +
      'plan: mark the habit in today’s plan (GET /api/health/plan/today)',
  );

export const NextAction = z.object({
  id: z.string(),
  track: z.string(),
  suggestion: z.string(),
  technique: z.string().nullable().describe('the exercise to start, if any'),
  how: NextStart,
  estimated_time: z.string(),
  minutes: z.number(),
  reason: z.enum(['rule', 'idle', 'stuck', 'llm']),
  note: z.string().optional(),
});

const TrackView = z.object({
  track: z.string(),
  phase: z.enum(PHASES),
  completion_percentage: z.number(),
  milestones: z.array(
    z.object({ type: z.string(), name: z.string(), description: z.string(), achieved_at: z.string() }),
  ),
  next_action: NextAction,
  last_activity: z.string().nullable(),
  total_actions: z.number(),
});

/** The seed's `GET /api/tracks/progress` shape (`app.tracks.progress`). */
export const Progress = z.object({
  program: z.string(),
  primary_track: z.string(),
  primary_chosen: z
    .boolean()
    .describe('false while the person has not yet answered "which matters most?" (primary_track only holds the place)'),
  tracks: z.record(z.string(), TrackView),
  overall_progress: z.number(),
  journey_start_date: z.string(),
  days_active: z.number(),
});

export const Suggestions = z.object({
  program: z.string(),
  primary_track: z.string(),
  suggestions: z.array(NextAction),
});

export const OtherActions = z.object({
  program: z.string(),
  others: z
    .array(NextAction)
    .describe('first the track’s other fitting actions, then other tracks’ next actions; empty when none is left'),
});

export const SetPrimaryBody = z.strictObject({ track: z.string().min(1).max(64) });

export const ActionBody = z.strictObject({
  action_type: z
    .string()
    .min(1)
    .max(64)
    .describe(
      'a self-reported action (done outside the app: support_group_attended, experience_shared…); ' +
        'the others need their source — an exercise entry, a goal step — and are refused with 400',
    ),
  source_id: z
    .string()
    .min(1)
    .max(120)
    .optional()
    .describe('what earned it (a quest id…); the same one recorded twice counts once'),
});

/** What one recorded action changed. */
export const ActionResult = z.object({
  program: z.string(),
  duplicate: z
    .boolean()
    .describe(
      'true when this source_id was already recorded: nothing changed now, and tracks and milestones are what the first recording did',
    ),
  tracks: z.array(
    z.object({ track: z.string(), old: z.number(), new: z.number(), delta: z.number(), phase: z.enum(PHASES) }),
  ),
  milestones: z.array(z.object({ id: z.string(), track: z.string(), name: z.string(), description: z.string() })),
  credit: z
    .object({
      verdict: z.enum(CREDIT_VERDICTS),
      share: z.number().describe('the share of its full deltas this one earned (0–1)'),
      capped_tracks: z.array(z.string()),
    })
    .describe(
      'recovery is not a counter: full; repeat (the same action again today earns a share); track_cap (a track ' +
        'had its most for today); daily_cap (enough of this action today: recorded, no progress); too_soon ' +
        '(seconds after the previous one of its type, faster than a person could do it: recorded, no progress)',
    ),
});

/** `POST /api/tracks/suggestions/feedback`: whether a shown next action helped; ids only, no free text. */
export const SuggestionFeedbackBody = z.strictObject({
  track: z.string().min(1).max(64),
  suggestion_id: z
    .string()
    .min(1)
    .max(64)
    // An id, never words: a refinement so the 400 says what is expected (a regex would read "must be a regex").
    .refine(
      (id) => /^[a-z0-9_:.-]+$/.test(id),
      'must be a next action id (e.g. self_work_first_checkin or llm:self_work)',
    )
    .describe('the `id` of a next action from /api/tracks/progress or /api/tracks/suggestions'),
  reason: NextAction.shape.reason.describe('the next action’s `reason`'),
  helpful: z.boolean(),
});
