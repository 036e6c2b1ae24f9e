import {
  DICTIONARY_SLOTS,
  type GoalTypePack,
  type GenericPack,
  type Hazard,
  type Horizon,
  HORIZONS,
  type Level,
  LEVELS,
  levelsOf,
  type NeverPack,
  type ObjectsPack,
  type PathStep,
  pathLevel,
  RU_CASES,
  SLOT_NAMES,
  type SlotsPack,
  type StepWording,
} from './coach-pack.schema.js';
import { fillSlots, SLOT_PLACEHOLDER } from './slot-template.js';

type Lang = 'en' | 'ru';
const LANGS: Lang[] = ['en', 'ru'];

/** The fewest steps a kind must leave for every level × deadline, so the path outlasts a week. */
export const MIN_BRANCH_STEPS = 10;
/** Of a branch's first steps, how many may be reflection rather than action. */
export const MAX_EARLY_REFLECTIONS = 1;
const EARLY = 5;

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
  let texts = [template.replaceAll('{title}', sampleTitle)];
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
  if (/(?<!['"‘“«]){title}/.test(template) || /{title}(?!['"’”»])/.test(template))
    problems.push(`${where}: {title} must stand in quotes`);
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

/**
 * A kind's steps for one branch, in path order (steps for a topic or a named slot, a health check shown only
 * for a reason, and a step only for a goal with a deadline left out: they are extras; a kind with no returning
 * steps walks returning people through its beginner branch).
 */
export function branchOf(steps: PathStep[], level: Level, horizon: Horizon): PathStep[] {
  const walked = pathLevel(steps, level);
  return steps.filter(
    (step) =>
      !step.topics &&
      !step.withSlots &&
      !step.healthCheck &&
      step.deadline !== true &&
      levelsOf(step).includes(walked) &&
      (!step.horizon || step.horizon.includes(horizon)),
  );
}

/**
 * A step that sets a limit on the habit or logs how much of it is done ("Set your limit", «Мой лимит», "when,
 * how much"): in a quitting kind it must be keyed to the `reduce` topic alone, so someone who wants to quit
 * (a title that says quit, with no cut-down asked for) never gets it (safety rule 1).
 */
const CUT_DOWN_STEP: Record<Lang, RegExp> = {
  en: /\b(?:my|your|the) limit\b|\bset (?:a|one) limit\b|\bwhen, how much\b|\bhow many (?:drinks|cigarettes)\b/iu,
  ru: /(?:^|[^а-яё])(?:мой|свой|твой|своем|своём|своему) лимит|«мой лимит»|когда, сколько|сколько (?:выпил|выкурил)/iu,
};
export const CUT_DOWN_TOPIC = 'reduce';

/**
 * A planned step-down ("a fixed amount less each week", «снижай постепенно») keeps the person doing the habit: in a
 * quitting path only caffeine and sugar in drinks get one (coach-safety-rules.md, rule 1). Blind read 24 found one
 * offered to a smoker who had relapsed.
 */
const STEP_DOWN: Record<Lang, RegExp> = {
  en: /\bstep(?:-| )?down\b|\btaper|\b(?:a little|a fixed amount|one \S+) (?:less|fewer) (?:each|every|per)\b/iu,
  ru: /постепенн\S* снижени|снижай постепенно|снижени\S* в календар|(?:чуть|на одну \S+) меньше (?:каждый|каждую|каждые)/iu,
};

/** Wordings a quitting path may use only on steps keyed to these topics alone, and what the problem says. */
const TOPIC_BOUND: Array<{ wording: Record<Lang, RegExp>; topics: ReadonlySet<string>; problem: string }> = [
  {
    wording: CUT_DOWN_STEP,
    topics: new Set([CUT_DOWN_TOPIC]),
    problem: `a limit or how-much step in a quitting path must have topics: [${CUT_DOWN_TOPIC}] only`,
  },
  {
    wording: STEP_DOWN,
    topics: new Set(['caffeine', 'caffeine_drink', 'caffeinated', 'sugar_drink']),
    problem: 'a step-down in a quitting path is for caffeine or sugar in drinks only',
  },
];

function topicBoundProblems(where: string, step: PathStep): string[] {
  const topics = step.topics ?? [];
  return TOPIC_BOUND.filter(
    (rule) =>
      wordingsOf(step).some(([, wording]) => LANGS.some((lang) => rule.wording[lang].test(wording[lang]))) &&
      !(topics.length > 0 && topics.every((topic) => rule.topics.has(topic))),
  ).map((rule) => `${where}.${step.key}: ${rule.problem} (topics: ${[...rule.topics].join(', ')})`);
}

/** A button's room: a name longer than this wraps or is cut in a chat client. */
export const SITUATION_NAME_MAX = 40;

/**
 * Every situation the coach may ask about has a button name, short and unlike the kind's other names (two
 * buttons that read the same cannot be told apart); a safety net (`always`) is never asked about, so has none.
 */
function situationNameProblems(where: string, situations: NonNullable<GoalTypePack['situations']>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const situation of situations) {
    const at = `${where}: situation ${situation.id}`;
    if (situation.always) {
      if (situation.name) problems.push(`${at} is always applied, so it is never offered: drop its name`);
      continue;
    }
    if (!situation.name) {
      problems.push(`${at} has no name for the situation question's button`);
      continue;
    }
    for (const text of [situation.name.en, situation.name.ru]) {
      if (text.length > SITUATION_NAME_MAX)
        problems.push(`${at}: name "${text}" is over ${SITUATION_NAME_MAX} characters`);
      if (seen.has(text.toLowerCase())) problems.push(`${at}: name "${text}" is already another situation's`);
      seen.add(text.toLowerCase());
    }
  }
  return problems;
}

/**
 * A supervised situation (a risky task learnt beside someone who knows it) is a safety net: always applied, with
 * steps of its own that are not `solo` (else the flag would drop them), and never in a step's `exceptTopics`, where it
 * would say the same as `solo` in a list that drifts. A situation marked `net` is a safety net too: always applied.
 */
function supervisedProblems(where: string, kind: Pick<GoalTypePack, 'steps' | 'situations'>): string[] {
  const problems: string[] = [];
  for (const situation of kind.situations ?? []) {
    if (situation.net && !situation.always)
      problems.push(`${where}: situation ${situation.id} is a safety net: add \`always: true\``);
    if (situation.injury) {
      if (!situation.always) problems.push(`${where}: situation ${situation.id} reads an injury: add \`always: true\``);
      for (const step of kind.steps.filter((item) => item.vigorous && !item.exceptTopics?.includes(situation.id)))
        problems.push(`${where}.${step.key}: a vigorous step must except the injury ${situation.id} (exceptTopics)`);
    }
    if (!situation.supervised) continue;
    const at = `${where}: situation ${situation.id}`;
    if (!situation.always) problems.push(`${at} is supervised, so it is a safety net: add \`always: true\``);
    const own = kind.steps.filter((step) => step.topics?.includes(situation.id));
    if (own.length === 0) problems.push(`${at} is supervised but no step is written for it`);
    for (const step of own.filter((item) => item.solo))
      problems.push(`${where}.${step.key}: a step for supervised ${situation.id} cannot be solo`);
    for (const step of kind.steps.filter((item) => item.exceptTopics?.includes(situation.id)))
      if (step.solo)
        problems.push(`${where}.${step.key}: solo already keeps it from ${situation.id}: drop it from exceptTopics`);
  }
  return problems;
}

/** Problems of a whole kind: its steps, its topics, and every branch's length and opening. */
export function kindProblems(
  where: string,
  kind: Pick<GoalTypePack, 'mode' | 'steps' | 'situations'>,
  never: NeverPack,
  slots: SlotsPack,
): string[] {
  const problems = kind.steps.flatMap((step) => stepProblems(where, step, kind.mode, never, slots));
  if (kind.mode === 'quit') problems.push(...kind.steps.flatMap((step) => topicBoundProblems(where, step)));
  const topics = new Set([
    ...DICTIONARY_SLOTS.flatMap((slot) => slots[slot].values.map((value) => value.id)),
    ...(kind.situations ?? []).map((situation) => situation.id),
  ]);
  for (const step of kind.steps)
    for (const topic of [...(step.topics ?? []), ...(step.alsoTopics ?? []), ...(step.exceptTopics ?? [])])
      if (!topics.has(topic))
        problems.push(`${where}.${step.key}: unknown topic "${topic}" (see slots.yaml or the kind's situations)`);
  for (const situation of kind.situations ?? [])
    for (const topic of situation.unless ?? [])
      if (!topics.has(topic))
        problems.push(`${where}: situation ${situation.id} is cancelled by an unknown topic "${topic}"`);
  problems.push(...situationNameProblems(where, kind.situations ?? []));
  problems.push(...supervisedProblems(where, kind));
  for (const level of LEVELS)
    for (const horizon of HORIZONS) {
      const branch = branchOf(kind.steps, level, horizon);
      if (branch.length < MIN_BRANCH_STEPS)
        problems.push(`${where}: only ${branch.length} steps for ${level} × ${horizon} (at least ${MIN_BRANCH_STEPS})`);
      const reflections = branch.slice(0, EARLY).filter((step) => step.reflect).length;
      if (reflections > MAX_EARLY_REFLECTIONS)
        problems.push(`${where}: ${reflections} reflection steps among the first ${EARLY} for ${level} × ${horizon}`);
    }
  return problems;
}

/** The step tags of `objects.yaml`, with the things and problems they name (read by src/coach/offline/holdings.ts). */
export type ObjectTags = Pick<ObjectsPack, 'objects' | 'problems' | 'steps'>;

/**
 * Problems of the "already + object" and named-problem tags: a tag on a step the pack does not have, a thing
 * or a problem no dictionary entry defines, a thing or problem no step is tagged with (the reader would find
 * it for nothing), a gate on a step that is not a safety check, and a step a person could lose for a thing in
 * hand though it is a safety check.
 */
export function objectTagProblems(tags: ObjectTags, steps: readonly PathStep[]): string[] {
  const problems: string[] = [];
  const keys = new Map(steps.map((step) => [step.key, step]));
  const things = new Set(tags.objects.map((item) => item.id));
  const named = new Set(tags.problems.map((item) => item.id));
  const given = new Set<string>();
  const addressed = new Set<string>();
  for (const [key, tag] of Object.entries(tags.steps)) {
    const where = `objects.yaml: steps.${key}`;
    const step = keys.get(key);
    if (!step) problems.push(`${where}: no step has this key`);
    for (const id of tag.gives ?? []) {
      given.add(id);
      if (!things.has(id)) problems.push(`${where}: gives an unknown thing "${id}" (see objects:)`);
    }
    for (const id of tag.addresses ?? []) {
      addressed.add(id);
      if (!named.has(id)) problems.push(`${where}: addresses an unknown problem "${id}" (see problems:)`);
    }
    const safety = step && /doctor|GP|physio|врач|терапевт|физиотерапевт/iu.test(step.text.en + step.text.ru);
    if (tag.gate && step && !safety) problems.push(`${where}: a gate must be a safety check (a doctor or physio)`);
    if (tag.gate && tag.gives) problems.push(`${where}: a safety check is never skipped for a thing in hand`);
  }
  for (const id of things) if (!given.has(id)) problems.push(`objects.yaml: no step gives "${id}"`);
  for (const id of named) if (!addressed.has(id)) problems.push(`objects.yaml: no step addresses "${id}"`);
  return problems;
}

/**
 * A hazard file's problems: its steps against the never-list, a hazard id taken by a situation or slot value, and a
 * `yields` or step topic that names nothing (`allHazards`: every hazard's id; a repeated id is the loader's problem).
 */
export function hazardProblems(
  where: string,
  hazards: readonly Hazard[],
  kinds: readonly Pick<GoalTypePack, 'situations'>[],
  never: NeverPack,
  slots: SlotsPack,
  allHazards: ReadonlySet<string>,
): string[] {
  const problems = hazards.flatMap((hazard) =>
    hazard.steps.flatMap((step) => stepProblems(`${where}.${hazard.id}`, step, 'build', never, slots)),
  );
  const situations = new Set(kinds.flatMap((kind) => (kind.situations ?? []).map((situation) => situation.id)));
  const values = new Set(DICTIONARY_SLOTS.flatMap((slot) => slots[slot].values.map((value) => value.id)));
  for (const hazard of hazards) {
    if (situations.has(hazard.id) || values.has(hazard.id))
      problems.push(`${where}: hazard id "${hazard.id}" is a situation's or a slot value's too`);
    for (const topic of hazard.yields ?? [])
      if (!situations.has(topic) && !values.has(topic) && !allHazards.has(topic))
        problems.push(`${where}: hazard ${hazard.id} yields to an unknown topic "${topic}"`);
    for (const step of hazard.steps)
      for (const topic of [...(step.topics ?? []), ...(step.alsoTopics ?? []), ...(step.exceptTopics ?? [])])
        if (!situations.has(topic) && !values.has(topic) && topic !== hazard.id)
          problems.push(`${where}.${step.key}: unknown topic "${topic}"`);
  }
  return problems;
}
