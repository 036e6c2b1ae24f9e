// What the slot reader gives back: the values, distance, level, horizon and time a goal says, and the reader's shape.
import type { Locale } from '../../../core/goals/model.js';
import type { DictionarySlot, Horizon, Level, SlotNameForms } from '../../../content/coach-pack.schema.js';

/** One dictionary value found in a goal: its id (for `topics:`) and its names. */
export interface SlotValue {
  id: string;
  name: SlotNameForms;
}

/** What a goal says about itself beyond its kind. `undefined` = not said. */
export interface GoalSlots {
  values: Partial<Record<DictionarySlot, SlotValue>>;
  /** "10 km", in the goal's own unit; a named race becomes its distance. */
  distance?: { en: string; ru: string };
  level?: Level;
  /**
   * True when the texts pull the level two ways with no health sign ("running for two years… never on ice", "I bake
   * a decent sponge but never anything tiered"): the level read is the likelier one, not a sure one.
   */
  levelMixed?: boolean;
  /**
   * The level the signs give when the only health signs are a sports injury (an Achilles, a meniscus, a
   * strained shoulder): set only when that level is `active` and no level was picked. A kind that reads the injury
   * itself and keeps hard sessions from it (sport's `past_injury`) walks this level instead of the beginner's.
   */
  levelBesideInjury?: Level | undefined;
  horizon?: Horizon;
  /** The minutes the person said they have at a time ("only 20 minutes at lunch", «полчаса в день»). */
  minutes?: number;
  /**
   * True when the goal gives a deadline or a date ("in 3 weeks", "by March", "nets start in April", «к
   * маю», «права истекают в марте», a date, "deadline"): only then may a step ask for "the date it has to
   * be done by". "Someday", «когда-нибудь» or "long term" are a horizon but no deadline.
   */
  deadline?: boolean;
  /**
   * True when a check with a doctor before training fits: the goal names a health sign or another reason (a
   * condition, pain, pregnancy, medicines), a long break (`returning`), an age of 50 or more, or a hard event
   * (a half marathon or more, a triathlon) not from an `active` level — or it says too little about the
   * person to rule one out (no description of six words or more).
   */
  healthCheck?: boolean;
}

export interface SlotReader {
  /**
   * Reads the title first: when the title names a value, an answer or description cannot replace it. A level the
   * person picked (`stated`, their answer to the level question) wins over any sign in the texts.
   */
  read(title: string, more: string[], stated?: Level): GoalSlots;
  /** A template with its slots filled, or their fallbacks; `{title}` is the goal as typed. */
  render(template: string, slots: GoalSlots, locale: Locale, title: string): string;
}
