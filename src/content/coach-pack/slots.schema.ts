// Template slots and `slots.yaml`: the slot names a step may use, the dictionaries of values (with the Russian case
// forms templates ask for), and the phrase lists slot extraction reads.
import { z } from 'zod';
import { Localized, Stems } from './text.schema.js';

/** Template slots a step may name (`{language}` …); `title` is always available. */
export const DICTIONARY_SLOTS = [
  'language',
  'instrument',
  'habit',
  'sport',
  'relation',
  'exam',
  'craft',
  'care',
  'aim',
  'shape',
  'window',
  'known',
  'fear',
  'apart',
  'warning',
] as const;
export type DictionarySlot = (typeof DICTIONARY_SLOTS)[number];
/**
 * `said`: what the person wants in their own words, typed as an answer (else the goal's title); `told`: what they told
 * about it, typed or in their description (the general path quotes them: `gen-own-…` steps).
 */
export const SLOT_NAMES = ['title', 'said', 'told', 'distance', ...DICTIONARY_SLOTS] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/** Russian case forms a template asks for as `{relation.dat}`; English names do not decline. */
export const RU_CASES = ['gen', 'dat', 'acc', 'ins', 'pre'] as const;
export type RuCase = (typeof RU_CASES)[number];

/** A slot value's name: nominative in both languages, plus the Russian cases templates use. */
export const SlotName = z.strictObject({
  en: z.string().trim().min(2),
  ru: z.string().trim().min(2),
  cases: z.partialRecord(z.enum(RU_CASES), z.string().trim().min(2)).optional(),
});
export type SlotNameForms = z.infer<typeof SlotName>;

const DictionaryValue = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  name: SlotName,
  match: Stems,
});

const Dictionary = z.strictObject({ fallback: SlotName, values: z.array(DictionaryValue).min(1) });

/** `slots.yaml`: the dictionaries and phrase lists slot extraction reads. */
export const SlotsPack = z.strictObject({
  language: Dictionary,
  instrument: Dictionary,
  habit: Dictionary,
  sport: Dictionary,
  relation: Dictionary,
  exam: Dictionary,
  /** What is being made or learned in a creative or skill goal (cooking, photography, code). */
  craft: Dictionary,
  /** Which appointment a check-up goal is about (the dentist, an eye test). */
  care: Dictionary,
  /** How a quit goal is meant: `reduce` (drink less) keeps quit dates and zero targets out. */
  aim: Dictionary,
  /** A goal between kinds: a channel or blog run as a project, a whole-room renovation, a career change. */
  shape: Dictionary,
  /** When the person said they have time ("Sunday mornings", «в обед»); its name reads as an adverbial. */
  window: Dictionary,
  /** What the person already knows, so a step need not send them to find it out (the exam format). */
  known: Dictionary,
  /** A fear or worry the description names (nerves, being alone somewhere new): a step addresses it. */
  fear: Dictionary,
  /** The person lives apart from whom the goal is about (another city): no steps that assume a shared kitchen. */
  apart: Dictionary,
  /**
   * Signs a body is at risk today, whatever the kind: on exertion (`red_flag`: chest tightness, fainting) a doctor
   * before more training; a stroke's or a retina's sudden signs (`stroke_sign`, `eye_sign`) emergency or same-day care.
   */
  warning: Dictionary,
  /**
   * `health` (weight, breathlessness, injury, no exercise for years) makes the level `beginner` whatever
   * else was said; otherwise the side with more signs wins, a returning sign beats a tie with `active`,
   * and a tie with `beginner` goes to `beginner`. `reason`: more reasons for a health check before
   * training that do not make the level (a condition, medicines, pregnancy, older age in words).
   */
  level: z.strictObject({ beginner: Stems, returning: Stems, active: Stems, health: Stems, reason: Stems.optional() }),
  horizon: z.strictObject({ days: Stems, weeks: Stems, months: Stems }),
  distance: z.strictObject({ fallback: Localized }),
});
export type SlotsPack = z.infer<typeof SlotsPack>;
