import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { LOCALES, TONES, type User } from '../../../../core/goals/model.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded } from '../common.schema.js';

const Me = z.object({
  user: z.object({
    id: z.string(),
    name: z.string().nullable(),
    locale: z.enum(LOCALES),
    tone: z.enum(TONES),
    time_zone: z.string().nullable().describe('an IANA zone the person chose, or null'),
  }),
});

const MePatch = z
  .strictObject({
    locale: z.enum(LOCALES).optional(),
    tone: z.enum(TONES).optional(),
    time_zone: z
      .string()
      .max(64)
      .refine((zone) => IANAZone.isValidZone(zone), 'not an IANA time zone, e.g. Europe/Moscow')
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'send at least one of locale, tone, time_zone');

const meJson = (user: User) => ({
  user: {
    id: user.id,
    name: user.displayName,
    locale: user.locale,
    tone: user.tone,
    time_zone: user.timeZone ?? null,
  },
});

/** `/api/me`: who is signed in, and the settings a person may change (language, tone, time zone). */
export const meRoutes: FastifyPluginAsyncZod<{ goals: GoalServices }> = async (http, { goals }) => {
  http.get(
    '/api/me',
    {
      schema: {
        ...guarded('me'),
        summary: 'The signed-in person and their settings',
        response: { 200: Me, ...errors },
      },
    },
    async (req) => meJson(caller(req)),
  );
  http.patch(
    '/api/me',
    {
      schema: {
        ...guarded('me'),
        summary: 'Change the language, the coach’s tone or the time zone',
        body: MePatch,
        response: { 200: Me, ...errors },
      },
    },
    async (req) => {
      const { locale, tone, time_zone: timeZone } = req.body;
      return meJson(await goals.setPreferences(caller(req).id, { locale, tone, timeZone }));
    },
  );
};
