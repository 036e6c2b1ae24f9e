import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixTrieBuilder } from './prefix-trie.js';

describe('the packed prefix trie', () => {
  it('finds exactly the lists whose stem starts the word, shortest first, each stem once per list', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'я', 'ё', 'е', "'");
    const stem = fc.array(letters, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(stem, { maxLength: 6 }), { maxLength: 8 }),
        fc.array(letters, { maxLength: 8 }).map((chars) => chars.join('')),
        (lists, word) => {
          const builder = prefixTrieBuilder();
          lists.forEach((stems, list) => stems.forEach((text) => builder.add(text, list)));
          const found: number[] = [];
          builder.pack().walk(word, (list) => found.push(list));
          // Each stem length in order, and at one length every list that wrote that stem, in list order.
          const expected = Array.from({ length: word.length }, (_, at) => word.slice(0, at + 1)).flatMap((prefix) =>
            lists.flatMap((stems, list) => (stems.includes(prefix) ? [list] : [])),
          );
          expect(found).toEqual(expected);
        },
      ),
    );
  });
});
