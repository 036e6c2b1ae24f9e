import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HealthServices, PlanDayRule } from '../../../../services/health/health-services.js';
import { caller } from '../../auth/guard.js';
import { type PreparedJson, prepareJson, sendPrepared } from '../../prepared-json.js';
import type { ReadCache } from '../../read-cache.js';
import { errors, guarded, LangQuery, localeOf } from '../common.schema.js';
import { NoBody } from '../goals/schema.js';
import { presentAction } from '../tracks/present-action.js';
import { calendarUrl, presentMark, presentProfile, scheduleInput } from './present.js';
import {
  CalendarJson,
  MarkBody,
  MarkJson,
  ProfileBody,
  ProfileJson,
  ProgressionJson,
  QuizBody,
  QuizJson,
  QuizSuggestionJson,
  TaskParams,
  TodayJson,
} from './schema.js';

type HealthHttp = Parameters<FastifyPluginAsyncZod>[0];
export interface HealthRouteDeps {
  health: HealthServices;
  /**
   * Prepared views per person, retired by any write to their data (see `createReadCache`), and each
   * person's plan day rule (zone and wake time), retired likewise, that today's view is keyed by.
   */
  cache?: { views: ReadCache<PreparedJson>; planDays: ReadCache<PlanDayRule> };
}

const TAG = 'health';

/**
 * `/api/health`: the health program through the same services as the bot — the profile and quiz,
 * today's plan and its marks, progression, and the calendar URL. The feed itself (no token: the
 * secret is the key) is in calendar.route.ts.
 */
export const healthRoutes: FastifyPluginAsyncZod<HealthRouteDeps> = async (http, deps) => {
  profileRoutes(http, deps);
  quizRoutes(http, deps);
  planRoutes(http, deps);
  http.get(
    '/api/health/progression',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Where you stand: your level, mastered and in-progress habits, what opens next, velocity',
        querystring: LangQuery,
        response: { 200: ProgressionJson, ...errors },
      },
    },
    async (req) => deps.health.progression(caller(req).id, { locale: localeOf(req, req.query.lang) }),
  );
  http.post(
    '/api/health/calendar/rotate',
    {
      schema: {
        ...guarded(TAG),
        summary: 'A new secret calendar URL (iCal, the coming 7 days); the previous URL stops working',
        body: NoBody,
        response: { 200: CalendarJson, ...errors },
      },
    },
    async (req) => ({ url: calendarUrl(req, await deps.health.rotateCalendarSecret(caller(req).id)) }),
  );
};

function profileRoutes(http: HealthHttp, { health }: HealthRouteDeps): void {
  http.get(
    '/api/health/profile',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Your health profile: archetype, schedule, health notes, the digest switch, the calendar URL',
        querystring: LangQuery,
        response: { 200: ProfileJson, ...errors },
      },
    },
    async (req) => presentProfile(health, await health.profile(caller(req).id), req, localeOf(req, req.query.lang)),
  );
  http.put(
    '/api/health/profile',
    {
      schema: {
        ...guarded(TAG),
        summary:
          'Change any of archetype, mode, schedule, health notes and the digest (all checked before any is saved)',
        description:
          'A changed archetype, mode, schedule or notes rebuilds today’s plan on the next view; marks already made stay.',
        querystring: LangQuery,
        body: ProfileBody,
        response: { 200: ProfileJson, ...errors },
      },
    },
    async (req) => {
      const { schedule, ...rest } = req.body;
      const state = await health.updateProfile(caller(req).id, {
        ...rest,
        ...(schedule && { schedule: scheduleInput(schedule) }),
      });
      return presentProfile(health, state, req, localeOf(req, req.query.lang));
    },
  );
}

function quizRoutes(http: HealthHttp, { health }: HealthRouteDeps): void {
  http.get(
    '/api/health/quiz',
    {
      schema: {
        ...guarded(TAG),
        summary: 'The onboarding quiz (6–8 questions) in your language',
        querystring: LangQuery,
        response: { 200: QuizJson, ...errors },
      },
    },
    async (req) => health.quiz(localeOf(req, req.query.lang)),
  );
  http.post(
    '/api/health/quiz',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Your answers → a suggested archetype and why; it does not choose it for you',
        querystring: LangQuery,
        body: QuizBody,
        response: { 200: QuizSuggestionJson, ...errors },
      },
    },
    async (req) => health.submitQuiz(caller(req).id, req.body.answers, localeOf(req, req.query.lang)),
  );
}

function planRoutes(http: HealthHttp, { health, cache }: HealthRouteDeps): void {
  http.get(
    '/api/health/plan/today',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Today’s plan: time blocks fitted to your day, each task with its guide and today’s mark',
        description:
          'The plan is fixed on first view and the same all day; a new one comes after your wake time (until then it is ' +
          'still yesterday’s). 409 `no_health_profile` until an archetype is chosen.',
        querystring: LangQuery,
        response: { 200: TodayJson, ...errors },
      },
    },
    async (req, reply) => {
      const userId = caller(req).id;
      const locale = localeOf(req, req.query.lang);
      const build = async () => {
        const today = TodayJson.parse(await health.today(userId, { locale }));
        return prepareJson(today, firstLapse(today));
      };
      if (!cache) return sendPrepared(req, reply, await build());
      // A dashboard polls this all day: the prepared view is kept until the person's data changes (a
      // mark, a reading, an adaptation, a new day's plan stored), an adaptation it shows lapses, or for a
      // minute. It is keyed by the plan day, so the first request after the wake time builds the new
      // day's plan rather than showing yesterday's for up to that minute; the rule the day is computed
      // from is cached too, so a repeated view still reads nothing.
      const known = { stamp: req.freshStamp };
      const rule = await cache.planDays.get(userId, `${userId}\nplan-day`, () => health.planDayRule(userId), known);
      const key = `${userId}\nhealth-today\n${locale}\n${health.planDayAt(rule)}`;
      return sendPrepared(req, reply, await cache.views.get(userId, key, build, known));
    },
  );
  http.post(
    '/api/health/plan/today/tasks/:taskId',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Mark a task of today’s plan: done, partial (with the share done), skipped, or a rest or sick day',
        description:
          'A new mark replaces the earlier one. 404 `unknown_task`: not in today’s plan; 409 `task_not_today`: a task of another day.',
        params: TaskParams,
        querystring: LangQuery,
        body: MarkBody,
        response: { 200: MarkJson, ...errors },
      },
    },
    async (req) => {
      const locale = localeOf(req, req.query.lang);
      const { outcome, fraction } = req.body;
      const result = await health.markTask(caller(req).id, req.params.taskId, outcome, {
        source: 'api',
        locale,
        ...(fraction !== undefined && { fraction }),
      });
      return presentMark(result, result.track && presentAction(result.track, locale));
    },
  );
}

/** When the first adaptation the view shows lapses (epoch ms): from then on the view is no longer true. */
function firstLapse(today: {
  tasks: Array<{ real_time_adaptations: { recent_adaptations: Array<{ expires_at: string }> } }>;
}) {
  const lapses = today.tasks.flatMap((task) =>
    task.real_time_adaptations.recent_adaptations.map((note) => Date.parse(note.expires_at)),
  );
  return lapses.length > 0 ? Math.min(...lapses) : undefined;
}
