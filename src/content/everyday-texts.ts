import type { CoachPack } from './load-coach-pack.js';
import type { Program } from '../core/programs/program.js';

const both = (t: { en: string; ru: string }) => [t.en, t.ru];

/**
 * Ordinary text from the product itself, in both languages: what people type to the programs (the
 * intent examples) and the coach's own words (steps, questions, exercise prompts). The crisis
 * detector learns it as safe background, so everyday words ("лучше", "letter", "готово") are not
 * read as a crisis just because crisis messages use them too.
 */
export function everydayTexts(programs: readonly Program[], pack?: CoachPack): string[] {
  const fromPrograms = programs.flatMap((p) => [
    ...p.intents.flatMap((i) => [...i.examples.en, ...i.examples.ru]),
    ...p.exercises.flatMap((e) => [...both(e.title), ...both(e.intro), ...e.prompts.flatMap((prompt) => both(prompt.ask))]),
  ]);
  const fromCoach = pack
    ? [...pack.types, pack.generic].flatMap((t) => [
        ...both(t.clarify),
        ...t.steps.flatMap((s) => [...both(s.text), ...both(s.smaller), ...both(s.concrete)]),
      ])
    : [];
  return [...fromPrograms, ...fromCoach];
}
