import type { EntryAnswers, EntryStore } from '../../core/entries/entry-store.port.js';
import { StepwiseError } from '../../core/errors.js';
import type { UserId } from '../../core/goals/model.js';
import type { Exercise, Program } from '../../core/programs/program.js';
import type { ExerciseEntry } from '../../core/tracks/stores.port.js';
import { editProblems, submissionProblems } from './answers.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface EntryDeps {
  store: EntryStore;
  programs: readonly Program[];
}

export interface EntryPage {
  entries: ExerciseEntry[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

/** Mood over the latest check-ins, oldest first, on its scale. */
export interface MoodTrend {
  values: number[];
  min: number;
  max: number;
  from: Date;
  to: Date;
}

/** The scale answer a check-in's mood is kept under (content/programs/…/exercises.yaml). */
const MOOD = 'mood';

const invalid = (problems: string[]) =>
  new StepwiseError('invalid_input', problems.join('; '), { field: 'answers', reason: 'invalid', problems });

/**
 * A person's saved exercises read back: pages, one entry, an edit of its written answers, a
 * deletion, and the mood trend of their check-ins. Open whether or not the track system is on for
 * them: a person can always read, correct and remove what they wrote. Nothing here moves
 * progress; what an entry counted when it was saved stays.
 */
export function createEntryServices(deps: EntryDeps) {
  /** The program an entry was written in; undefined once its content pack is gone. */
  const programOf = (entry: Pick<ExerciseEntry, 'programId'>): Program | undefined =>
    deps.programs.find((program) => program.id === entry.programId);
  const exerciseOf = (entry: Pick<ExerciseEntry, 'programId' | 'exerciseId'>): Exercise | undefined =>
    programOf(entry)?.exercises.find((exercise) => exercise.id === entry.exerciseId);

  const get = async (userId: UserId, entryId: string): Promise<ExerciseEntry> => {
    const entry = await deps.store.byId(userId, entryId);
    if (!entry) throw new StepwiseError('entry_not_found', 'no such entry');
    return entry;
  };

  const moodScales = deps.programs.flatMap((program) =>
    program.exercises.flatMap((exercise) =>
      exercise.prompts.flatMap((prompt) =>
        prompt.kind === 'scale' && prompt.id === MOOD ? [{ exercise, prompt }] : [],
      ),
    ),
  );

  return {
    programOf,
    exerciseOf,
    get,

    /** Newest first; `cursor` is a page's `nextCursor`. */
    async page(userId: UserId, options: { cursor?: string; limit: number }): Promise<EntryPage> {
      const after = options.cursor ? decodeCursor(options.cursor) : undefined;
      const rows = await deps.store.page(userId, { after, limit: options.limit + 1 });
      const entries = rows.slice(0, options.limit);
      const last = entries[entries.length - 1];
      return { entries, nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null };
    },

    /** Replaces some written answers of an entry; its date, and the progress and milestones it counted, stay. */
    async edit(userId: UserId, entryId: string, changes: Record<string, unknown>): Promise<ExerciseEntry> {
      const entry = await get(userId, entryId);
      const exercise = exerciseOf(entry);
      if (!exercise)
        throw invalid([
          'answers: this exercise is no longer offered, so its entries can be read and deleted, not edited',
        ]);
      const problems = editProblems(exercise, changes);
      if (problems.length > 0) throw invalid(problems);
      const trimmed = Object.fromEntries(Object.entries(changes).map(([key, text]) => [key, String(text).trim()]));
      const answers: EntryAnswers = { ...entry.answers, ...trimmed };
      if (!(await deps.store.replaceAnswers(userId, entryId, answers)))
        throw new StepwiseError('entry_not_found', 'no such entry');
      return { ...entry, answers };
    },

    async remove(userId: UserId, entryId: string): Promise<void> {
      if (!(await deps.store.remove(userId, entryId))) throw new StepwiseError('entry_not_found', 'no such entry');
    },

    /** The mood of the latest `count` check-ins, or undefined before the first one. */
    async moodTrend(userId: UserId, count = 14): Promise<MoodTrend | undefined> {
      const scale = moodScales[0]?.prompt;
      if (!scale || scale.kind !== 'scale') return undefined;
      const recent = await deps.store.recentOf(
        userId,
        moodScales.map((found) => found.exercise.id),
        count,
      );
      const points = recent
        .map((entry) => ({ at: entry.createdAt, mood: Number(entry.answers[MOOD]) }))
        .filter((point) => Number.isFinite(point.mood))
        .reverse();
      if (points.length === 0) return undefined;
      return {
        values: points.map((point) => point.mood),
        min: scale.min,
        max: scale.max,
        from: points[0]!.at,
        to: points[points.length - 1]!.at,
      };
    },

    /**
     * Refuses a submission whose answers do not fit the exercise, before anything is saved (the
     * API's strict reading of a client's JSON; see `submissionProblems`).
     */
    checkSubmission(exercise: Exercise, answers: Record<string, unknown>): void {
      const problems = submissionProblems(exercise, answers);
      if (problems.length > 0) throw invalid(problems);
    },
  };
}

export type EntryServices = ReturnType<typeof createEntryServices>;
