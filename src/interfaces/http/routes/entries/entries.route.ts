import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Log } from '../../../../core/ports.js';
import type { CrisisScreen } from '../../../../core/safety.port.js';
import type { ExerciseEntry } from '../../../../core/tracks/stores.port.js';
import type { SafetyTexts } from '../../../../content/load-safety-texts.js';
import type { EntryServices } from '../../../../services/entries/entry-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded } from '../common.schema.js';
import { screenedAnswers } from '../screened-answers.js';
import { EditedEntry, Entries, EntriesQuery, EntryEdit, EntryParams } from './schema.js';
import { isoTime } from '../../../../core/iso-time.js';

const presentEntry = (entry: ExerciseEntry) => ({
  id: entry.id,
  program: entry.programId,
  exercise: entry.exerciseId,
  answers: entry.answers,
  created_at: isoTime(entry.createdAt),
});

/**
 * `/api/entries`: the user's finished exercises (their own words), to page through, correct and
 * delete. Open even when the track system is off for them: a person can always see, correct and
 * remove what they wrote.
 */
export const entryRoutes: FastifyPluginAsyncZod<{
  entries: EntryServices;
  screen: CrisisScreen;
  safety: SafetyTexts;
  log: Log;
}> = async (http, { entries, screen, safety, log }) => {
  const screened = screenedAnswers({
    screen,
    safety,
    log,
    textPrompts: async (req: FastifyRequest) => {
      const { id } = (req.params ?? {}) as { id?: string };
      const entry = req.account && id ? await entries.get(req.account.id, id).catch(() => undefined) : undefined;
      return (
        entry && entries.exerciseOf(entry)?.prompts.flatMap((prompt) => (prompt.kind === 'text' ? [prompt.id] : []))
      );
    },
  });

  http.get(
    '/api/entries',
    {
      schema: {
        ...guarded('entries'),
        summary: 'The user’s finished exercises, newest first, a page at a time',
        querystring: EntriesQuery,
        response: { 200: Entries, ...errors },
      },
    },
    async (req) => {
      const page = await entries.page(caller(req).id, { cursor: req.query.cursor, limit: req.query.limit ?? 50 });
      return { entries: page.entries.map(presentEntry), next_cursor: page.nextCursor };
    },
  );

  http.patch(
    '/api/entries/:id',
    {
      schema: {
        ...guarded('entries'),
        summary: 'Change written answers of an entry (a letter); its date, progress and milestones stay',
        description:
          'Only text answers change; a scale or a choice is a record of its moment. The new text is screened for crisis language like a new entry: ' +
          'it is saved all the same, and `safety` tells the client to show help first.',
        params: EntryParams,
        body: EntryEdit,
        response: { 200: EditedEntry, ...errors },
      },
      preValidation: screened.preValidation,
      errorHandler: screened.errorHandler,
    },
    async (req) => {
      const me = caller(req);
      const entry = await entries.edit(me.id, req.params.id, req.body.answers);
      return { ...screened.safetyOf(req, me.locale), ...presentEntry(entry) };
    },
  );

  http.delete(
    '/api/entries/:id',
    {
      schema: {
        ...guarded('entries'),
        summary: 'Delete an entry; the progress and milestones it earned stay',
        params: EntryParams,
        response: { 204: z.undefined(), ...errors },
      },
    },
    async (req, reply) => {
      await entries.remove(caller(req).id, req.params.id);
      return reply.code(204).send();
    },
  );
};
