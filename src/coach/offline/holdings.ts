import type { ObjectsPack, PathStep, Stems } from '../../content/coach-pack.schema.js';
import { indexStems, normalise, words } from './text-match.js';

/** What a goal says the person already has, and the problems it names, in the order the pack lists them. */
export interface Holdings {
  has: string[];
  problems: string[];
}

export interface HoldingReader {
  read(texts: string[]): Holdings;
  /** The path without the steps whose thing is in hand, and a step for a named problem first. */
  apply(path: PathStep[], holdings: Holdings): PathStep[];
  /** True for a safety check that must stay ahead of any step moved to the front (`gate: true`). */
  isGate(step: PathStep): boolean;
}

/** A phrase as words; a word ending in `*` matches any word it starts, the others only themselves. */
type Phrase = string[];
const phrasesOf = (list: { en: string[]; ru: string[] }): Phrase[] =>
  [...list.en, ...list.ru].map((text) => words(text.replace(/ё/g, 'е')));
const wordIs = (pattern: string, word: string) =>
  pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
/** The index just past `phrase` when it starts at `at`, else -1. */
const matchAt = (tokens: string[], at: number, phrase: Phrase) =>
  phrase.every((pattern, offset) => tokens[at + offset] !== undefined && wordIs(pattern, tokens[at + offset]!))
    ? at + phrase.length
    : -1;
const anyAt = (tokens: string[], at: number, phrases: Phrase[]) =>
  phrases.some((phrase) => matchAt(tokens, at, phrase) >= 0);
/** "haven't", "didn't", "don't": an English negation in one word. */
const NEGATED_WORD = /n't$|n’t$/u;

/**
 * Clauses: sentences, and the parts of one joined by "but", «но», «а», «однако» — "I have the guitar but
 * no teacher" has the guitar in one and no teacher in the other — or by "and I" / «и я», which starts a new
 * statement: "my alarm goes at 6:30 and I'm running on about five hours" has no wish about the alarm.
 */
const clausesOf = (text: string) =>
  text
    .split(
      /[.!?;\n]+|,?\s+(?:but|however|though|although|yet|но|однако|хотя|зато)\s+|,\s+а\s+|,?\s+and\s+(?=(?:i|i'm|i’m|i've|i’ve|we)\s)|,?\s+и\s+(?=я\s)/iu,
    )
    .map((part) => words(normalise(part)))
    .filter((tokens) => tokens.length > 0);

/** How far a thing may stand from the cue: "the flights and hotel are booked", "I've booked the test for…". */
const BEFORE = 3;
const AFTER = 5;
/** Words a look back does not count: "the flights and the hotel are booked" reaches the flights. */
const LINKS = new Set(['and', 'the', 'a', 'an', 'my', 'our', 'both', '&', 'и', 'мои', 'наши']);
/** Where a look back from `start` begins: `BEFORE` words that are not links. */
const lookBack = (tokens: string[], start: number) => {
  let from = start;
  for (let counted = 0; from > 0 && counted < BEFORE; from--) if (!LINKS.has(tokens[from - 1]!)) counted++;
  return from;
};
/** Subjects: a cue that starts with one looks only after itself, and a look back stops at one. */
const SUBJECTS = new Set([
  'i',
  "i've",
  'i’ve',
  'we',
  "we've",
  'you',
  'he',
  'she',
  'they',
  'я',
  'мы',
  'ты',
  'он',
  'она',
  'они',
  'у',
]);

/** The ids of the items a text names, from one index of all their stems (an item is known by its position). */
function namer(items: { id: string; match: Stems }[]) {
  const index = indexStems(items.map((item) => item.match));
  return (text: string, tokens: string[]) => {
    const counts = index.counts(text, tokens);
    return items.filter((_, at) => counts[at]! > 0).map((item) => item.id);
  };
}

/** Compiles `objects.yaml` into a reader of what a goal says is already in hand. */
export function createHoldingReader(pack: ObjectsPack): HoldingReader {
  const cues = phrasesOf(pack.cues);
  // Cues by their first word, so a word is compared with the few cues that could start there.
  const exact = new Map<string, Phrase[]>();
  const prefixed = cues.filter((phrase) => phrase[0]!.endsWith('*'));
  for (const phrase of cues.filter((item) => !item[0]!.endsWith('*')))
    exact.set(phrase[0]!, [...(exact.get(phrase[0]!) ?? []), phrase]);
  const cueEnd = (tokens: string[], start: number) => {
    const candidates = [...(exact.get(tokens[start]!) ?? []), ...prefixed];
    return candidates.reduce((end, phrase) => Math.max(end, matchAt(tokens, start, phrase)), -1);
  };
  const negations = phrasesOf(pack.negations);
  const wishes = phrasesOf(pack.wishes);
  const objectsIn = namer(pack.objects);
  const itselfIn = namer(pack.objects.filter((item) => item.itself));
  const problemsIn = namer(pack.problems);

  const negatedAt = (tokens: string[], at: number) =>
    NEGATED_WORD.test(tokens[at] ?? '') || anyAt(tokens, at, negations);
  /** A cue undone by a negation or a wish in the two words before it ("not yet booked", "want to get"). */
  const undone = (tokens: string[], start: number) =>
    [start - 1, start - 2].some((at) => at >= 0 && (negatedAt(tokens, at) || anyAt(tokens, at, wishes)));
  const objectIn = (tokens: string[]) => {
    return objectsIn(tokens.join(' '), tokens);
  };

  /** A thing whose name says it is in hand ("the Booker shortlist"), in a clause with no wish or negation. */
  const namedItself = (tokens: string[], found: Set<string>) => {
    if (tokens.some((token, at) => negatedAt(tokens, at) || anyAt(tokens, at, wishes))) return;
    for (const id of itselfIn(tokens.join(' '), tokens)) found.add(id);
  };

  const inClause = (tokens: string[], found: Set<string>) => {
    namedItself(tokens, found);
    for (let start = 0; start < tokens.length; start++) {
      const end = cueEnd(tokens, start);
      if (end < 0 || undone(tokens, start)) continue;
      // "I have to buy", «уже не»: a duty or a negation right after the cue.
      if (tokens[end] === 'to' || negatedAt(tokens, end)) continue;
      const after = tokens.slice(end, end + AFTER);
      const cut = after.findIndex((_, index) => negatedAt(after, index));
      for (const id of objectIn(cut >= 0 ? after.slice(0, cut) : after)) found.add(id);
      // Before the cue only for a cue with no subject of its own ("the test is booked", «права уже получил»),
      // and back to the nearest subject: "I want a tutor and I already have an app" has no tutor.
      if (SUBJECTS.has(tokens[start]!)) continue;
      const window = tokens.slice(lookBack(tokens, start), start);
      const before = window.slice(window.findLastIndex((token) => SUBJECTS.has(token)) + 1);
      if (before.some((_, index) => negatedAt(before, index) || anyAt(before, index, wishes))) continue;
      for (const id of objectIn(before)) found.add(id);
    }
  };

  const namedProblems = (texts: string[]) => {
    const all = texts.map(normalise).join(' ');
    const tokens = words(all);
    return problemsIn(all, tokens);
  };

  const tags = (step: PathStep) => pack.steps[step.key];
  // Every step of a goal reads the same texts again: the last goals' readings are kept.
  const recent = new Map<string, Holdings>();
  return {
    read(texts) {
      const key = texts.join('\u0000');
      const known = recent.get(key);
      if (known) return known;
      const found = new Set<string>();
      for (const text of texts) for (const clause of clausesOf(text)) inClause(clause, found);
      const has = pack.objects.map((item) => item.id).filter((id) => found.has(id));
      const read = { has, problems: namedProblems(texts) };
      if (recent.size >= RECENT_READINGS) recent.clear();
      recent.set(key, read);
      return read;
    },

    isGate: (step) => Boolean(tags(step)?.gate),

    apply(path, holdings) {
      const has = new Set(holdings.has);
      const kept = has.size ? path.filter((step) => !tags(step)?.gives?.some((id) => has.has(id))) : path;
      const pulled = pulledFor(kept, holdings.problems, (step) => tags(step)?.addresses ?? []);
      if (pulled.length === 0) return kept;
      const rest = kept.filter((step) => !pulled.includes(step));
      // A safety check at the head of the path (see a doctor before training) stays ahead of a pulled step.
      const gates = rest.slice(0, GATE_WINDOW).filter((step) => tags(step)?.gate);
      return [...gates, ...pulled, ...rest.filter((step) => !gates.includes(step))];
    },
  };
}

/** For each named problem in turn, the first step on the path that addresses it (at most `MAX_PULLED`). */
function pulledFor(path: PathStep[], problems: string[], addresses: (step: PathStep) => string[]): PathStep[] {
  const pulled: PathStep[] = [];
  for (const problem of problems) {
    const step = path.find((item) => !pulled.includes(item) && addresses(item).includes(problem));
    if (step) pulled.push(step);
    if (pulled.length === MAX_PULLED) break;
  }
  return pulled;
}

/** How many goals' readings are kept for their next step. */
const RECENT_READINGS = 256;

/** How many steps named problems may pull to the front, and how far down a gate still counts as leading. */
export const MAX_PULLED = 2;
const GATE_WINDOW = 2;
