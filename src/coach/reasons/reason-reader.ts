// What a rephrase comment or a typed answer says: what is wrong with the step (the complaint), what it rules out
// (money, other people, going out, a body that hurts), what it says is missing ("there is no pool near me", «рядом нет
// бассейна») and the time it allows. The one reader of it: the offline coach filters its path with it, a language
// model's step is held to it (`constraints`), so a reason means the same to both coaches.
import type { Locale } from '../../core/goals/model.js';
import {
  type ConstraintReader,
  type ConstraintSources,
  namesThing,
  type StatedConstraints,
  violationOf,
} from '../../core/goals/constraints.js';
import { type PathStep, RULED_OUT, type RephrasePack, type RuledOut } from '../../content/coach-pack.schema.js';
import { compileStems, normalise, type StemMatcher, words } from '../offline/text-match.js';
import { missingReader } from './missing-things.js';
import { timeLimitReader } from './time-limit.js';

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
    const things = missing([...comments, ...answers]);
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
          things.some((thing) => tokens.some((token) => namesThing(token, thing))),
      );
    return { empty: areas.size === 0 && things.length === 0, harder, excludes };
  }

  const time = timeLimitReader(pack.time);
  /**
   * The same reading for a coach that writes its own steps: the things missing and the areas ruled out, as for the
   * path, and the time allowed ("too long" said of the step being replaced: shorter than it).
   */
  const constraints: ConstraintReader = {
    read(sources: ConstraintSources): StatedConstraints {
      const comments = [...sources.reasons, ...(sources.comment ? [sources.comment] : [])];
      const texts = [...comments, ...sources.answers];
      const ruledOut = rules.filter((rule) => comments.some((comment) => said(rule.says, comment)));
      const limits = texts.flatMap((text) => time.minutesIn(text) ?? []);
      const current = sources.current?.estimatedMinutes;
      if (current && sources.comment && time.tooLong(sources.comment)) limits.push(Math.max(5, current - 1));
      return {
        unavailable: missing(texts),
        ...(limits.length > 0 && { maxMinutes: Math.min(...limits) }),
        ...(ruledOut.length > 0 && { ruledOut: ruledOut.map((rule) => rule.name) }),
      };
    },
    broken(step, stated) {
      const found = violationOf(step, stated);
      if (found || !stated.ruledOut) return found;
      const text = normalise(step.text);
      const tokens = words(text);
      const area = rules.find((rule) => stated.ruledOut!.includes(rule.name) && rule.needs.count(text, tokens) > 0);
      return area && { kind: 'ruled_out', area: area.name };
    },
  };

  return {
    complaint,
    constraints,
    /** True when the comment rules something out: the step it was about is never offered again, in any wording. */
    rulesOut: (comment: string) => {
      const found = rulesIn(comment);
      return found.areas.length > 0 || found.things.length > 0;
    },
    read,
  };
}

export type ReasonReader = ReturnType<typeof createReasonReader>;
