import { z } from 'zod';

/** An exercise under way: which one, which question, the answers so far. */
export const ExerciseState = z.object({
  name: z.literal('exercise'),
  programId: z.string().max(32),
  exerciseId: z.string().max(48),
  index: z.number().int().min(0).max(20),
  answers: z.record(z.string().max(48), z.union([z.string().max(8000), z.number()])),
  /** Set aside by a crisis reply: typed text is not taken as an answer until /resume. */
  paused: z.boolean().optional(),
  /** A crisis was answered during it: it closes quietly, with no reflection, progress or next action. */
  crisis: z.boolean().optional(),
});
export type ExerciseState = z.infer<typeof ExerciseState>;
