import { z } from 'zod';
import { Safety } from '../common.schema.js';
import { ActionResult } from '../tracks/schema.js';

const promptBase = { id: z.string(), ask: z.string(), optional: z.boolean() };

export const Exercises = z.object({
  program: z.string(),
  exercises: z.array(
    z.object({
      id: z.string(),
      track: z.string(),
      title: z.string(),
      intro: z.string(),
      minutes: z.number(),
      prompts: z.array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('text'), ...promptBase, max_length: z.number() }),
          z.object({ kind: z.literal('scale'), ...promptBase, min: z.number(), max: z.number() }),
          z.object({
            kind: z.literal('choice'),
            ...promptBase,
            choices: z.array(z.object({ id: z.string(), label: z.string() })),
          }),
        ]),
      ),
    }),
  ),
});

export const EntryBody = z.strictObject({
  answers: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .describe('prompt id → answer (text, a number on the scale, or a choice id)'),
  entry_id: z.uuid().optional().describe('a UUID the client picks, so a retried submission counts once'),
});

/** `safety` comes first in the JSON, so a client that reads in order meets it before anything else. */
export const FinishedExercise = z.object({
  safety: Safety.optional(),
  ...ActionResult.shape,
  entry_id: z.string(),
  exercise: z.string(),
  closing: z
    .string()
    .optional()
    .describe('the exercise’s closing words, in the request’s language (absent after a crisis)'),
  reflection: z
    .string()
    .optional()
    .describe('a short reflection on the answers when a model is configured (never after a crisis, never on a retry)'),
});
