// The person's own words: answers typed rather than tapped. The general path quotes them (`gen-own-…`), a typed
// answer to the situation question is read for the situations it names, and a typed answer that still leaves the kind
// unsure takes the general path instead of the likeliest kind's template.
import type { CoachContext } from '../../../core/goals/coach.port.js';
import { type Localized, LEVELS, type PathStep } from '../../../content/coach-pack.schema.js';
import type { CoachPack } from '../../../content/load-coach-pack.js';
import { normalise } from '../text-match.js';

/** The general path's steps in the person's words: the outcome they named, what is in its way, a ten-minute action. */
export const isOwnStep = (step: PathStep) => step.key.startsWith('gen-own-');

/** The acting path's "what done looks like" steps: the outcome step in the person's words takes their place. */
const DONE_STEPS = new Set(['gen-act-done', 'gen-act-done-open']);
export const afterOwnWords = (step: PathStep) => !DONE_STEPS.has(step.key);

/** How long a quote may be: a longer answer is quoted by its first sentence, cut at a word if still too long. */
export const QUOTE = 160;

/** The answer as a step quotes it: one line, no closing full stop, at most `QUOTE` characters. */
export function quoteOf(answer: string): string {
  const line = answer.replace(/\s+/g, ' ').trim();
  const first = line.length > QUOTE ? (line.match(/^.+?[.!?…](?= |$)/u)?.[0] ?? line) : line;
  const cut = first.length > QUOTE ? `${first.slice(0, first.lastIndexOf(' ', QUOTE)).trim()}…` : first;
  return cut.replace(/[.!;:,]+$/u, '').replace(/^["'«“‘]+|["'»”’]+$/gu, '');
}

export interface OwnWords {
  /** The latest answer the person typed, as a step quotes it (undefined when every answer was a tap). */
  said: string | undefined;
  /** True when the person typed, rather than tapped, their answer to the kind question or to "what would change?". */
  aboutKind: boolean;
  /** An answer typed to the situation question (not one of its buttons). */
  topicTyped: string | undefined;
}

const startsOf = (template: Localized) => [template.en, template.ru].map((text) => text.split('{title}')[0]!);

/**
 * Tells typed answers from taps: a tap is one of the buttons the coach ever offers (a kind, a situation, a value, a
 * level, "Something else", "None of these", a kind's common answers); anything else is the person's own words.
 */
export function ownWordsReader(pack: CoachPack) {
  const { generic } = pack;
  const buttons = new Set(
    [
      generic.other,
      generic.none,
      ...LEVELS.map((level) => generic.level[level]),
      ...pack.types.flatMap((kind) => [kind.name, ...(kind.situations ?? []).flatMap((item) => item.name ?? [])]),
      ...Object.values(pack.slots).flatMap((slot) =>
        'values' in slot ? slot.values.map((value) => value.name as Localized) : [],
      ),
    ].flatMap((text) => [normalise(text.en), normalise(text.ru)]),
  );
  for (const kind of pack.types)
    for (const choice of [...(kind.clarifyChoices?.en ?? []), ...(kind.clarifyChoices?.ru ?? [])])
      buttons.add(normalise(choice));
  const kindAsked = [
    ...startsOf(generic.choose),
    ...startsOf(generic.chooseMore),
    generic.clarify.en,
    generic.clarify.ru,
  ];
  const situationAsked = startsOf(generic.situation);
  const asked = (starts: string[], question: string) => starts.some((start) => question.startsWith(start));

  /** `known`: the goal's title and description; an answer that only repeats them tells nothing new. */
  return (clarifications: CoachContext['clarifications'], known: readonly string[]): OwnWords => {
    const said = known.map(normalise).join(' \n ');
    const typed = clarifications.filter((item): item is { question: string; answer: string } => {
      const answer = normalise(item.answer ?? '');
      return answer.length > 0 && !buttons.has(answer) && !said.includes(answer);
    });
    const last = typed.at(-1);
    return {
      said: last ? quoteOf(last.answer) : undefined,
      aboutKind: typed.some((item) => asked(kindAsked, item.question)),
      topicTyped: typed.find((item) => asked(situationAsked, item.question))?.answer,
    };
  };
}
