import type { CoachPack } from './load-coach-pack.js';
import type { Program } from '../core/programs/program.js';

const both = (item: { en: string; ru: string }) => [item.en, item.ru];

/**
 * Ordinary text from the product itself, in both languages: what people type to the programs (the
 * intent examples) and the coach's own words (steps, questions, exercise prompts). The crisis
 * detector learns it as safe background, so everyday words ("лучше", "letter", "готово") are not
 * read as a crisis just because crisis messages use them too.
 */
export function everydayTexts(programs: readonly Program[], pack?: CoachPack): string[] {
  const fromPrograms = programs.flatMap((program) => [
    ...program.intents.flatMap((intent) => [...intent.examples.en, ...intent.examples.ru]),
    ...program.exercises.flatMap((exercise) => [
      ...both(exercise.title),
      ...both(exercise.intro),
      ...exercise.prompts.flatMap((prompt) => both(prompt.ask)),
    ]),
  ]);
  const fromCoach = pack
    ? // Sensitive kinds (grief, custody) speak of pain on purpose: they must not teach the crisis
      // model that such words are everyday.
      [...pack.types.filter((kind) => kind.mode !== 'sensitive'), pack.generic].flatMap((item) => [
        ...both(item.clarify),
        ...item.steps.flatMap((step) => [...both(step.text), ...both(step.smaller), ...both(step.concrete)]),
      ])
    : [];
  return [...fromPrograms, ...fromCoach];
}
