import {
  type CrisisCategory,
  crisisLevel,
  CRISIS_LEVELS,
  type SafetyCheck,
  type SafetyVerdict,
} from '../../core/safety.port.js';
import { normaliseText } from '../intents/classifier.js';
import type { CrisisModel } from './crisis-scorer.js';
import { sentencesOf } from './segments.js';
import { hasImminentCue, matchPatterns, patternText } from './crisis-patterns.js';
import {
  ABOUT_THE_WRITER,
  isFramed,
  isFramedSentence,
  isHopefulGoal,
  isPlay,
  isPlayedThreat,
  isPractice,
} from './frames.js';
import { jokeTakenBack, quietCue, shortFarewell } from './quiet-cues.js';
import { languageOf, type Reading, type ScreenReader } from './reader.js';

export type CrisisThresholds = { crisis: number; uncertain: number };
/** A goal's title and description are a register of their own (short, plain, about a plan); the rest is chat. */
export type Register = 'chat' | 'goal';
export type ThresholdTable = Readonly<Record<'en' | 'ru', Readonly<Record<Register, CrisisThresholds>>>>;

/** The same thresholds for every language and register. */
export const uniformThresholds = (thresholds: CrisisThresholds): ThresholdTable => ({
  en: { chat: thresholds, goal: thresholds },
  ru: { chat: thresholds, goal: thresholds },
});

/**
 * Where the model's crisis probability turns into a crisis reply, per language and register; from half of it a
 * configured language model is asked for a second opinion. Chosen by `scripts/tune-crisis-thresholds.ts` (its rules
 * and curves: docs/safety.md), recall first: a false alarm costs a calm message with resources, a miss can cost a life.
 */
export const CRISIS_THRESHOLDS: ThresholdTable = {
  en: { chat: { crisis: 0.3, uncertain: 0.15 }, goal: { crisis: 0.3, uncertain: 0.15 } },
  ru: { chat: { crisis: 0.25, uncertain: 0.125 }, goal: { crisis: 0.25, uncertain: 0.125 } },
};

/**
 * The goal register's own model (trained with ordinary goals as safe text beside the everyday background) and its
 * thresholds, chosen on the 4,850 goals of the coach's blind reviews and the 175 crises said as goals per language
 * (`test/fixtures/safety/goal-*`; docs/safety.md), never on a blind set: recall first, then the fewest goals turned
 * away, no higher than the language's chat threshold. With ordinary goals weighed on their own (`GOAL_TEXT_WEIGHT`)
 * and writers 35–40 in training, English at 0.28 caught 172 of 175 and turned 289 of 2,423 goals away (173 only from
 * 0.26, at 334 turned away; 0.3: 171); Russian caught 172 of 175 at every threshold from 0.2 to its chat one, 0.25,
 * where it turned 186 of 2,412 away (278 at 0.2). With the occasions-and-marks corpus file, at the same thresholds:
 * 173 and 288 (English), 173 and 183 (Russian).
 */
export const GOAL_MODEL_THRESHOLDS: Readonly<Partial<Record<'en' | 'ru', CrisisThresholds>>> = {
  en: { crisis: 0.28, uncertain: 0.14 },
  ru: { crisis: 0.25, uncertain: 0.125 },
};

/** The register a field's words are read in. */
export const registerOf = (field?: string): Register =>
  field === 'title' || field === 'description' ? 'goal' : 'chat';

/**
 * A message of up to four words gives the model little to read («нет», "be better", "the thing on
 * tuesday"), so it flags one only when surer than for a longer text; short crisis phrases ("want to die",
 * «устала жить») are the patterns' job. A goal's title is short by nature and read at 0.5. In the chat the bar is
 * 0.4: since the corpus holds short crises and short ordinary lines that share their words
 * (content/safety/corpus/short.<lang>.yaml), the model's short readings are better grounded, and on the
 * development sets (the writers left out one at a time, the spent blind sets, the 800 everyday messages) 0.4 caught
 * 3 more crises and flagged nothing more, where 0.3 flagged goal-like lines typed as messages ("Cut out soda").
 */
const SHORT: Readonly<Record<Register, { words: number; crisis: number; uncertain: number }>> = {
  chat: { words: 4, crisis: 0.4, uncertain: 0.3 },
  goal: { words: 4, crisis: 0.5, uncertain: 0.3 },
};

/**
 * In a text framed as not about the writer now (frames.ts: news, a film or an essay, coursework, a helpline shift, a
 * past recovered from), the model's finding of the writer's own life (ideation, self-harm, hopelessness, a goodbye)
 * flags only at this probability or above. Harm to others, a child in danger and a plan keep their threshold in any
 * frame, as their patterns keep their floor. Measured on the development sets (docs/safety.md): at 0.4 it cut
 * near-the-line false alarms (recovery, news, coursework) and goals turned away, for one crisis message of 1,920.
 */
export const FRAMED_CRISIS = 0.4;

/**
 * The model's findings a text about ordinary practice (frames.ts `isPractice`: a hunt, a will, tablets as prescribed)
 * reads with more certainty; so a threat in a game (`isPlay`: the boss "shot" at paintball).
 */
const PRACTICE_CATEGORIES: ReadonlySet<CrisisCategory> = new Set(['plan', 'goodbye', 'ideation', 'hopeless']);

/**
 * The patterns' finding, a floor the model cannot lower. The same words in a frame that is clearly not
 * about the writer now (news about someone else, coursework, a film, a helpline shift, "used to … two years
 * clean") go to the model instead; a plan, a means or a timing stays a floor in any frame.
 */
export function patternFloor(normalised: string): CrisisCategory | undefined {
  const whole = matchPatterns(normalised);
  if (!whole || whole === 'plan') return whole;
  const framed = isFramed(normalised);
  // A threat said inside a game ("shoot the boss at paintball") is set aside only where it is said (isPlayedThreat).
  const played = isPlay(normalised);
  if (!framed && !played) return whole;
  for (const sentence of sentencesOf(normalised)) {
    const category = matchPatterns(sentence);
    if (!category) continue;
    if (category === 'plan') return category;
    const setAside =
      (framed && isFramedSentence(sentence, category)) ||
      (played && category === 'harm_others' && isPlayedThreat(sentence));
    if (!setAside) return category;
  }
  return undefined;
}

/**
 * A quiet cue in a framed text, said in a sentence the frame does not reach: "Session 3 of the module done… so I held
 * my hand over the gas hob" is coursework and then the writer's own evening. A frame speaks for its own sentence, or
 * for a sentence about someone else, not for every sentence beside it.
 */
function unframedQuietCue(normalised: string): CrisisCategory | undefined {
  for (const sentence of sentencesOf(normalised)) {
    const category = quietCue(sentence);
    if (category && !isFramedSentence(sentence, category)) return category;
  }
  return undefined;
}

/**
 * What a text says quietly (see `checkOne`): unframed, a farewell alone at any score, or from half the unsure band a
 * quiet cue or a joke taken back (the model's own category then); framed, a quiet cue its frame does not reach.
 */
function quietFinding(
  normalised: string,
  { framed, unsure, category }: { framed: boolean; unsure: boolean; category: CrisisCategory },
): CrisisCategory | undefined {
  if (framed) return unsure ? unframedQuietCue(normalised) : undefined;
  const farewell = shortFarewell(normalised);
  if (farewell || !unsure) return farewell;
  return quietCue(normalised) ?? (jokeTakenBack(normalised) ? category : undefined);
}

const planOnly = (category: CrisisCategory | undefined) => (category === 'plan' ? category : undefined);

const urgency = (verdict: SafetyVerdict) =>
  verdict.crisis
    ? CRISIS_LEVELS.length - CRISIS_LEVELS.indexOf(verdict.level) + (verdict.source === 'pattern' ? 0.5 : 0)
    : 0;

export interface CrisisCheckOptions {
  thresholds?: ThresholdTable;
  /** The goal register's model, for the languages of `GOAL_MODEL_THRESHOLDS`; without it the one model reads all. */
  goalModel?: Pick<CrisisModel, 'score'>;
  /** The readings of a message beside the words as typed (reader.ts); without it, the words alone. */
  reader?: ScreenReader;
}

/**
 * The crisis check every free text passes: the high-precision patterns first (a floor the model
 * can never lower), then the trained model, on every reading of the message (Russian typed in Latin
 * letters, chat abbreviations, emoji…); the most urgent finding wins. A time or a means named in a
 * crisis makes it imminent.
 */
export function createCrisisCheck(model: Pick<CrisisModel, 'score'>, options: CrisisCheckOptions = {}): SafetyCheck {
  const thresholds = options.thresholds ?? CRISIS_THRESHOLDS;
  const checkOne = ({ text, patternsOnly }: Reading, register: Register, russianFramed = false): SafetyVerdict => {
    const normalised = patternText(text);
    const lang = languageOf(text);
    const goalBands = register === 'goal' && options.goalModel ? GOAL_MODEL_THRESHOLDS[lang] : undefined;
    const bands = goalBands ?? thresholds[lang][register];
    const scorer = (goalBands && options.goalModel) || model;
    const shortBar = SHORT[register];
    // Words typed in Latin cannot show a Russian frame («телефон доверия» as `telefon doveriya`), while a transliterated
    // crisis word among them may read as an English one (`suicide`): when their Russian reading is framed, that reading
    // decides, and the Latin letters keep only a plan's floor.
    const floor = patternsOnly && russianFramed ? planOnly(patternFloor(normalised)) : patternFloor(normalised);
    const imminent = () => hasImminentCue(normalised);
    if (floor) return { crisis: true, category: floor, level: crisisLevel(floor, imminent()), source: 'pattern' };
    if (patternsOnly) return { crisis: false, uncertain: false };
    const { p, category } = scorer.score(text);
    // A short chat line the model reads as a plan and that names a time or a means ("after the hearing. done.", «петля
    // уже висит») says the most it can in few words: the bar for short lines does not hold it back.
    const short =
      normaliseText(text).split(' ').length <= shortBar.words &&
      !(register === 'chat' && category === 'plan' && imminent());
    const framed = isFramed(normalised);
    const threshold =
      (framed && ABOUT_THE_WRITER.has(category)) ||
      (PRACTICE_CATEGORIES.has(category) && isPractice(normalised)) ||
      (category === 'harm_others' && isPlay(normalised)) ||
      (register === 'goal' && ABOUT_THE_WRITER.has(category) && isHopefulGoal(normalised))
        ? Math.max(FRAMED_CRISIS, bands.crisis)
        : bands.crisis;
    if (p >= (short ? Math.max(shortBar.crisis, threshold) : threshold))
      return { crisis: true, category, level: crisisLevel(category, imminent()), source: 'model' };
    // A crisis said quietly (quiet-cues.ts) in a text that is not framed, or in a sentence its frame does not reach: a text that is only a farewell or a last day
    // at any score, other quiet words from half the unsure band's start, at any length ("Completely trapped."). From
    // half the band, not from its start: on the development sets that caught 6 more crises (plain hopelessness above
    // all) and flagged nothing more, near the line, among the goals or the everyday messages; at any score it flagged
    // near-the-line texts and goals.
    const quiet = quietFinding(normalised, { framed, unsure: p >= bands.uncertain / 2, category });
    if (quiet) return { crisis: true, category: quiet, level: crisisLevel(quiet, imminent()), source: 'model' };
    return {
      crisis: false,
      uncertain: p >= (short ? Math.max(shortBar.uncertain, bands.uncertain) : bands.uncertain),
    };
  };
  return {
    check(text, field) {
      const register = registerOf(field);
      const readings = options.reader?.readings(text) ?? [{ text }];
      // The last reading is the Russian one when the others are read for patterns only (reader.ts).
      const russian = readings.length > 1 && readings[0]!.patternsOnly ? readings.at(-1)!.text : undefined;
      const russianFramed = russian !== undefined && isFramed(patternText(russian));
      let worst = checkOne(readings[0]!, register, russianFramed);
      for (const reading of readings.slice(1)) {
        const verdict = checkOne(reading, register, russianFramed);
        if (urgency(verdict) > urgency(worst)) worst = verdict;
        else if (!worst.crisis && !verdict.crisis && verdict.uncertain) worst = verdict;
      }
      return worst;
    },
  };
}
