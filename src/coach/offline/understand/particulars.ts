// What a description says about the person in particular, as the steps in their own words (`gen-own-…`) quote it: a
// described goal placed outside the kinds is led by those steps, as a typed answer is.
import { normalise, words } from '../text-match.js';
import { QUOTE, quoteOf } from './own-words.js';

/** A professional's word: what a doctor, a physio or a teacher said is the person's particular, not the template's. */
const ADVISER =
  /(?:^| )(?:doctor|gp|physio\S*|surgeon|consultant|nurse|midwife|therapist|dentist|vet|coach|teacher|tutor|lawyer|solicitor|accountant|врач\S*|доктор\S*|физиотерапевт\S*|терапевт\S*|хирург\S*|кардиолог\S*|медсестр\S*|тренер\S*|учител\S*|репетитор\S*|юрист\S*|адвокат\S*|нотариус\S*|ветеринар\S*)(?= |$)/u;

/**
 * How much a sentence says about this person in particular: its numbers (a rating, an age, a sum, a distance, a date),
 * the names in it (a capitalised word that does not start the sentence: a place, a person, a club) and a
 * professional's word.
 */
function particulars(sentence: string): number {
  const numbers = sentence.match(/\d+/gu)?.length ?? 0;
  const names = sentence
    .trim()
    .split(/\s+/u)
    .slice(1)
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  return numbers + names + (ADVISER.test(normalise(sentence)) ? 1 : 0);
}

/**
 * The description as the steps in the person's words quote it: whole when it is short enough to quote, else its
 * sentence that says the most about them in particular (the first such, or the first sentence when none does).
 */
export function particularsQuote(description: string): string | undefined {
  if (description.replace(/\s+/gu, ' ').trim().length <= QUOTE) return quoteOf(description) || undefined;
  const sentences = description
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(normalise(sentence)).length > 0);
  if (sentences.length === 0) return undefined;
  const best = sentences.reduce((kept, sentence) => (particulars(sentence) > particulars(kept) ? sentence : kept));
  const quote = quoteOf(best);
  return quote === '' ? undefined : quote;
}
