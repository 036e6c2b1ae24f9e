import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HealthServices } from '../../../../services/health/health-services.js';
import { errors, guarded, LangQuery, localeOf } from '../common.schema.js';
import { EducationJson, EducationListJson, EducationParams, EducationQuery } from './education.schema.js';

const TAG = 'health';

/**
 * `/api/health/education`: the short pieces behind each task's "how and why" (topic, type, body, the
 * public sources, the habits they explain), all of them or by habit or topic, and one by its id.
 */
export const educationRoutes: FastifyPluginAsyncZod<{
  health: Pick<HealthServices, 'education' | 'educationItem'>;
}> = async (http, { health }) => {
  http.get(
    '/api/health/education',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Educational content: short pieces with their sources, all or by habit or topic',
        description: '400 `invalid_input` for a habit the program does not have.',
        querystring: EducationQuery,
        response: { 200: EducationListJson, ...errors },
      },
    },
    async (req) => {
      const { habit, topic, lang } = req.query;
      return { items: health.education(localeOf(req, lang), { ...(habit && { habit }), ...(topic && { topic }) }) };
    },
  );
  http.get(
    '/api/health/education/:id',
    {
      schema: {
        ...guarded(TAG),
        summary: 'One piece of educational content; 404 `education_not_found` for an unknown id',
        params: EducationParams,
        querystring: LangQuery,
        response: { 200: EducationJson, ...errors },
      },
    },
    async (req) => health.educationItem(req.params.id, localeOf(req, req.query.lang)),
  );
};
