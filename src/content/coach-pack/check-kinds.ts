// Checks of a whole kind: every branch's length and opening, the quitting path's wordings, situations' names and nets.
import {
  DICTIONARY_SLOTS,
  type GoalTypePack,
  type Horizon,
  HORIZONS,
  type Level,
  LEVELS,
  levelsOf,
  type NeverPack,
  type PathStep,
  pathLevel,
  type SlotsPack,
} from '../coach-pack.schema.js';
import { LANGS, type Lang, stepProblems, wordingsOf } from './check-steps.js';

/** The fewest steps a kind must leave for every level × deadline, so the path outlasts a week. */
export const MIN_BRANCH_STEPS = 10;
/** Of a branch's first steps, how many may be reflection rather than action. */
export const MAX_EARLY_REFLECTIONS = 1;
const EARLY = 5;

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
