import { z } from 'zod';

export const Programs = z.object({
  programs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      tracks: z.array(z.object({ id: z.string(), emoji: z.string(), name: z.string() })),
      enrolled: z.boolean(),
      primary_track: z.string().nullable(),
    }),
  ),
});

export const EnrollBody = z
  .strictObject({ primary_track: z.string().min(1).max(64).optional().describe('default: the program’s first track') })
  .optional();
