// Checks of one step: its wordings' placeholders and languages, and the never-list in every rendering.
import {
  DICTIONARY_SLOTS,
  type GoalTypePack,
  type GenericPack,
  type Hazard,
  levelsOf,
  type NeverPack,
  type PathStep,
  RU_CASES,
  SLOT_NAMES,
  type SlotsPack,
  type StepWording,
} from '../coach-pack.schema.js';
import { fillSlots, SLOT_PLACEHOLDER } from '../slot-template.js';

export type Lang = 'en' | 'ru';
export const LANGS: Lang[] = ['en', 'ru'];

/** Every wording of a step, named for problem messages. */
export const wordingsOf = (step: PathStep): [string, StepWording | PathStep['text']][] => [
  ['text', step.text],
  ['smaller', step.smaller],
  ['concrete', step.concrete],
  ['smallerConcrete', step.smallerConcrete],
];

/** The step files of the offline coach, each with its steps: every kind's, the generic ones and every hazard's. */
export const stepFiles = (pack: {
  types: readonly GoalTypePack[];
  generic?: Pick<GenericPack, 'steps'>;
  hazards: readonly Pick<Hazard, 'id' | 'steps'>[];
}): { file: string; steps: PathStep[] }[] => [
  ...pack.types.map((kind) => ({ file: `types/${kind.id}.yaml`, steps: kind.steps })),
  ...(pack.generic ? [{ file: 'generic.yaml', steps: pack.generic.steps }] : []),
  ...pack.hazards.map((hazard) => ({ file: `hazards (${hazard.id})`, steps: hazard.steps })),
];

/**
 * A template rendered with every value a slot can take (and its fallback), so a rule is checked
 * against what a person could really read. `{title}` becomes a neutral sample title.
 */
export function renderings(template: string, lang: Lang, slots: SlotsPack): string[] {
  const sampleTitle = lang === 'en' ? 'Sample goal' : 'Пример цели';
  const sampleSaid = lang === 'en' ? 'I would walk to work' : 'Я бы ходил(а) на работу пешком';
  let texts = [
    template.replaceAll('{title}', sampleTitle).replaceAll('{said}', sampleSaid).replaceAll('{told}', sampleSaid),
  ];
  for (const slot of DICTIONARY_SLOTS) {
    if (!template.includes(`{${slot}}`) && !template.includes(`{${slot}.`)) continue;
    const names = [slots[slot].fallback, ...slots[slot].values.map((value) => value.name)];
    texts = texts.flatMap((text) =>
      names.map((name) => fillSlots(text, lang, (one) => (one === slot ? name : undefined))),
    );
  }
  return texts.map((text) => text.replaceAll('{distance}', lang === 'en' ? '10 km' : '10 км'));
}

function placeholderProblems(where: string, template: string, lang: Lang): string[] {
  const problems: string[] = [];
  for (const [whole, name, form] of template.matchAll(SLOT_PLACEHOLDER)) {
    if (!(SLOT_NAMES as readonly string[]).includes(name!)) problems.push(`${where}: unknown placeholder ${whole}`);
    else if (
      form &&
      (!(RU_CASES as readonly string[]).includes(form) || !(DICTIONARY_SLOTS as readonly string[]).includes(name!))
    )
      problems.push(`${where}: ${whole} — only dictionary slots take a case (${RU_CASES.join(', ')})`);
  }
  // A title pasted bare into a sentence would need a case or an article it does not have.
  for (const name of ['title', 'said', 'told'])
    if (new RegExp(`(?<!['"‘“«])\\{${name}\\}|\\{${name}\\}(?!['"’”»])`).test(template))
      problems.push(`${where}: {${name}} must stand in quotes`);
  if (lang === 'ru' && !/[а-яё]/i.test(template)) problems.push(`${where}: the Russian text has no Russian in it`);
  if (lang === 'en' && /[а-яё]/i.test(template)) problems.push(`${where}: the English text has Russian in it`);
  return problems;
}

function neverProblems(where: string, template: string, lang: Lang, rules: NeverPack['always'], slots: SlotsPack) {
  const problems: string[] = [];
  // Rendered once: a template with two slots has a rendering per pair of their values.
  const texts = renderings(template, lang, slots);
  // A `{relation.dat}` left after filling means some value (or the fallback) has no such form.
  const hole = texts.find((text) => /\{[a-z_]+\.[a-z]+\}/.test(text));
  if (hole) problems.push(`${where}: a slot value lacks the Russian case form the template asks for ("${hole}")`);
  for (const rule of rules)
    compiledRule(rule)[lang].forEach((regex, index) => {
      if (texts.some((text) => regex.test(text)))
        problems.push(`${where}: ${rule.why} (matches /${rule[lang][index]}/)`);
    });
  return problems;
}

type NeverRule = NeverPack['always'][number];
/**
 * Each rule's patterns, compiled once per rule rather than once per wording (a pack has some 25,000 wordings). Most of
 * a check's seconds are still spent running the patterns; tests avoid them by reading the checked pack from the
 * content cache (`test/factories/first-five.ts`).
 */
const compiledRules = new WeakMap<NeverRule, Record<Lang, RegExp[]>>();
function compiledRule(rule: NeverRule): Record<Lang, RegExp[]> {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = { en: rule.en.map((text) => new RegExp(text, 'iu')), ru: rule.ru.map((text) => new RegExp(text, 'iu')) };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

/** Problems of one step's wordings: placeholders, languages, and the never-list. */
export function stepProblems(
  where: string,
  step: PathStep,
  mode: GoalTypePack['mode'],
  never: NeverPack,
  slots: SlotsPack,
): string[] {
  const rules = mode === 'quit' ? [...never.always, ...never.quit] : never.always;
  const problems: string[] = [];
  for (const [name, wording] of wordingsOf(step))
    for (const lang of LANGS) {
      const at = `${where}.${step.key}.${name}.${lang}`;
      problems.push(
        ...placeholderProblems(at, wording[lang], lang),
        ...neverProblems(at, wording[lang], lang, rules, slots),
      );
    }
  if (step.vigorous && levelsOf(step).some((level) => level !== 'active'))
    problems.push(`${where}.${step.key}: a vigorous step is only for people already active (level: active)`);
  return problems;
}
