import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Locale } from '../../../../core/goals/model.js';
import { masteryLevel } from '../../../../core/health/habit-strength.js';
import type {
  HealthServices,
  MarkResult,
  ProfileState,
  ScheduleInput,
} from '../../../../services/health/health-services.js';
import type { presentAction } from '../tracks/present-action.js';
import type { ProfileBody, ProfileJson } from './schema.js';

/** The secret calendar URL as the caller reached this server. */
export const calendarUrl = (req: FastifyRequest, key: string) =>
  `${req.protocol}://${req.host}/api/health/plan.ics?key=${encodeURIComponent(key)}`;

type ScheduleBody = NonNullable<z.infer<typeof ProfileBody>['schedule']>;

/** The API's schedule (snake_case) as the service takes it. */
export const scheduleInput = (body: ScheduleBody): ScheduleInput => ({
  timeZone: body.time_zone,
  wake: body.wake,
  sleep: body.sleep,
  work: body.work ?? null,
  ...(body.meals && { meals: body.meals }),
  ...(body.exercise && { exercise: body.exercise }),
});

/** The profile as the API shows it, with the archetypes and health notes to choose from. */
export function presentProfile(
  health: Pick<HealthServices, 'pack'>,
  state: ProfileState,
  req: FastifyRequest,
  locale: Locale,
): z.infer<typeof ProfileJson> {
  const { pack } = health;
  const archetype = pack.archetypes.find((candidate) => candidate.id === state.archetype);
  const { schedule } = state;
  return {
    archetype: state.archetype,
    archetype_name: archetype ? archetype.name[locale] : null,
    mode: state.mode,
    schedule: {
      time_zone: schedule.timeZone,
      wake: schedule.wake,
      sleep: schedule.sleep,
      work: schedule.work ? { ...schedule.work, days: [...schedule.work.days] } : null,
      meals: { ...schedule.meals },
      exercise: schedule.exercise,
    },
    schedule_set: state.scheduleSet,
    notes: [...state.notes],
    quiz_answers: state.quizAnswers ? { ...state.quizAnswers } : null,
    started_on: state.startedOn,
    digest: state.digestEnabled,
    calendar_url: state.calendarKey ? calendarUrl(req, state.calendarKey) : null,
    choices: {
      archetypes: pack.archetypes.map((item) => ({ id: item.id, name: item.name[locale], about: item.about[locale] })),
      notes: pack.notes.map((note) => ({ id: note.id, name: note.name[locale] })),
    },
  };
}

export const presentMark = (result: MarkResult, track: ReturnType<typeof presentAction> | null) => ({
  task_id: result.taskId,
  outcome: result.outcome,
  marked: result.marked,
  standing: {
    strength: Math.round(result.standing.strength * 1000) / 1000,
    mastery_percentage: result.standing.masteryPercent,
    attempts: result.standing.attempts,
    successes: result.standing.successes,
    streak: result.standing.streak,
    longest_streak: result.standing.longestStreak,
    mastery_level: masteryLevel(result.standing),
    first_attempted: result.standing.firstAttempt,
    last_attempted: result.standing.lastAttempt,
  },
  bonus: result.bonus,
  track,
});
