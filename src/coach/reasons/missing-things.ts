// The things a person says are missing ("there is no pool near me", «рядом нет бассейна», "I don't have a car"), read
// from the content's words (`missing` in content/goals/rephrase.yaml).
import type { RephrasePack } from '../../content/coach-pack.schema.js';
import { stemOf } from '../../core/goals/constraints.js';
import { normalise, words } from '../offline/text-match.js';

const CYRILLIC = /[а-я]/;

/**
 * The things the texts say are missing: after a `lead` phrase, the words up to a `stop` word (two at most). An English
 * thing is its last word ("swimming pool" → pool: a step about open-water swimming still fits); a Russian one every
 * word's stem (the adjective comes first: «тренажёрного зала»). A `nothing` word first ends the lead: "no idea how to
 * start" and "no one to ask" name nothing a step could need.
 */
export function missingReader(pack: RephrasePack['missing']) {
  const leads = [...pack.lead.en, ...pack.lead.ru]
    .map((lead) => words(normalise(lead)))
    .sort((one, two) => two.length - one.length);
  const stops = new Set([...pack.stop.en, ...pack.stop.ru].map((word) => normalise(word)));
  const nothing = new Set([...pack.nothing.en, ...pack.nothing.ru].map((word) => normalise(word)));
  const leadAt = (tokens: string[], at: number) =>
    leads.find((lead) => lead.every((word, offset) => tokens[at + offset] === word));
  /** The words a lead at `from` names (two at most), up to a stop word. */
  const namedFrom = (tokens: string[], from: number) => {
    const named: string[] = [];
    for (let next = from; next < tokens.length && named.length < 2; next++) {
      const word = tokens[next]!;
      // Letters only: "no, I'd rather…" names nothing missing.
      if (!/^[\p{L}-]+$/u.test(word)) break;
      if (named.length === 0 && nothing.has(word)) break;
      if (stops.has(word)) {
        if (named.length > 0) break;
        continue;
      }
      named.push(word);
    }
    return named;
  };
  return (texts: readonly string[]): string[] => {
    const things: string[] = [];
    for (const text of texts) {
      const tokens = words(normalise(text));
      for (let at = 0; at < tokens.length; at++) {
        const lead = leadAt(tokens, at);
        if (!lead) continue;
        const kept = namedFrom(tokens, at + lead.length).filter((word) => word.length >= 3);
        const heads = kept.length > 0 && !CYRILLIC.test(kept.at(-1)!) ? [kept.at(-1)!] : kept;
        things.push(...heads.map(stemOf).filter((stem) => stem.length >= 3));
        at += lead.length - 1;
      }
    }
    return [...new Set(things)];
  };
}
