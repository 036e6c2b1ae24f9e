import { z } from 'zod';
import { Safety } from '../common.schema.js';

export const EntriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).optional().describe('entries per page, newest first; default 50'),
  cursor: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('`next_cursor` of the previous page; entries saved meanwhile never shift a page'),
});

export const EntryParams = z.strictObject({ id: z.string().min(1).max(36) });

export const Entry = z.object({
  id: z.string(),
  program: z.string(),
  exercise: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  created_at: z.string(),
});

export const Entries = z.object({
  entries: z.array(Entry),
  next_cursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
});

export const EntryEdit = z.strictObject({
  answers: z
    .record(z.string(), z.string())
    .describe('prompt id → the new text; only written answers change, the others stay as they were'),
});

/** `safety` comes first in the JSON, so a client that reads in order meets it before anything else. */
export const EditedEntry = z.object({ safety: Safety.optional(), ...Entry.shape });
