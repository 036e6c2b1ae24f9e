// Instruments: which one a text names, and another named beside the title's (no comeback on this one).
import { words } from '../text-match.js';
import type { SlotValue } from './types.js';
import { type CompiledValues, found } from './values.js';

/** An instrument's identity: its id, or its name for the less common ones (all `other_inst`). */
const instrumentKey = (value: SlotValue) => (value.id === 'other_inst' ? value.name.en : value.id);

/** The instrument a text names first (in the dictionary's order). */
const instrumentIn = (instruments: CompiledValues, text: string, tokens: string[]) => {
  const value = found(text, tokens, instruments);
  return value && instrumentKey(value);
};

/**
 * Words about reading music or about the people singing, not another instrument: the bass and treble clefs
 * ("I read the treble clef, not really the bass", «басовый ключ»), a bass line or the left hand's bass notes, and a
 * sing-song or singalong the player accompanies. A returning pianist who names them is still returning.
 */
const NOT_AN_INSTRUMENT =
  /\b(?:(?:bass|treble|alto|tenor)\s+)?clefs?\b(?:[^.!?]{0,40}?\bbass\b(?!\s+guitar))?|\bbass\s+(?:line|lines|notes?|part|hand)\b|\bsing-?\s?songs?\b|\bsing-?\s?alongs?\b|(?:басов|скрипичн)\p{L}*\s+ключ\p{L}*|ключ\p{L}*\s+(?:басов|скрипичн)\p{L}*|петь\s+вместе|подпева\p{L}*/giu;

/**
 * The title names an instrument and a later text another one. Every instrument of the later text counts, not only
 * the dictionary's first: "I played piano as a kid and have just rented a lever harp" names the harp too. A comeback
 * that also names a second instrument ("the violin at school; my daughter plays piano") so reads as a beginner: the
 * safe side, since first-lesson steps cost a returning player little and "play from memory" loses a beginner.
 */
export const otherInstrumentBefore = (instruments: CompiledValues, texts: string[], tokensOf: string[][]) => {
  const named = instrumentIn(instruments, texts[0] ?? '', tokensOf[0] ?? []);
  return (
    named !== undefined &&
    texts.slice(1).some((text, index) => {
      const plain = text.replace(NOT_AN_INSTRUMENT, ' ');
      const tokens = plain === text ? (tokensOf[index + 1] ?? []) : words(plain);
      const counts = instruments.index.counts(plain, tokens);
      return instruments.values.some((value, at) => instrumentKey(value) !== named && counts[at]! > 0);
    })
  );
};
