import type { GoalTypePack } from '../../content/coach-pack.schema.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import { compileStems, normalise, type StemMatcher, words } from './text-match.js';

/** Words that never name what a goal is about, in either language. */
const STOP = new Set(
  (
    'a an the to of in on at for and or my me i i’m im want wanna would like be become get go start finally really more ' +
    'some how new this that it with by from up out about just very much well do make have need try able can will ' +
    'я мне меня мой моя моё мое мои хочу хотел хотела хочется бы стать быть начать наконец очень немного как ' +
    'это этот эта в во на с со к ко по для и или а но у о об от до из за уже ещё еще больше сделать научиться ' +
    'чтобы свой свою своё свои себе'
  ).split(' '),
);

export interface Classified {
  type: GoalTypePack | undefined;
  /** What the goal is about, as the user wrote it ("Spanish", "японский"); empty if not named. */
  subject: string;
  /** True when nothing in the text is concrete enough to build a step on. */
  vague: boolean;
}

export interface GoalClassifier {
  classify(title: string, extra: string[]): Classified;
}

/**
 * Recognises a goal's type by its trigger words (best score wins; ties go to the first type in
 * file order) and extracts its subject from the title: the words left after removing stop words,
 * the type's generic words and the pack's vague words.
 */
export function createClassifier(pack: CoachPack): GoalClassifier {
  const types = pack.types.map((type) => ({
    type,
    triggers: compileStems(type.triggers),
    generic: compileStems(type.generic),
  }));
  const vague = compileStems(pack.generic.vague);

  const subjectOf = (title: string, generic: StemMatcher | undefined) => {
    const kept = title
      .split(/\s+/)
      .map((raw) => ({ raw: raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), norm: normalise(raw) }))
      .filter(
        ({ raw, norm }) => raw && norm && !STOP.has(norm) && !vague.coversWord(norm) && !generic?.coversWord(norm),
      );
    return kept.map((key) => key.raw).join(' ');
  };

  return {
    classify(title, extra) {
      const text = normalise([title, ...extra].join(' '));
      const tokens = words(text);
      let best: (typeof types)[number] | undefined;
      let bestScore = 0;
      for (const type of types) {
        const score = type.triggers.count(text, tokens);
        if (score > bestScore) [best, bestScore] = [type, score];
      }
      let subject = subjectOf(title, best?.generic);
      // An answer to a clarifying question names the subject when the title did not.
      for (const answer of extra)
        if (!subject) subject = subjectOf(answer, best?.generic).split(' ').slice(0, 4).join(' ');
      return { type: best?.type, subject, vague: subject === '' };
    },
  };
}
