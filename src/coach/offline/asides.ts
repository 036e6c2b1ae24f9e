import type { AsidesPack, PathStep } from '../../content/coach-pack.schema.js';
import { stepFiles, wordingsOf } from '../../content/check-coach-pack.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import type { Locale } from '../../core/goals/model.js';
import { indexStems, normalise, words } from './text-match.js';

/** What one goal's steps leave out: the asides for things the person never named. */
export interface AsidesOfGoal {
  trim(text: string): string;
}

export interface AsideReader {
  /**
   * The asides of a goal, from the person's own words (title and description). A tapped button is the coach's words
   * ("Knitting and sewing"), so answers do not count: a person who bought a sewing machine and tapped the needlework
   * button still never said they knit.
   */
  goal(texts: readonly string[], locale: Locale): AsidesOfGoal;
  /** The text without every aside's parts: what a person who names none of the things reads (the content check). */
  bare(text: string, locale: Locale): string;
}

/**
 * Leaves out of a step the parts written for one thing among several it covers (", or casting on and the knit
 * stitch if you knit" in a sewing step, "; for a bike, a stand or a hook" in a car repair) when the goal never names
 * that thing (`asides.yaml`). Blind read 52 scored 15 of its 39 language failures as such parts: "pasted from
 * another goal". The part is an exact phrase of the step, so a step that is reworded loses it from the content check,
 * never silently.
 */
export function createAsideReader(pack: AsidesPack): AsideReader {
  const index = indexStems(pack.asides.map((aside) => aside.about));
  const without = (text: string, locale: Locale, out: (at: number) => boolean) => {
    let result = text;
    pack.asides.forEach((aside, at) => {
      if (!out(at)) return;
      for (const part of aside[locale]) if (result.includes(part)) result = result.replaceAll(part, '');
    });
    return result;
  };
  return {
    goal(texts, locale) {
      const normalised = normalise(texts.join(' '));
      const counts = index.counts(normalised, words(normalised));
      const unnamed = pack.asides.map((_, at) => counts[at] === 0);
      return { trim: (text) => without(text, locale, (at) => unnamed[at]!) };
    },
    bare: (text, locale) => without(text, locale, () => true),
  };
}

/** What a step reads like with its asides out, if it reads broken: a space before a comma, two spaces, "( )". */
const BROKEN = /\s[,.;:)]|\s{2}|\(\s*\)|^\s|\s$|— —|—\s*[,.;]/u;

/**
 * The asides' problems over the steps: a part found in no step (it was reworded and the aside no longer works) and a
 * step that reads broken without its asides.
 */
export function asideProblems(pack: AsidesPack, steps: readonly PathStep[]): string[] {
  const reader = createAsideReader(pack);
  const problems: string[] = [];
  const wordings = steps.flatMap((step) =>
    wordingsOf(step).map(([name, wording]) => ({ at: `${step.key}.${name}`, wording })),
  );
  for (const aside of pack.asides)
    for (const locale of ['en', 'ru'] as const)
      for (const part of aside[locale])
        if (!wordings.some(({ wording }) => wording[locale].includes(part)))
          problems.push(`asides.yaml: ${aside.id}.${locale} "${part}" is in no step: write it as the step now says it`);
  for (const { at, wording } of wordings)
    for (const locale of ['en', 'ru'] as const) {
      const bare = reader.bare(wording[locale], locale);
      if (bare !== wording[locale] && BROKEN.test(bare))
        problems.push(`asides.yaml: ${at}.${locale} reads broken without its asides: "${bare}"`);
    }
  return problems;
}

/** `asideProblems` over every step the offline coach can give: each kind's, the generic ones and the hazards'. */
export const asideLeaks = (pack: Pick<CoachPack, 'types' | 'generic' | 'hazards' | 'asides'>): string[] =>
  asideProblems(
    pack.asides,
    stepFiles(pack).flatMap(({ steps }) => steps),
  );
