import type { CoachContext, CoachResult } from '../../core/goals/coach.port.js';
import type { Step } from '../../core/goals/model.js';
import type { PathStep, StepWording } from '../../content/coach-pack.schema.js';
import type { Complaint } from '../reasons/reason-reader.js';
import type { Understood } from './understand.js';

export type Variant = 'text' | 'smaller' | 'concrete' | 'smallerConcrete';

const SMALL: ReadonlySet<Variant> = new Set(['smaller', 'smallerConcrete']);

/** `lang-03:smaller` → `lang-03`: every wording of a path step shares its base key. */
export const baseKey = (key: string | null | undefined) => key?.split(':')[0] ?? null;
const variantOf = (key: string | null | undefined): Variant => (key?.split(':')[1] as Variant | undefined) ?? 'text';

export const wording = (step: PathStep, variant: Variant): StepWording =>
  variant === 'text' ? { ...step.text, minutes: step.minutes } : step[variant];

/** One wording of a path step as the coach's answer; its key says which wording was given. */
export function offer(user: Understood, step: PathStep, variant: Variant, ctx: CoachContext): CoachResult {
  const word = wording(step, variant);
  return {
    status: 'ok',
    step: user.fill(word[ctx.locale]),
    estimatedMinutes: word.minutes,
    coachKey: variant === 'text' ? step.key : `${step.key}:${variant}`,
    goalType: user.sure ? (user.kind?.id ?? 'generic') : undefined,
    source: 'offline',
  };
}

/**
 * The wording a complaint asks for, from the one shown: "too big" cuts it down, "I don't understand"
 * spells out the same size. Once a step was cut down, every later answer stays cut down: a
 * spelled-out version of the small step, never the full one again.
 */
function wantedVariant(complaint: Complaint, current: Variant, shrunk: boolean): Variant {
  if (complaint === 'big' || complaint === 'noTime')
    return current === 'concrete' || current === 'smallerConcrete' ? 'smallerConcrete' : 'smaller';
  if (complaint === 'vague') return shrunk ? 'smallerConcrete' : 'concrete';
  return shrunk ? 'smaller' : 'text';
}

/**
 * Another step for the one the user complained about: the same step in the wording the complaint
 * asks for when that wording is still fresh and no bigger, else the unused step whose wording fits
 * best — never larger than a step the user already found too big. `undefined` when nothing is left.
 * A step the person has done already, found too easy, or said needs what they cannot use (`rulesOut`: "there is no
 * pool near me") is never reworded: another step comes, the next bigger one after "too easy".
 */
export function rephrased(
  ctx: CoachContext,
  user: Understood,
  complaint: Complaint,
  current: Pick<Step, 'coachKey' | 'estimatedMinutes'>,
  rulesOut = false,
): CoachResult | undefined {
  const base = baseKey(current.coachKey);
  const variant = variantOf(current.coachKey);
  const step = user.path.find((candidate) => candidate.key === base);
  const given = new Set(Object.keys(ctx.usedKeys));
  const easy = complaint === 'easy';
  const shrunk = !easy && (SMALL.has(variant) || given.has(`${base}:smaller`) || given.has(`${base}:smallerConcrete`));
  const cap = shrunk || complaint === 'big' || complaint === 'noTime' ? (current.estimatedMinutes ?? 120) : 120;
  const want = wantedVariant(complaint, variant, shrunk);
  const another = rulesOut || easy || complaint === 'done';

  const key = (item: PathStep, as: Variant) => (as === 'text' ? item.key : `${item.key}:${as}`);
  const speaks = (item: PathStep) => user.speaks(wording(item, want)[ctx.locale]);
  if (
    !another &&
    step &&
    want !== variant &&
    !given.has(key(step, want)) &&
    wording(step, want).minutes <= cap &&
    speaks(step)
  )
    return offer(user, step, want, ctx);

  // A different unused step: the smallest for "too big / no time", the next bigger one for "too easy", else the one
  // closest in size.
  const used = new Set([...Object.keys(ctx.usedKeys).map(baseKey), base]);
  const minutes = current.estimatedMinutes ?? 20;
  const target = complaint === 'big' || complaint === 'noTime' ? 0 : minutes;
  const size = (item: PathStep) => {
    const them = wording(item, want).minutes;
    // After "too easy" a smaller step only comes when no step is as big: it ranks behind every bigger one.
    if (easy) return them > minutes ? them - minutes : 1000 - them;
    return Math.abs(them - target);
  };
  // Closest in size first (path order among equals); the first whose wording may be shown — only that one is rendered.
  const best = user.path
    .filter((item) => !used.has(item.key) && wording(item, want).minutes <= cap)
    .sort((one, two) => size(one) - size(two))
    .find(speaks);
  return best ? offer(user, best, want, ctx) : undefined;
}
