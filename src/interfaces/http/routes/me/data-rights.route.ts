import type {} from '@fastify/cookie';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserId } from '../../../../core/goals/model.js';
import type { DataRights } from '../../../../services/privacy/data-rights.js';
import { exportMarkdown } from '../../../privacy/export-markdown.js';
import type { ExerciseNames } from '../../../privacy/exercise-names.js';
import { caller } from '../../auth/guard.js';
import { HttpProblem } from '../../error-handler.js';
import { SESSION_COOKIE } from '../auth/web-auth.route.js';
import { errors, guarded, localeOf } from '../common.schema.js';
import { LOCALES } from '../../../../core/goals/model.js';

const ExportQuery = z.strictObject({
  format: z.enum(['json', 'md']).default('json').describe('json: everything, machine-readable; md: a page to read'),
  lang: z.enum(LOCALES).optional(),
});

const DeleteQuery = z.strictObject({
  confirm: z.literal('yes').optional().describe('must be "yes": erasing cannot be undone'),
});

const Erased = z.object({
  deleted: z.record(z.string(), z.number()).describe('how many rows each table held about the person'),
});

interface DataRightsDeps {
  dataRights: DataRights;
  exerciseNames: ExerciseNames;
  /** Closes the person's live sockets on this instance. */
  closeSockets(userId: UserId): void;
}

/** `/api/me/export` and `DELETE /api/me`: the person's rights to take everything and to erase everything. */
export const dataRightsRoutes: FastifyPluginAsyncZod<DataRightsDeps> = async (http, deps) => {
  http.get(
    '/api/me/export',
    {
      schema: {
        ...guarded('me'),
        summary: 'Everything stored about you, as one JSON file (docs/export.md) or a readable Markdown page',
        description:
          'One export per person at a time (another while yours runs: 429 `already_running`), a few per server (503 `server_busy`); both say when to try again in `Retry-After`.',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const markdown = req.query.format === 'md';
      const locale = localeOf(req, req.query.lang);
      // Rendered inside the export gate: the text is as heavy as the rows it is made of.
      const { day, body } = await deps.dataRights.exportAs(caller(req).id, (document) => ({
        day: document.exported_at.slice(0, 10),
        body: markdown ? exportMarkdown(document, locale, deps.exerciseNames) : JSON.stringify(document, null, 2),
      }));
      return reply
        .header('cache-control', 'no-store')
        .type(markdown ? 'text/markdown; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="stepwise-${day}.${markdown ? 'md' : 'json'}"`)
        .send(body);
    },
  );

  http.delete(
    '/api/me',
    {
      schema: {
        ...guarded('me'),
        summary: 'Erase yourself: every row about you, on every table; sockets close and tokens stop working',
        querystring: DeleteQuery,
        response: { 200: Erased, ...errors },
      },
    },
    async (req, reply) => {
      const me = caller(req);
      const counts = await deps.dataRights.inventory(me.id);
      if (req.query.confirm !== 'yes')
        throw new HttpProblem(
          400,
          'confirmation_required',
          `erasing cannot be undone: send DELETE /api/me?confirm=yes (it will remove ${Object.values(counts).reduce((sum, count) => sum + count, 0)} rows)`,
        );
      await deps.dataRights.forget(me.id);
      deps.closeSockets(me.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { deleted: Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0)) };
    },
  );
};
