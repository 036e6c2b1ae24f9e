// Loading the health pack: reads `content/health/`, validates each file, and runs the checks in `health-pack/`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { HabitDef } from '../core/health/model.js';
import type { HealthPack } from '../core/health/pack.js';
import { ArchetypesFile, BlocksFile, EducationFile, LevelsFile, NotesFile, QuizFile } from './health-pack.schema.js';
import { checkArchetypes, checkLevels, checkNotes, checkQuiz, checkTemplates } from './health-pack/check-frames.js';
import { checkEducation } from './health-pack/check-education.js';
import { checkBlockFits, checkHabitPlaces, checkHabits } from './health-pack/check-habits.js';
import { checkRequiredSkills } from './health-pack/check-levels.js';
import { FILES } from './health-pack/files.js';
import { neverProblems, textsOf } from './health-pack/never-list.js';
import { readHabits } from './health-pack/read-habits.js';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';

export type { HealthPack };
export type HealthPackResult = { ok: true; pack: HealthPack } | { ok: false; problems: string[] };
export { HEALTH_NOTE_IDS } from './health-pack/files.js';
export { neverMatch } from './health-pack/never-list.js';

/**
 * Reads `content/health/`: the frame files (education among them) and `habits/<category>.yaml`, validates each with its
 * schema, then cross-checks the whole (every archetype covered, templates sound, levels that open
 * habits, prerequisites without cycles, the never-list of health claims). Every problem names its
 * file and the path inside it, and all of them are reported in one go.
 */
export function loadHealthPack(root = join(contentDir(), 'health')): HealthPackResult {
  const problems: string[] = [];
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    if (existsSync(join(root, file))) return readYamlFile(join(root, file), schema, problems, file);
    problems.push(`${file}: missing`);
    return undefined;
  };
  const archetypes = read(FILES.archetypes, ArchetypesFile);
  const notes = read(FILES.notes, NotesFile);
  const quiz = read(FILES.quiz, QuizFile);
  const templates = read(FILES.blocks, BlocksFile);
  const levels = read(FILES.levels, LevelsFile);
  const education = read(FILES.education, EducationFile);
  const habits = readHabits(root, problems);

  if (archetypes) problems.push(...checkArchetypes(archetypes));
  if (notes) problems.push(...checkNotes(notes));
  if (quiz) problems.push(...checkQuiz(quiz));
  if (templates) problems.push(...checkTemplates(templates));
  if (levels) problems.push(...checkLevels(levels, habits.complete ? habits.entries : undefined));
  problems.push(...checkHabits(habits.entries));
  if (templates && habits.complete) problems.push(...checkBlockFits(templates, habits.entries, levels));
  if (templates) problems.push(...checkHabitPlaces(templates, habits.entries));
  if (levels && templates && habits.complete) problems.push(...checkRequiredSkills(levels, habits.entries, templates));
  if (education && habits.complete) problems.push(...checkEducation(education, habitsOf(habits.entries)));
  problems.push(
    ...neverProblems([
      ...textsOf(FILES.archetypes, archetypes ?? []),
      ...textsOf(FILES.notes, notes ?? []),
      ...textsOf(FILES.quiz, quiz ?? []),
      ...textsOf(FILES.blocks, templates ?? []),
      ...textsOf(FILES.levels, levels ?? []),
      ...textsOf(FILES.education, education ?? []),
      ...habits.entries.flatMap(({ file, habit }) => textsOf(file, [habit])),
    ]),
  );

  if (problems.length > 0 || !archetypes || !notes || !quiz || !templates || !levels || !education)
    return { ok: false, problems };
  return {
    ok: true,
    pack: { archetypes, notes, quiz, templates, levels, habits: habitsOf(habits.entries), education },
  };
}

const habitsOf = (entries: ReadonlyArray<{ habit: HabitDef }>) => entries.map((entry) => entry.habit);
