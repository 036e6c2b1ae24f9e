/**
 * What the person has ruled out in their own words — a reason given for a rephrase ("there is no pool near me",
 * "too long"), an answer typed to a question — and the check of a step written afterwards against it. One reader
 * (`ConstraintReader`, over the content's words) serves the offline coach's path and a language model's steps alike,
 * so a reason means the same to both coaches.
 */
export interface StatedConstraints {
  /** Things the person does not have or cannot reach, as stems of their head words ("pool", «бассейн»). */
  unavailable: string[];
  /** The longest a step may take, in minutes: shorter than the step called too long, or the time they said. */
  maxMinutes?: number;
  /** Areas a rephrase reason ruled out ("I can't afford it": money; «нет машины»: going out), when any. */
  ruledOut?: string[];
}

/** A step that ignores a stated constraint, named in English for a model (never logged: it holds the person's words). */
export type Violation =
  | { kind: 'unavailable'; thing: string }
  | { kind: 'too_long'; minutes: number; max: number }
  | { kind: 'ruled_out'; area: string };

/** What the constraints are read from. `comment` (with `current`) is the reason given for the step being replaced. */
export interface ConstraintSources {
  /** Every earlier rephrase reason (areas such as money are read from reasons only: "I learn on my own" is no refusal). */
  reasons: readonly string[];
  /** Every answer to the coach's questions, typed or tapped. */
  answers: readonly string[];
  comment?: string;
  current?: { estimatedMinutes: number | null };
}

/** Reads what the person ruled out, and holds a step written afterwards to it. */
export interface ConstraintReader {
  read(sources: ConstraintSources): StatedConstraints;
  /** The first constraint the step ignores, or undefined when it keeps them all. */
  broken(step: { text: string; estimatedMinutes: number }, constraints: StatedConstraints): Violation | undefined;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Russian case endings, longest first: «бассейна», «бассейне», «бассейном» all start with «бассейн». */
const RU_ENDINGS = [
  ...['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ых', 'их', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие'],
  ...['ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь'],
];

/**
 * A word's stem to find it again in a step: a Russian case ending off (three letters kept at least), an English
 * plural's "s" or "es" off ("pools" → pool, "buses" → bus, "bikes" → bike).
 */
export function stemOf(word: string): string {
  if (CYRILLIC.test(word)) {
    const ending = RU_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
    return ending ? word.slice(0, -ending.length) : word;
  }
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.length <= 3 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return word;
  return /(?:ses|xes|zes|ches|shes)$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
}

/**
 * Whether a word of a step is the thing ruled out: a Russian stem with an ending at most (бассейн → бассейне), an
 * English one as a whole word or its plural (pool → pools, pool's; a car is no card).
 */
export const namesThing = (word: string, stem: string) =>
  CYRILLIC.test(stem)
    ? word.startsWith(stem) && word.length <= stem.length + 3
    : word === stem || word === `${stem}s` || word === `${stem}es` || word === `${stem}'s`;

/** Whether the constraints rule anything out at all. */
export const constrains = (constraints: StatedConstraints) =>
  constraints.unavailable.length > 0 || constraints.maxMinutes !== undefined || (constraints.ruledOut?.length ?? 0) > 0;

const wordsOf = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’ʼ`]/g, "'")
    .match(/[\p{L}'-]+/gu) ?? [];

/** The first thing or time limit a step ignores (areas need the content's words: the reader checks those). */
export function violationOf(
  step: { text: string; estimatedMinutes: number },
  constraints: StatedConstraints,
): Violation | undefined {
  const words = wordsOf(step.text);
  const thing = constraints.unavailable.find((stem) => words.some((word) => namesThing(word, stem)));
  if (thing) return { kind: 'unavailable', thing };
  const max = constraints.maxMinutes;
  if (max !== undefined && step.estimatedMinutes > max)
    return { kind: 'too_long', minutes: step.estimatedMinutes, max };
  return undefined;
}
