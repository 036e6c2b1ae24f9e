// Everything the person said besides the goal, read anew on every call: their answers (typed ones apart), their own
// words, and what their rephrase comments rule out of the path.
import type { CoachContext } from '../../../core/goals/coach.port.js';
import type { Locale } from '../../../core/goals/model.js';
import type { PathStep } from '../../../content/coach-pack.schema.js';
import type { CoachPack } from '../../../content/load-coach-pack.js';
import { createReasonReader, type Heard } from '../../reasons/reason-reader.js';
import { ownWordsReader } from './own-words.js';
import { answerSplitter } from './questions.js';

export function listener(pack: CoachPack) {
  const splitAnswers = answerSplitter(pack.generic);
  const ownWords = ownWordsReader(pack);
  const reasons = createReasonReader(pack.rephrase);
  return {
    reasons,
    hear(ctx: CoachContext) {
      const { topic, level, levelAnswered, rest } = splitAnswers(ctx.clarifications);
      const own = ownWords(ctx.clarifications, [ctx.goal.title, ctx.goal.description ?? '']);
      // Words typed instead of a situation's button are read like any other answer.
      const answers = own.topicTyped === undefined ? rest : [...rest, own.topicTyped];
      const comments = ctx.rejected.flatMap((step) => (step.userComment ? [step.userComment] : []));
      return { topic, level, levelAnswered, answers, own, comments, heard: reasons.read(comments, answers) };
    },
  };
}

/**
 * The path less what the person's comments and answers rule out ("there is no pool near me", "I can't afford it"). A
 * safety step (`safety`: a gate, a hazard's step, a doctor's check) is never taken out.
 */
export const withoutRuledOut = (
  path: PathStep[],
  heard: Heard,
  safety: (step: PathStep) => boolean,
  locale: Locale,
  render: (template: string) => string,
) => (heard.empty ? path : path.filter((step) => safety(step) || !heard.excludes(step, locale, render)));
