import type { Coach, CoachContext, CoachResult } from '../../core/goals/coach.port.js';
import type { Locale, Step } from '../../core/goals/model.js';
import type { PathStep, StepWording } from '../../content/coach-pack.schema.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import { type Classified, createClassifier } from './classify-goal.js';
import { compileStems, normalise, type StemMatcher, words } from './text-match.js';

type Variant = 'text' | 'smaller' | 'concrete';
type Complaint = 'vague' | 'big' | 'noTime' | 'other';

/** Every revisit step shares one key; how often it was given numbers the next one. */
const REVISIT = 'revisit';

/** `lang-03:smaller` → `lang-03`: every wording of a path step shares its base key. */
const baseKey = (key: string | null) => key?.split(':')[0] ?? null;

/** A goal as the offline coach reads it: its type, its answers, and the path of steps it offers. */
interface Understood extends Classified {
  answers: string[];
  path: PathStep[];
  fill(text: string): string;
}

const usedKeys = (ctx: CoachContext) => new Set(Object.keys(ctx.usedKeys).map(baseKey));

/**
 * Once every curated step is used: revisit the steps already walked (in path order), each with
 * each revisit template in turn, so every revisit step is new. The quoted step comes from the
 * pack by its key, so no history has to be loaded for it.
 */
function revisit(pack: CoachPack, ctx: CoachContext, user: Understood): CoachResult {
  const used = usedKeys(ctx);
  const walked = user.path.filter((candidate) => used.has(candidate.key));
  const value = ctx.usedKeys[REVISIT] ?? 0;
  const templates = pack.revisit.length;
  const slot = Math.floor(value / templates);
  const round = Math.floor(slot / Math.max(walked.length, 1));
  const earlier = walked[slot % Math.max(walked.length, 1)];
  const template = pack.revisit[value % templates]!;
  const quoted = earlier ? user.fill(earlier.text[ctx.locale]).replace(/\s+/g, ' ').slice(0, 140) : ctx.goal.title;
  return {
    status: 'ok',
    step: template[ctx.locale].replace('{step}', quoted) + (round > 0 ? ` (${round + 1})` : ''),
    estimatedMinutes: template.minutes,
    coachKey: REVISIT,
    goalType: user.type?.id ?? 'generic',
    source: 'offline',
  };
}

function question(pack: CoachPack, ctx: CoachContext, user: Understood): CoachResult | undefined {
  // One question at most from the offline coach: after an answer it works with what it has.
  if (!ctx.mayAsk || !user.vague || user.answers.length > 0 || ctx.history.length > 0 || ctx.earlier.count > 0)
    return undefined;
  const query = user.type ? user.type.clarify : pack.generic.clarify;
  return {
    status: 'need_clarification',
    question: query[ctx.locale],
    goalType: user.type?.id ?? 'generic',
    source: 'offline',
  };
}

const wording = (step: PathStep, variant: Variant): StepWording =>
  variant === 'text' ? { ...step.text, minutes: step.minutes } : step[variant];

/** One wording of a path step as the coach's answer; its key says which wording was given. */
function offer(user: Understood, step: PathStep, variant: Variant, locale: Locale): CoachResult {
  const word = wording(step, variant);
  return {
    status: 'ok',
    step: user.fill(word[locale]),
    estimatedMinutes: word.minutes,
    coachKey: variant === 'text' ? step.key : `${step.key}:${variant}`,
    goalType: user.type?.id ?? 'generic',
    source: 'offline',
  };
}

type ComplaintMatchers = Record<Exclude<Complaint, 'other'>, StemMatcher>;

/** What the user's comment says is wrong with the step. */
function complaintOf(complaints: ComplaintMatchers, comment: string): Complaint {
  const text = normalise(comment);
  const tokens = words(text);
  // "No time" first: "too long, no time" is about time; then size; then clarity.
  if (complaints.noTime.count(text, tokens) > 0) return 'noTime';
  if (complaints.big.count(text, tokens) > 0) return 'big';
  if (complaints.vague.count(text, tokens) > 0) return 'vague';
  return 'other';
}

/**
 * Another step for the one the user complained about: the same step cut down or spelled out when
 * that wording is still fresh, else the unused step that best fits the complaint.
 */
function rephrased(
  pack: CoachPack,
  ctx: CoachContext,
  user: Understood,
  complaint: Complaint,
  current: Pick<Step, 'coachKey' | 'estimatedMinutes'>,
): CoachResult {
  const [base, variant] = (current.coachKey ?? '').split(':') as [string, Variant | undefined];
  const step = user.path.find((candidate) => candidate.key === base);
  const given = new Set(Object.keys(ctx.usedKeys));
  const fresh = (key: string) => !given.has(key);

  // Cut the same action down, or spell it out — the point is the same step made doable.
  if (
    step &&
    (complaint === 'big' || complaint === 'noTime') &&
    variant !== 'smaller' &&
    fresh(`${step.key}:smaller`)
  ) {
    return offer(user, step, 'smaller', ctx.locale);
  }
  if (step && complaint === 'vague' && variant !== 'concrete' && fresh(`${step.key}:concrete`)) {
    return offer(user, step, 'concrete', ctx.locale);
  }

  // Otherwise a different unused step: the smallest one for "too big / no time", else the
  // one closest in size to the current step ("a different step on the same level").
  const used = usedKeys(ctx);
  const target = complaint === 'big' || complaint === 'noTime' ? 0 : (current.estimatedMinutes ?? 20);
  const candidates = user.path.filter((candidate) => !used.has(candidate.key));
  const want: Variant =
    complaint === 'big' || complaint === 'noTime' ? 'smaller' : complaint === 'vague' ? 'concrete' : 'text';
  const size = (item: PathStep) => Math.abs(wording(item, want).minutes - target);
  const best = candidates.reduce<PathStep | undefined>(
    (other, item) => (other === undefined || size(item) < size(other) ? item : other),
    undefined,
  );
  return best ? offer(user, best, want, ctx.locale) : revisit(pack, ctx, user);
}

/**
 * The default coach: deterministic, offline, instant. It recognises the goal's type, asks one
 * clarifying question when the goal is too vague to act on, then walks the type's curated path,
 * then the generic steps, then revisits earlier steps — never giving the same step twice.
 */
export function createOfflineCoach(pack: CoachPack): Coach {
  const classifier = createClassifier(pack);
  const complaints: ComplaintMatchers = {
    vague: compileStems(pack.rephrase.vague),
    big: compileStems(pack.rephrase.big),
    noTime: compileStems(pack.rephrase.noTime),
  };

  const understand = (ctx: CoachContext): Understood => {
    const answers = ctx.clarifications.flatMap((clarification) => (clarification.answer ? [clarification.answer] : []));
    const classified = classifier.classify(ctx.goal.title, [ctx.goal.description ?? '', ...answers]);
    const path = [...(classified.type?.steps ?? []), ...pack.generic.steps];
    const fill = (text: string) =>
      text.replaceAll('{subject}', classified.subject || ctx.goal.title).replaceAll('{goal}', ctx.goal.title);
    return { ...classified, answers, path, fill };
  };

  const next = async (ctx: CoachContext): Promise<CoachResult> => {
    const user = understand(ctx);
    const asked = question(pack, ctx, user);
    if (asked) return asked;
    const used = usedKeys(ctx);
    const step = user.path.find((candidate) => !used.has(candidate.key));
    return step ? offer(user, step, 'text', ctx.locale) : revisit(pack, ctx, user);
  };

  return {
    clarifyGoal: next,
    firstStep: next,
    nextStep: next,

    async rephrase(ctx, current, comment) {
      return rephrased(pack, ctx, understand(ctx), complaintOf(complaints, comment), current);
    },
  };
}
