// What a rephrase comment says: what is wrong with the step (the complaint), what it rules out (money, other people,
// going out, a body that hurts) and what it says is missing ("there is no pool near me", «рядом нет бассейна»).
import type { Locale } from '../../core/goals/model.js';
import { type PathStep, RULED_OUT, type RephrasePack, type RuledOut } from '../../content/coach-pack.schema.js';
import { compileStems, normalise, type StemMatcher, words } from './text-match.js';

export type Complaint = 'vague' | 'big' | 'noTime' | 'easy' | 'done' | 'other';

/**
 * What the person's comments and answers rule out of the path, read anew on every call. `excludes` is true for a step
 * that needs what they said they cannot use or do not have; `harder` when a comment said a step was below them.
 */
export interface Heard {
  /** Nothing read changes the path (the common case: the path is left as it is). */
  empty: boolean;
  harder: boolean;
  /** `render` fills a template's slots as the person reads it ("{instrument}" → "the guitar"), the title left out. */
  excludes(step: PathStep, locale: Locale, render: (template: string) => string): boolean;
}

const NOTHING: Heard = { empty: true, harder: false, excludes: () => false };

/** Russian case endings, longest first: «бассейна», «бассейне», «бассейном» all start with «бассейн». */
const RU_ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
].concat(['ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь']);
const CYRILLIC = /[а-я]/;

/** A Russian word's stem (its case ending off, at least three letters kept); an English word as it is. */
function stemOf(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  const ending = RU_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

/** Whether a token is `thing`: a Russian stem starts it; an English word is it or its plural ("pools", "gym's"). */
const names = (token: string, thing: string) =>
  CYRILLIC.test(thing)
    ? token.startsWith(thing)
    : token === thing || token === `${thing}s` || token === `${thing}es` || token === `${thing}'s`;

/**
 * The things the texts say are missing: after a `lead` phrase, the words up to a `stop` word (two at most). An English
 * thing is its last word ("swimming pool" → pool: a step about open-water swimming still fits); a Russian one every
 * word's stem (the adjective comes first: «тренажёрного зала»).
 */
function missingReader(pack: RephrasePack['missing']) {
  const leads = [...pack.lead.en, ...pack.lead.ru]
    .map((lead) => words(normalise(lead)))
    .sort((one, two) => two.length - one.length);
  const stops = new Set([...pack.stop.en, ...pack.stop.ru].map((word) => normalise(word)));
  const leadAt = (tokens: string[], at: number) =>
    leads.find((lead) => lead.every((word, offset) => tokens[at + offset] === word));
  return (texts: readonly string[]): string[] => {
    const things: string[] = [];
    for (const text of texts) {
      const tokens = words(normalise(text));
      for (let at = 0; at < tokens.length; at++) {
        const lead = leadAt(tokens, at);
        if (!lead) continue;
        const named: string[] = [];
        for (let next = at + lead.length; next < tokens.length && named.length < 2; next++) {
          const word = tokens[next]!;
          // Letters only: "no, I'd rather…" names nothing missing.
          if (!/^[\p{L}-]+$/u.test(word)) break;
          if (stops.has(word)) {
            if (named.length > 0) break;
            continue;
          }
          named.push(word);
        }
        const kept = named.filter((word) => word.length >= 3);
        const heads = kept.length > 0 && !CYRILLIC.test(kept.at(-1)!) ? [kept.at(-1)!] : kept;
        things.push(...heads.map(stemOf).filter((stem) => stem.length >= 3));
        at += lead.length - 1;
      }
    }
    return things;
  };
}

type Read = { text: string; tokens: string[] };
const readOf = (text: string): Read => {
  const normalised = normalise(text);
  return { text: normalised, tokens: words(normalised) };
};
const WORDINGS = ['text', 'smaller', 'concrete', 'smallerConcrete'] as const;

/**
 * A step's wordings in one language as the person reads them, the title left out (a step quoting "Learn to swim" does
 * not need a pool). A wording with no slot is read once per step (paths are shared objects of the loaded pack).
 */
const wordingCache = new WeakMap<PathStep, Partial<Record<Locale, (Read | undefined)[]>>>();
function wordingsIn(step: PathStep, locale: Locale, render: (template: string) => string): Read[] {
  let cached = wordingCache.get(step);
  if (!cached) wordingCache.set(step, (cached = {}));
  const fixed = (cached[locale] ??= WORDINGS.map((name) => {
    const template = step[name][locale].replaceAll('{title}', ' ');
    return template.includes('{') ? undefined : readOf(template);
  }));
  return fixed.map((read, at) => read ?? readOf(render(step[WORDINGS[at]!][locale].replaceAll('{title}', ' '))));
}

/** Reads comments and answers: the complaint of one comment, and what all of them rule out of the path. */
export function createReasonReader(pack: RephrasePack) {
  const complaints = {
    done: compileStems(pack.done),
    easy: compileStems(pack.easy),
    noTime: compileStems(pack.noTime),
    big: compileStems(pack.big),
    vague: compileStems(pack.vague),
  };
  const rules = RULED_OUT.map((name) => ({
    name,
    says: compileStems(pack.rulesOut[name].says),
    needs: compileStems(pack.rulesOut[name].needs),
  }));
  const missing = missingReader(pack.missing);
  const said = (matcher: StemMatcher, comment: string) => {
    const text = normalise(comment);
    return matcher.count(text, words(text)) > 0;
  };

  /**
   * What the comment says is wrong. "Already done" first (it asks for another step, never a rewording of this one),
   * then "too easy" ("bigger" is no "too big"), then time ("too long, no time" is about time), size and clarity.
   */
  const complaint = (comment: string): Complaint =>
    (['done', 'easy', 'noTime', 'big', 'vague'] as const).find((name) => said(complaints[name], comment)) ?? 'other';

  /** What a comment rules out: the areas it names and the things it says are missing. */
  const rulesIn = (comment: string) => ({
    areas: rules.filter((rule) => said(rule.says, comment)),
    things: missing([comment]),
  });

  /**
   * What everything said rules out. Areas come from the rephrase comments only (an answer's "I learn on my own" is no
   * refusal of other people); a thing missing, from comments and typed answers alike ("there's no pool near me").
   */
  function read(comments: readonly string[], answers: readonly string[]): Heard {
    if (comments.length === 0 && answers.length === 0) return NOTHING;
    const areas = new Set<RuledOut>(comments.flatMap((comment) => rulesIn(comment).areas.map((rule) => rule.name)));
    const things = [...new Set(missing([...comments, ...answers]))];
    const harder = comments.some((comment) => complaint(comment) === 'easy');
    if (areas.size === 0 && things.length === 0 && !harder) return NOTHING;
    const needing = rules.filter((rule) => areas.has(rule.name));
    // One call reads a path several times (the level question compares paths): each step is judged once.
    const judged = new Map<PathStep, boolean>();
    const excludes = (step: PathStep, locale: Locale, render: (template: string) => string) => {
      let verdict = judged.get(step);
      if (verdict === undefined) judged.set(step, (verdict = judge(step, locale, render)));
      return verdict;
    };
    const judge = (step: PathStep, locale: Locale, render: (template: string) => string) =>
      (areas.has('health') && step.vigorous === true) ||
      wordingsIn(step, locale, render).some(
        ({ text, tokens }) =>
          needing.some((rule) => rule.needs.count(text, tokens) > 0) ||
          things.some((thing) => tokens.some((token) => names(token, thing))),
      );
    return { empty: areas.size === 0 && things.length === 0, harder, excludes };
  }

  return {
    complaint,
    /** True when the comment rules something out: the step it was about is never offered again, in any wording. */
    rulesOut: (comment: string) => {
      const found = rulesIn(comment);
      return found.areas.length > 0 || found.things.length > 0;
    },
    read,
  };
}

export type ReasonReader = ReturnType<typeof createReasonReader>;
