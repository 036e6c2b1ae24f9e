/**
 * The phrases of a stem index, packed. Held as an object per phrase (its words as strings, its owners, a Map entry per
 * word pair), the hazards' 34,000 phrases took 16 MB of the idle server's heap, about 460 bytes each, and the kinds'
 * 69,000 another 35 MB once every kind was read. Packed, a phrase is a few integers: words are numbered once per
 * index, a phrase is a range of word numbers and a range of owners, and its first two words are one sorted numeric
 * key found by binary search.
 */
export interface PhraseTable {
  /**
   * Calls `hit` with each list that wrote a phrase the text says, once per list that wrote it (a list that wrote a
   * phrase twice counts it twice), each phrase once however often the text says it.
   */
  count(tokens: readonly string[], hit: (list: number) => void): void;
  readonly size: number;
}

/** A pair key's first word is shifted past any second word's number (an index has far fewer than 2^21 words). */
const PAIR_SHIFT = 2 ** 21;

/** Collects phrases (their words, and the list that wrote each), then packs them. */
export function phraseTableBuilder() {
  const wordId = new Map<string, number>();
  const phrases = new Map<string, { id: number; words: number[]; owners: number[] }>();
  const numbered = (word: string) => {
    let id = wordId.get(word);
    if (id === undefined) wordId.set(word, (id = wordId.size));
    return id;
  };
  return {
    /** Adds a phrase (two words or more, one space between) written by `list`. */
    add(phrase: string, list: number) {
      const known = phrases.get(phrase);
      if (known) known.owners.push(list);
      else phrases.set(phrase, { id: phrases.size, words: phrase.split(' ').map(numbered), owners: [list] });
    },
    pack: (): PhraseTable => pack(wordId, [...phrases.values()]),
  };
}

function pack(wordId: Map<string, number>, phrases: { words: number[]; owners: number[] }[]): PhraseTable {
  const { keys, from, restFrom, rest, ownersFrom, owners } = arrays(phrases);
  // The call that last counted a phrase, so a phrase said twice counts once.
  const seen = new Int32Array(restFrom.length - 1).fill(-1);
  let call = 0;
  const pairAt = (key: number) => {
    let [low, high] = [0, keys.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (keys[mid] === key) return mid;
      if (keys[mid]! < key) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  };
  return {
    size: seen.length,
    count(tokens, hit) {
      if (++call === 0x7fffffff) {
        call = 0;
        seen.fill(-1);
      }
      const ids = tokens.map((token) => wordId.get(token) ?? -1);
      for (let at = 0; at + 1 < ids.length; at++) {
        if (ids[at]! < 0 || ids[at + 1]! < 0) continue;
        const pair = pairAt(ids[at]! * PAIR_SHIFT + ids[at + 1]!);
        if (pair < 0) continue;
        for (let phrase = from[pair]!; phrase < from[pair + 1]!; phrase++) {
          if (seen[phrase] === call || !restFollows(rest, restFrom[phrase]!, restFrom[phrase + 1]!, ids, at + 2))
            continue;
          seen[phrase] = call;
          for (let owner = ownersFrom[phrase]!; owner < ownersFrom[phrase + 1]!; owner++) hit(owners[owner]!);
        }
      }
    },
  };
}

/**
 * The typed arrays of a table. Apart from `pack` because a closure keeps every variable of its function that any
 * closure there uses: the building arrays would outlive the build.
 */
function arrays(phrases: { words: number[]; owners: number[] }[]) {
  const keyOf = (phrase: { words: number[] }) => phrase.words[0]! * PAIR_SHIFT + phrase.words[1]!;
  // Sorted by pair, so the phrases a pair could start are one range.
  const sorted = phrases.map((phrase) => ({ phrase, key: keyOf(phrase) })).sort((left, right) => left.key - right.key);
  const pairKeys: number[] = [];
  const pairFrom: number[] = [];
  const restFrom = new Int32Array(sorted.length + 1);
  const rest = new Int32Array(sorted.reduce((sum, { phrase }) => sum + phrase.words.length - 2, 0));
  const ownersFrom = new Int32Array(sorted.length + 1);
  const owners = new Int32Array(sorted.reduce((sum, { phrase }) => sum + phrase.owners.length, 0));
  let [restAt, ownerAt] = [0, 0];
  sorted.forEach(({ phrase, key }, at) => {
    if (pairKeys.at(-1) !== key) {
      pairKeys.push(key);
      pairFrom.push(at);
    }
    restFrom[at] = restAt;
    for (const word of phrase.words.slice(2)) rest[restAt++] = word;
    ownersFrom[at] = ownerAt;
    for (const list of phrase.owners) owners[ownerAt++] = list;
  });
  restFrom[sorted.length] = restAt;
  ownersFrom[sorted.length] = ownerAt;
  pairFrom.push(sorted.length);
  return { keys: Float64Array.from(pairKeys), from: Int32Array.from(pairFrom), restFrom, rest, ownersFrom, owners };
}

/** Whether the words `rest[from..to)` follow in `ids` from `at`. */
function restFollows(rest: Int32Array, from: number, to: number, ids: readonly number[], at: number): boolean {
  if (at + (to - from) > ids.length) return false;
  for (let word = from; word < to; word++) if (rest[word] !== ids[at + word - from]) return false;
  return true;
}
