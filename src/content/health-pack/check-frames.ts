// Checks of the frame files: archetypes, notes, the quiz, the day templates and the levels.
import {
  ARCHETYPES,
  PLAN_MODES,
  type Archetype,
  type ArchetypeDef,
  type DayTemplate,
  type HealthNoteDef,
  type LevelDef,
  type QuizQuestion,
} from '../../core/health/model.js';
import { scoreQuiz } from '../../core/health/quiz.js';
import { FILES, HEALTH_NOTE_IDS } from './files.js';
import type { HabitEntry } from './read-habits.js';

/** The bars for the quiz and the levels. */
const QUIZ_SIZE = { min: 6, max: 8 };
const MIN_LEVELS = 3;
/** A lunch break carved out of work hours is about 45 minutes; a block there must leave time to eat. */
const MAX_LUNCH_BLOCK = 30;

/** Every id listed twice, as problems `where: duplicate id "x"`. */
export function duplicates(where: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}

export function checkArchetypes(archetypes: readonly ArchetypeDef[]): string[] {
  const problems = duplicates(
    FILES.archetypes,
    archetypes.map((archetype) => archetype.id),
  );
  for (const id of ARCHETYPES)
    if (!archetypes.some((archetype) => archetype.id === id)) problems.push(`${FILES.archetypes}: "${id}" is missing`);
  return problems;
}

export function checkNotes(notes: readonly HealthNoteDef[]): string[] {
  const problems = duplicates(
    FILES.notes,
    notes.map((note) => note.id),
  );
  const known = new Set<string>(HEALTH_NOTE_IDS);
  for (const note of notes)
    if (!known.has(note.id))
      problems.push(`${FILES.notes}: ${note.id}: not a known health note (${HEALTH_NOTE_IDS.join(', ')})`);
  for (const id of HEALTH_NOTE_IDS)
    if (!notes.some((note) => note.id === id)) problems.push(`${FILES.notes}: "${id}" is missing`);
  return problems;
}

/**
 * Each choice leans somewhere, and the quiz can suggest every archetype: answering each question with
 * its strongest choice for an archetype (among equals, the one giving the others least) puts that
 * archetype on top, as the quiz itself scores it (ties to the archetype listed first).
 */
export function checkQuiz(quiz: readonly QuizQuestion[]): string[] {
  const problems = duplicates(
    FILES.quiz,
    quiz.map((question) => question.id),
  );
  if (quiz.length < QUIZ_SIZE.min || quiz.length > QUIZ_SIZE.max)
    problems.push(`${FILES.quiz}: ${quiz.length} questions; the quiz has ${QUIZ_SIZE.min}–${QUIZ_SIZE.max}`);
  for (const question of quiz) {
    problems.push(
      ...duplicates(
        `${FILES.quiz}: ${question.id}.choices`,
        question.choices.map((choice) => choice.id),
      ),
    );
    for (const choice of question.choices)
      if (!Object.values(choice.scores).some((score) => (score ?? 0) >= 1))
        problems.push(`${FILES.quiz}: ${question.id}.${choice.id}: scores no archetype`);
  }
  for (const archetype of ARCHETYPES) {
    const others = (scores: QuizQuestion['choices'][number]['scores']) =>
      ARCHETYPES.reduce((sum, other) => sum + (other === archetype ? 0 : (scores[other] ?? 0)), 0);
    const answers = quiz.map((question) => [
      question.id,
      question.choices.reduce((best, choice) => {
        const [mine, theirs] = [choice.scores[archetype] ?? 0, best.scores[archetype] ?? 0];
        return mine > theirs || (mine === theirs && others(choice.scores) < others(best.scores)) ? choice : best;
      }).id,
    ]);
    const winner = scoreQuiz(quiz, Object.fromEntries(answers)).suggested;
    if (winner !== archetype)
      problems.push(`${FILES.quiz}: no answers suggest "${archetype}": its best answers still suggest "${winner}"`);
  }
  return problems;
}

export function checkTemplates(templates: readonly DayTemplate[]): string[] {
  const problems = duplicates(
    FILES.blocks,
    templates.map((template) => `${template.archetype}/${template.mode}`),
  );
  for (const archetype of ARCHETYPES)
    for (const mode of PLAN_MODES)
      if (!templates.some((template) => template.archetype === archetype && template.mode === mode))
        problems.push(`${FILES.blocks}: no template for ${archetype}/${mode}`);
  for (const template of templates) {
    const where = `${FILES.blocks}: ${template.archetype}/${template.mode}`;
    const { morning, midday, evening } = template.energyDistribution;
    const sum = morning + midday + evening;
    if (Math.abs(sum - 1) > 0.01)
      problems.push(`${where}.energyDistribution: the parts add up to ${+sum.toFixed(3)}, not 1`);
    problems.push(
      ...duplicates(
        `${where}.blocks`,
        template.blocks.map((block) => block.id),
      ),
    );
    const earlier = new Set<string>();
    for (const block of template.blocks) {
      for (const dependency of block.dependsOn)
        if (!earlier.has(dependency))
          problems.push(
            `${where}.${block.id}.dependsOn: "${dependency}" is not a block defined before it in this template`,
          );
      problems.push(...duplicates(`${where}.${block.id}.holds`, block.holds));
      if (block.anchor === 'lunch' && block.durationMinutes > MAX_LUNCH_BLOCK)
        problems.push(
          `${where}.${block.id}: ${block.durationMinutes} minutes at lunch; at most ${MAX_LUNCH_BLOCK}, to leave time to eat`,
        );
      earlier.add(block.id);
    }
  }
  return problems;
}

/** The archetype's habits with difficulty in (above, upTo]. */
const opened = (habits: readonly HabitEntry[], archetype: Archetype, above: number, upTo: number) =>
  habits.filter(
    ({ habit }) => habit.archetypes.includes(archetype) && habit.difficulty > above && habit.difficulty <= upTo,
  );

export function checkLevels(levels: readonly LevelDef[], habits: readonly HabitEntry[] | undefined): string[] {
  const problems = duplicates(
    FILES.levels,
    levels.map((level) => level.id),
  );
  for (const archetype of ARCHETYPES) {
    const own = levels.filter((level) => level.archetype === archetype);
    if (own.length < MIN_LEVELS)
      problems.push(`${FILES.levels}: ${archetype} has ${own.length} levels, needs ${MIN_LEVELS}`);
    own.forEach((level, index) => {
      const before = index === 0 ? 0 : own[index - 1]!.maxDifficulty;
      if (level.maxDifficulty <= before)
        problems.push(`${FILES.levels}: ${level.id}.maxDifficulty: ${level.maxDifficulty} must be above ${before}`);
      else if (habits && opened(habits, archetype, before, level.maxDifficulty).length === 0)
        problems.push(
          `${FILES.levels}: ${level.id}: opens no ${archetype} habit (none with difficulty ${before + 1}–${level.maxDifficulty})`,
        );
      // Advancing needs that many mastered habits up to the cap; with fewer open, the person is stuck.
      const open = habits ? opened(habits, archetype, 0, level.maxDifficulty).length : Infinity;
      if (open < level.masterToAdvance)
        problems.push(
          `${FILES.levels}: ${level.id}.masterToAdvance: ${level.masterToAdvance}, but only ${open} ${archetype} habits go up to difficulty ${level.maxDifficulty}`,
        );
    });
    const last = own.at(-1);
    if (last && last.maxDifficulty !== 10)
      problems.push(`${FILES.levels}: ${last.id}.maxDifficulty: the last level of ${archetype} must open up to 10`);
  }
  return problems;
}
