// A dictionary slot's values compiled for matching, and the first a text names.
import type { SlotsPack } from '../../../content/coach-pack.schema.js';
import { indexStems, type StemIndex } from '../text-match.js';
import type { SlotValue } from './types.js';

/** A slot's values in the dictionary's order, and their stems in one index (a value is known by its position). */
export interface CompiledValues {
  values: DictionaryValue[];
  index: StemIndex;
}

type DictionaryValue = SlotsPack['language']['values'][number];

export const compileValues = (values: DictionaryValue[]): CompiledValues => ({
  values,
  index: indexStems(values.map((value) => value.match)),
});

/** The first of `values` a text names. */
export const found = (text: string, tokens: string[], { values, index }: CompiledValues): SlotValue | undefined =>
  values[index.first(text, tokens)];
