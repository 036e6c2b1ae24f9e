/**
 * The prefix stems of a stem index as a trie packed into typed arrays. Built as nested Maps, one Map a node, the
 * offline coach's 63 indexes held about 108,000 of them — a third of the idle server's heap. Packed, a node is a
 * range of sorted edges and a range of owners: a few bytes each, and a lookup is a binary search among a node's
 * children (rarely more than a few dozen).
 */
export interface PrefixTrie {
  /** Calls `hit` with each list whose stem is a prefix of `token`, shortest stem first. */
  walk(token: string, hit: (list: number) => void): void;
}

interface BuildNode {
  owners: number[];
  next: Map<number, BuildNode>;
}

/** Collects stems, then packs them; the builder's Maps are garbage once `pack` returns. */
export function prefixTrieBuilder() {
  const root: BuildNode = { owners: [], next: new Map() };
  return {
    /** Adds a prefix stem of `list`, once per list (lists are added in order, so a repeat is the last one). */
    add(stem: string, list: number) {
      let node = root;
      for (let at = 0; at < stem.length; at++) {
        const code = stem.charCodeAt(at);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { owners: [], next: new Map() }));
        node = child;
      }
      if (node.owners.at(-1) !== list) node.owners.push(list);
    },
    pack: (): PrefixTrie => pack(root),
  };
}

function pack(root: BuildNode): PrefixTrie {
  // Breadth first, so a node's children are numbered together and its edges are one contiguous range.
  const order: BuildNode[] = [root];
  for (let at = 0; at < order.length; at++)
    for (const code of [...order[at]!.next.keys()].sort((left, right) => left - right))
      order.push(order[at]!.next.get(code)!);
  const count = order.length;
  const edgesFrom = new Int32Array(count + 1);
  const edgeCode = new Uint16Array(count - 1);
  const edgeNode = new Int32Array(count - 1);
  const ownersFrom = new Int32Array(count + 1);
  const owners = new Int32Array(order.reduce((sum, node) => sum + node.owners.length, 0));
  let [edge, owner, child] = [0, 0, 1];
  order.forEach((node, id) => {
    edgesFrom[id] = edge;
    ownersFrom[id] = owner;
    for (const list of node.owners) owners[owner++] = list;
    // Children were queued in sorted code order, so their ids follow one another from `child`.
    for (const code of [...node.next.keys()].sort((left, right) => left - right)) {
      edgeCode[edge] = code;
      edgeNode[edge++] = child++;
    }
  });
  edgesFrom[count] = edge;
  ownersFrom[count] = owner;
  const childOf = (node: number, code: number): number => {
    let [low, high] = [edgesFrom[node]!, edgesFrom[node + 1]! - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = edgeCode[mid]!;
      if (at === code) return edgeNode[mid]!;
      if (at < code) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  };
  return {
    walk(token, hit) {
      for (let at = 0, node = 0; at < token.length; at++) {
        node = childOf(node, token.charCodeAt(at));
        if (node < 0) return;
        for (let owner = ownersFrom[node]!; owner < ownersFrom[node + 1]!; owner++) hit(owners[owner]!);
      }
    },
  };
}
