import type { Coach, CoachContext, CoachResult } from '../../core/goals/coach.port.js';
import { withChoices } from '../../core/goals/model.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import type { IntentModel } from '../intents/classifier.js';
import { createGoalClassifier, GENERIC, trainGoalModel } from './goal-classifier.js';
import { LEVELS, type PathStep } from '../../content/coach-pack.schema.js';
import { baseKey, offer, rephrased, type Variant, wording } from './rephrase.js';
import { createSlotReader } from './slots.js';
import { createReader, offeredKinds, type Understood } from './understand.js';
import { createHoldingReader } from './holdings.js';

/** Every revisit step shares one key; how often it was given numbers the next one. */
const REVISIT = 'revisit';

const usedKeys = (ctx: CoachContext) => new Set(Object.keys(ctx.usedKeys).map(baseKey));

/** Kind names by id, for the classifier's buttons and its reading of a tapped one. */
export const kindNames = (pack: CoachPack) => Object.fromEntries(pack.types.map((kind) => [kind.id, kind.name]));

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
    goalType: user.sure ? (user.kind?.id ?? GENERIC) : undefined,
    source: 'offline',
  };
}

/**
 * Before the first step, at most two questions (core stops a third). First, about the goal: which kind, when the
 * classifier is unsure (the likeliest kinds as buttons, the goal quoted in the person's words; after "Something
 * else" with no kind clearly ahead, the next likeliest as a second row); else what the kind
 * needs ("which language?"); else what "done" would look like, for a goal too vague to place; else how far along
 * they are (`levelQuestion`). Then one about its situation (`situationQuestion`). After a question about the kind,
 * the situation question goes before the level one: a tapped situation changed more first steps in the blind reads
 * than a level read wrongly.
 */
function question(pack: CoachPack, ctx: CoachContext, user: Understood): CoachResult | undefined {
  if (!ctx.mayAsk || ctx.history.length > 0 || ctx.earlier.count > 0) return undefined;
  const ask = (text: string, choices?: string[]): CoachResult => ({
    status: 'need_clarification',
    question: text,
    choices,
    goalType: user.sure ? (user.kind?.id ?? GENERIC) : undefined,
    source: 'offline',
  });
  const buttons = (template: string, choices: string[]) =>
    ask(withChoices(template.replaceAll('{title}', ctx.goal.title.trim()), choices), choices);
  const kindRow = (template: string, ids: readonly string[]) => {
    const names = new Map(pack.types.map((kind) => [kind.id, kind.name[ctx.locale]]));
    const choices = ids.filter((id) => names.has(id)).map((id) => names.get(id)!);
    return buttons(template, [...choices, pack.generic.other[ctx.locale]]);
  };
  if (user.moreKinds.length > 0) return kindRow(pack.generic.chooseMore[ctx.locale], user.moreKinds);
  const first = user.answers.length === 0 && !user.topics.answered && !user.level.answered;
  if (first) {
    if (!user.sure && user.reading) {
      const has = (id: string) => pack.types.some((kind) => kind.id === id);
      const candidates = offeredKinds(user.reading.ranked, has);
      // No kind could fit: rather than buttons of unrelated areas, what would be different, in the person's words.
      return candidates.length > 0
        ? kindRow(pack.generic.choose[ctx.locale], candidates)
        : ask(pack.generic.clarify[ctx.locale]);
    }
    if (user.kind?.needs && !user.slots.values[user.kind.needs]) {
      const { clarify, clarifyChoices } = user.kind;
      return clarifyChoices ? buttons(clarify[ctx.locale], clarifyChoices[ctx.locale]) : ask(clarify[ctx.locale]);
    }
    if (!user.kind) return ask(pack.generic.clarify[ctx.locale]);
  }
  const situation = situationQuestion(user);
  if ((first || !situation) && levelQuestion(user)) {
    const { level } = pack.generic;
    return buttons(
      level.question[ctx.locale],
      LEVELS.map((read) => level[read][ctx.locale]),
    );
  }
  return situation
    ? buttons(pack.generic.situation[ctx.locale], [
        ...user.topics.offered.map((item) => item.name[ctx.locale]),
        pack.generic.none[ctx.locale],
      ])
    : undefined;
}

/**
 * Which situation the goal is about, when it names some that would lead its first steps: a stem can catch a
 * stray word ("the end of the cycle" in a washing-machine goal is no bike; «без скандалов» is no quarrel), and
 * the person's tap is surer than any stem. Asked once the kind is settled, never about a safety net (`always`).
 */
const situationQuestion = (user: Understood) =>
  user.sure && user.kind !== undefined && !user.topics.answered && user.topics.offered.length > 0;

/**
 * How far along the person is, when their goal does not say and their first steps depend on it: unread, the
 * level is taken as `beginner` (the safe side), which sent a baker of good sponges to a first banana bread and a
 * runner with a 2:05 half marathon to walk-runs. Asked once the kind is settled, so the buttons can change steps.
 */
const levelQuestion = (user: Understood) => user.sure && user.kind !== undefined && user.level.decides();

/**
 * The wording that fits the minutes the person said they have: the cut-down one when the full step
 * would not fit ("only 20 minutes at lunch" never gets a 25-minute step when a smaller one exists).
 */
const fitting = (step: PathStep, user: Understood): Variant =>
  user.slots.minutes !== undefined && step.minutes > user.slots.minutes && step.smaller.minutes < step.minutes
    ? 'smaller'
    : 'text';

/**
 * The default coach: deterministic, offline, instant. It reads the goal's kind with a trained
 * classifier and its slots (a language, a distance, a level, a deadline), asks one question when
 * it cannot place the goal, then walks the kind's path for that person's branch, then the generic
 * steps, then revisits earlier steps — never giving the same step twice.
 */
export function createOfflineCoach(
  pack: CoachPack,
  model: IntentModel = trainGoalModel(pack.corpus, pack.types),
): Coach {
  const reader = createReader(
    pack,
    createGoalClassifier(model, kindNames(pack)),
    createSlotReader(pack.slots),
    createHoldingReader(pack.objects),
  );

  const next = async (ctx: CoachContext): Promise<CoachResult> => {
    const user = reader.understand(ctx);
    const asked = question(pack, ctx, user);
    if (asked) return asked;
    const used = usedKeys(ctx);
    // A step that would show words of the other language or an empty slot is passed over for the next one.
    const step = user.path.find(
      (candidate) => !used.has(candidate.key) && user.speaks(wording(candidate, fitting(candidate, user))[ctx.locale]),
    );
    return step ? offer(user, step, fitting(step, user), ctx) : revisit(pack, ctx, user);
  };

  return {
    clarifyGoal: next,
    firstStep: next,
    nextStep: next,
    async rephrase(ctx, current, comment) {
      // The comment is read with the earlier ones: what it rules out leaves the path before another step is picked, and
      // it goes on ruling it out for the steps after (the services keep it on the superseded step).
      const said = { text: current.text, coachKey: current.coachKey ?? null, userComment: comment };
      const user = reader.understand({ ...ctx, rejected: [...ctx.rejected, said] });
      const { reasons } = reader;
      return (
        rephrased(ctx, user, reasons.complaint(comment), current, reasons.rulesOut(comment)) ?? revisit(pack, ctx, user)
      );
    },
  };
}
