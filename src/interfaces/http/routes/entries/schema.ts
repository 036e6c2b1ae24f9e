import { z } from 'zod';

export const EntriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).optional().describe('newest first; default 50'),
});

export const EntryParams = z.strictObject({ id: z.string().min(1).max(36) });

export const Entries = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      program: z.string(),
      exercise: z.string(),
      answers: z.record(z.string(), z.union([z.string(), z.number()])),
      created_at: z.string(),
    }),
  ),
});
