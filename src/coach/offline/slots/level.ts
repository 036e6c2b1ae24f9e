// The level a goal reads as (beginner, returning, active), from the counted signs and what is said plainly.
import type { Level } from '../../../content/coach-pack.schema.js';
import { type StemMatcher, words } from '../text-match.js';
import { BODY_WEIGHT, SPORTS_INJURY, STROKE_BREATH, SWIM_STROKE, WEIGHT_CLASS, WEIGHT_SAID } from './health-signs.js';
import { otherInstrumentBefore } from './instruments.js';
import {
  ALREADY_BOUGHT,
  ALREADY_DOING,
  AT_A_PLACE,
  CLEARED,
  DOING_NOW,
  IN_A_GROUP_NOW,
  NEVER_DID,
  NEVER_FURTHER,
  NEW_TO_THE_GROUP,
  NO_LONGER,
  NO_RETURN,
  ONE_MISHAP,
  PART_DONE,
  SCHOOL_NOW,
  SOMEONE_ELSE_DID,
  YEARS_DOING,
} from './level-signs.js';
import { QUIT_HABIT, QUIT_OTHER } from './quitting.js';
import type { CompiledValues } from './values.js';

/** The counts of each level's signs in a goal, and whether it names a health sign. */
type LevelSigns = Record<'beginner' | 'returning' | 'active', number> & { health: boolean };

/**
 * The level the signs point to. A health sign (weight, breathlessness, an injury, no exercise for
 * years) means `beginner` whatever else was said: no hard session for someone who may be starting.
 * Otherwise `active` needs more signs than either other side; a returning sign beats a tie with
 * `active` ("I did a course, still lopsided"), and a tie with `beginner` stays `beginner`.
 */
export function levelOf(signs: LevelSigns): Level | undefined {
  if (signs.health) return 'beginner';
  if (signs.active > signs.returning && signs.active > signs.beginner) return 'active';
  if (signs.returning > 0 && signs.returning >= signs.beginner) return 'returning';
  if (signs.beginner > 0) return 'beginner';
  return undefined;
}

/**
 * The level after what the person says plainly: a distance done now outweighs a past ("ran it in 2019") unless a
 * health sign says start gently; part of it done and the rest never reads as having part of the skill.
 */
function statedLevel(level: Level | undefined, described: string[], health: boolean): Level | undefined {
  const doingNow = described.some((text) => DOING_NOW.test(text));
  if (doingNow && level !== 'beginner') return 'active';
  const partDone = !doingNow && described.some((text) => PART_DONE.test(text));
  return partDone && !health && level !== 'returning' ? 'returning' : level;
}

/** A place held now in a group that does it (`IN_A_GROUP_NOW`), unless any text says the group is new to them. */
const inAGroupNow = (texts: string[]) =>
  texts.some((text) => IN_A_GROUP_NOW.test(text)) && !texts.some((text) => NEW_TO_THE_GROUP.test(text));

/**
 * The level from the signs in the goal's texts (the title first), and whether they pull more than one way; a level
 * the person picked wins.
 */
export function levelReader(
  levels: Record<'beginner' | 'returning' | 'active' | 'health', StemMatcher>,
  instruments: CompiledValues,
) {
  /** `all` and `tokens` are the texts joined and its words, as the slot reader already has them. */
  return (texts: string[], tokensOf: string[][], all: string, tokens: string[], stated: Level | undefined) => {
    const described = texts.slice(1);
    // "Never ran", «никогда не бегала»: a past-tense verb after a "never" is no sign of coming back;
    // nor is someone else's past ("he played").
    const others = all
      .replace(NEVER_DID, ' ')
      .replace(SOMEONE_ELSE_DID, ' ')
      .replace(ONE_MISHAP, ' ')
      .replace(NO_RETURN, ' ')
      .replace(SCHOOL_NOW, ' ');
    const unsaid = QUIT_HABIT.test(texts[0] ?? '') ? others : others.replace(QUIT_OTHER, ' ');
    const kitBought = all.replace(ALREADY_BOUGHT, ' ').replace(NO_LONGER, ' ').replace(AT_A_PLACE, ' ');
    const withoutClass = WEIGHT_CLASS.test(all) ? all.replace(BODY_WEIGHT, ' ') : all;
    const weighed = SWIM_STROKE.test(all) ? withoutClass.replace(STROKE_BREATH, ' ') : withoutClass;
    // "Never done more than 2 km in one go", "never 5 km legs": the furthest so far, no first-timer's never.
    const furthest = all.replace(NEVER_FURTHER, ' ');
    const counts = {
      beginner: levels.beginner.count(furthest, furthest === all ? tokens : words(furthest)),
      returning: levels.returning.count(unsaid, words(unsaid)),
      active:
        levels.active.count(kitBought, kitBought === all ? tokens : words(kitBought)) +
        ALREADY_DOING.filter((sign) => described.some((text) => sign.test(text))).length +
        2 * YEARS_DOING.filter((sign) => texts.some((text) => sign.test(text))).length +
        (inAGroupNow(texts) ? 2 : 0),
      // Cleared by a professional, the health signs they judged no longer make a beginner.
      health:
        !CLEARED.test(all) &&
        (levels.health.count(weighed, weighed === all ? tokens : words(weighed)) > 0 || WEIGHT_SAID.test(weighed)),
    };
    const signs = levelOf(counts);
    // A comeback on another instrument ("I played guitar at uni" for a banjo, clarinet at school for a tenor
    // sax) is no comeback on this one: nothing of it to play from memory, so the new one starts as a beginner.
    const comeback = signs === 'returning' && otherInstrumentBefore(instruments, texts, tokensOf) ? 'beginner' : signs;
    const pulls = [counts.beginner, counts.returning, counts.active].filter((count) => count > 0).length;
    const level = stated ?? statedLevel(comeback, described, counts.health);
    return {
      level,
      levelMixed: stated === undefined && !counts.health && pulls > 1,
      levelBesideInjury:
        stated === undefined && counts.health && level === 'beginner'
          ? besideInjury(weighed, counts, described)
          : undefined,
    };
  };

  /** The level without the health signs when a sports injury is all of them, if that level is `active`. */
  function besideInjury(
    weighed: string,
    counts: Record<'beginner' | 'returning' | 'active', number>,
    described: string[],
  ): Level | undefined {
    if (!SPORTS_INJURY.test(weighed)) return undefined;
    SPORTS_INJURY.lastIndex = 0;
    const rest = weighed.replace(SPORTS_INJURY, ' ');
    if (levels.health.count(rest, words(rest)) > 0 || WEIGHT_SAID.test(rest)) return undefined;
    const without = statedLevel(levelOf({ ...counts, health: false }), described, false);
    return without === 'active' ? without : undefined;
  }
}
