import type { CoachPack } from './load-coach-pack.js';
import type { Program } from '../core/programs/program.js';

const both = (item: { en: string; ru: string }) => [item.en, item.ru];

/**
 * Words of death, harm, goodbyes and despair, of crisis, danger and emergencies, and of flames and fuel. A coach step
 * may use them on purpose (a eulogy, a will, a father who has died, a gambling debt, a safety plan, a crisis line, a
 * petrol engine made safe), but as *safe* background they would teach the crisis model that such words are ordinary,
 * and it would miss a crisis written with them (the engine's "keep any flame away" took English recall to 96.1 %).
 * Such texts stay out.
 */
const HEAVY =
  /(\b(die|died|dies|dying|death|dead|deceased|funeral|eulog|grave|mourn|bereave|suicid|kill|harm|hurt|overdose|pills?|goodbye|farewell|hopeless|despair|gambl|debt|will\b|wills|estate|inherit|probate|executor|crisis|danger|emergenc|helpline|999|112|flame|fuel|petrol|lighter)|умер|умир|умрёт|смерт|похорон|поминк|могил|гроб|наслед|завещ|нотари|убий|убит|вред|таблет|прощ|безнадёж|безнадеж|отчаян|долг|ставк|казино|кризис|опасн|горячая линия|горячую линию|телефон доверия|бензин|пламя|пламен|зажигалк)/iu;
/** True when a text may be safe background: it holds none of the heavy words above. */
export const isLight = (text: string) => !HEAVY.test(text);

/**
 * Ordinary text from the product itself, in both languages: what people type to the programs (the
 * intent examples) and the coach's own words (steps, questions, exercise prompts). The crisis
 * detector learns it as safe background, so everyday words ("лучше", "letter", "готово") are not
 * read as a crisis just because crisis messages use them too. The detector reads a reviewed snapshot
 * of it (content/safety/background.json, `npm run freeze:background`), not this live list: every
 * coach content round used to move the held-out figures by a message or two.
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
        // One wording per step: the cut-down and spelled-out ones say the same in more words, and
        // would weigh the coach's vocabulary three times over.
        ...item.steps.flatMap((step) => both(step.text)),
      ])
    : [];
  return [...fromPrograms, ...fromCoach].filter(isLight);
}
