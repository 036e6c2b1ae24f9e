// The slot reader: compiles the pack and reads a goal's texts with every kind of slot, then renders templates.
import { DICTIONARY_SLOTS, type DictionarySlot, type SlotsPack } from '../../../content/coach-pack.schema.js';
import { fillSlots } from '../../../content/slot-template.js';
import { compileStems, normalise, words } from '../text-match.js';
import { DATE_SAID, FREE_DAY, GAVE_UP_AFTER, datedHorizons, horizonOfSpan, withoutPastDates } from './dates.js';
import { MULTI_SPORT, distanceOf, multiSportDistance } from './distance.js';
import { NO_ATTEMPT_MADE, OLD_ATTEMPT, ownAttempt } from './exams.js';
import { WEIGHT_CLASS, WEIGHT_SAID, healthCheckFits } from './health-signs.js';
import { levelReader } from './level.js';
import { OTHER_PARENT } from './people.js';
import { CUT_DOWN_ASKED, QUIT_TITLE } from './quitting.js';
import { NOT_FREE_TIME, dropDayAsPlace, minutesOf } from './times.js';
import type { GoalSlots, SlotReader } from './types.js';
import { compileValues, found } from './values.js';

/**
 * A site's name ("Author.Today", "Booking.com") is no word of the goal: "Today" in it is no deadline. Both
 * sides of the dot start with a letter, so "10.5 km" and "e.g." stay.
 */
const SITE_NAME = /(?<=^|[\s(«"'])\p{L}[\p{L}\d-]*(?:\.\p{L}[\p{L}\d-]+)+(?=$|[\s,;:!?)»"'])/gu;

/**
 * A month's name that starts a place's name in a description ("the NIS office in May Pen", "March Road"): no date
 * (blind read 42 read "in May Pen" as a deadline). Titles are often in title case, so only descriptions.
 */
const PLACE_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?= (?!(?:I|We|He|She|They|It|My|Our|Next|This|Last|And|Or|But|So|The|Then|Is|Was|Will|At|On|In|To|For)\b)[A-Z][a-z])/g;

/**
 * Words that name a slot's value without meaning it, left out before that slot is read: time said as not free, or a
 * school named as the past, is no window (`NOT_FREE_TIME`); a fail or a retake only feared is no attempt made
 * (`FEARED_ATTEMPT`), and nor is another exam passed on a later try (`PASSED_ATTEMPT`).
 */
const UNSAID: Partial<Record<DictionarySlot, RegExp>> = {
  window: NOT_FREE_TIME,
  relation: OTHER_PARENT,
  known: NO_ATTEMPT_MADE,
};

/** The title and the descriptions with site names and a description's month-named places taken out. */
const rawTexts = (title: string, more: readonly string[]) =>
  [title, ...more].map((text, index) => (index ? text.replace(PLACE_MONTH, ' ') : text).replace(SITE_NAME, ' '));

/** Compiles the pack's dictionaries and phrase lists into a reader of goals. */
export function createSlotReader(pack: SlotsPack): SlotReader {
  const dictionaries = DICTIONARY_SLOTS.map((slot) => ({
    slot,
    values: compileValues(pack[slot].values),
  }));
  const instruments = dictionaries.find((dictionary) => dictionary.slot === 'instrument')?.values ?? compileValues([]);
  const levels = {
    beginner: compileStems(pack.level.beginner),
    returning: compileStems(pack.level.returning),
    active: compileStems(pack.level.active),
    health: compileStems(pack.level.health),
    reason: compileStems(pack.level.reason ?? { en: [], ru: [] }),
  };
  const readLevel = levelReader(levels, instruments);
  const horizons = (['days', 'weeks', 'months'] as const).map((id) => ({ id, match: compileStems(pack.horizon[id]) }));
  const datedWords = datedHorizons(pack);

  const aims = dictionaries.find((dictionary) => dictionary.slot === 'aim')?.values ?? compileValues([]);
  const knowns = dictionaries.find((dictionary) => dictionary.slot === 'known')?.values ?? compileValues([]);
  const exams = dictionaries.find((dictionary) => dictionary.slot === 'exam')?.values ?? compileValues([]);
  /** The title's own cut-down: "stop drinking on weeknights", «бросить пить по будням». */
  const aimOf = (title: string) => found(title, words(title), aims)?.id === 'reduce';

  return {
    read(title, more, stated) {
      const raws = rawTexts(title, more);
      const texts = raws.map(normalise).filter(Boolean);
      const tokensOf = texts.map(words);
      const all = texts.join(' ');
      const tokens = words(all);
      const values: GoalSlots['values'] = {};
      for (const { slot, values: options } of dictionaries)
        for (const [index, text] of texts.entries()) {
          const unsaid = UNSAID[slot];
          const plain = unsaid ? text.replace(unsaid, ' ') : text;
          const value = found(plain, plain === text ? tokensOf[index]! : words(plain), options);
          if (value) {
            values[slot] = { id: value.id, name: value.name };
            break;
          }
        }
      dropDayAsPlace(values, all);
      // An exam failed long ago ("I failed it at school", «завалила в школе») is no recent attempt: the format
      // is not known from it.
      if (values.known?.id === 'format' && OLD_ATTEMPT.test(all)) delete values.known;
      // A fail of another test, named after it ("failed my driving theory twice" for a CSCS test): no attempt at this one.
      if (values.known?.id === 'format' && values.exam && !ownAttempt(texts, values.exam.id, knowns, exams))
        delete values.known;
      // A title that says quit is no cut-down because the description tells when the habit happens now.
      if (
        values.aim?.id === 'reduce' &&
        QUIT_TITLE.test(texts[0] ?? '') &&
        !aimOf(texts[0] ?? '') &&
        !CUT_DOWN_ASKED.test(all)
      )
        delete values.aim;
      const described = texts.slice(1);
      const { level, levelMixed, levelBesideInjury } = readLevel(texts, tokensOf, all, tokens, stated);
      // A weekday named as time the person has is no date (`FREE_DAY`).
      const dated = all.replace(FREE_DAY, ' ').replace(GAVE_UP_AFTER, ' ');
      const datedTokens = dated === all ? tokens : words(dated);
      const horizon =
        texts.map(horizonOfSpan).find(Boolean) ??
        horizons.find((option) => option.match.count(dated, datedTokens) > 0)?.id;
      const distance = MULTI_SPORT.test(all)
        ? multiSportDistance(texts[0] ?? '', all)
        : texts.map((text, index) => distanceOf(text, index)).find(Boolean);
      const minutes = texts.map(minutesOf).find(Boolean);
      const spanned = texts.some((text) => horizonOfSpan(text));
      // Taking past dates out only removes matches, so the clause-by-clause pass runs only when a date is said at all
      // (most goals name none; this runs for every step).
      const dateSaid = DATE_SAID.test(all) && DATE_SAID.test(withoutPastDates(raws));
      const deadline = spanned || dateSaid || datedWords.count(dated, datedTokens) > 0;
      const healthCheck =
        levels.health.count(all, tokens) > 0 ||
        (!WEIGHT_CLASS.test(all) && WEIGHT_SAID.test(all)) ||
        levels.reason.count(all, tokens) > 0 ||
        healthCheckFits(all, described, level);
      return { values, distance, level, levelMixed, levelBesideInjury, horizon, minutes, deadline, healthCheck };
    },

    render(template, slots, locale, title) {
      const text = fillSlots(
        template.replaceAll('{title}', title.trim()),
        locale,
        (slot) => slots.values[slot]?.name ?? pack[slot].fallback,
      );
      return text.replaceAll('{distance}', (slots.distance ?? pack.distance.fallback)[locale]);
    },
  };
}
