// A kind's situations: compiled once, found in a goal's texts (less those another cancels), and the claims they make.
import type { GoalTypePack, Localized, Stems } from '../../../content/coach-pack.schema.js';
import { GENERIC } from '../goal-classifier.js';
import type { GoalSlots } from '../slots.js';
import { indexStems, normalise, type StemIndex, words } from '../text-match.js';
import { branch, problemSentences } from './paths.js';

/** A kind's situation, compiled once. */
export interface CompiledSituation {
  id: string;
  /** Its position among its kind's situations: its `match` in the kind's `StemIndex`. */
  at: number;
  unless: readonly string[];
  /** The words that take a goal from elsewhere (`claims`): its own stems, or the whole `match`; none when it claims nothing. */
  claims: Stems | undefined;
  /** Never offered in the question: it applies whenever named (a safety net). */
  always: boolean;
  /** A risky task learnt beside someone who knows it: no `solo` step while it stands. */
  supervised: boolean;
  /** A safety net: stands again when the person drops the situation that cancelled it (`net`, or supervised). */
  net: boolean;
  /** An injury the kind reads itself, kept from every hard session (`injury`): the rest of the words give the level. */
  injury: boolean;
  name: Localized | undefined;
}

/**
 * The kind whose situation claims a goal, read from the goal's own texts; undefined when none does. A claiming
 * situation takes a goal the generic path would get (`claims`); one that is also a safety net (`always`) takes it
 * from any other kind too, when the title names it (what the goal is about, not a past job in the description)
 * and its steps are on this person's branch: "come off the sleeping pills" read as sleep still gets the GP plan,
 * and a first-time welder who tapped "Repairs and DIY" still gets the protective kit first (a qualified welder,
 * whose branch has no such steps, keeps their kind). A supervised net (a risky task) never takes a goal from a quitting
 * or a sensitive kind, whose paths never have the person do the task: "quit moonshine" stays a quitting goal, a hunting
 * dog's death stays grief. A building kind may be a misplacement ("give my dad his insulin" read as family), so it
 * gives way.
 */
export function claimReader(kinds: Map<string, GoalTypePack>, situationsOf: Map<string, KindSituations>) {
  const claimers = [...situationsOf].flatMap(([kindId, { items }]) =>
    items.flatMap((item) => (item.claims ? [{ kindId, item, words: item.claims }] : [])),
  );
  const index = indexStems(claimers.map((claimer) => claimer.words));
  const onBranch = (kindId: string, item: CompiledSituation, slots: GoalSlots) =>
    branch(kinds.get(kindId)?.steps ?? [], slots, [item]).some((step) => step.topics?.includes(item.id));
  return (title: string, description: string, current: string, slots: GoalSlots): string | undefined => {
    if (current === GENERIC) return claimers[index.first(...said(`${title} ${description}`))]?.kindId;
    const inTitle = index.counts(...said(title));
    return claimers.find(
      ({ kindId, item }, at) =>
        item.always &&
        kindId !== current &&
        (!item.supervised || kinds.get(current)?.mode === 'build') &&
        inTitle[at]! > 0 &&
        onBranch(kindId, item, slots),
    )?.kindId;
  };
}

/** A text as stems are matched against it: normalised, and its words. */
export const said = (text: string): [string, string[]] => {
  const normal = normalise(text);
  return [normal, words(normal)];
};

/** The situations a goal names, and those it names where it says what is in the way (they lead). */
export interface Named {
  named: CompiledSituation[];
  pressing: CompiledSituation[];
  /**
   * The same reading with these situations and slot values gone (the answer to the situation question dropped
   * them): what they cancelled is read again, so a safety net cancelled only by a dropped situation stands once more.
   */
  without(gone: ReadonlySet<CompiledSituation>, goneTopics: ReadonlySet<string>): Named;
}

/**
 * The kind's situations the goal names, anywhere in its title, description or answers — less those
 * cancelled by a topic the goal also names (`unless`: a slot value or another situation it named) — and
 * which of them it names in a sentence about what is in the way (`pressing`).
 */
export function situationsIn({ items, index }: KindSituations, texts: string[], slotTopics: string[]): Named {
  const inText = index.counts(...said(texts.join(' ')));
  const problem = problemSentences(texts);
  const inProblemText = problem === '' ? undefined : index.counts(problem, words(problem));
  const inProblem = (item: CompiledSituation) => inProblemText !== undefined && inProblemText[item.at]! > 0;
  const found = items.filter((item) => inText[item.at]! > 0);
  const topics = new Set(slotTopics);
  const reading = (named: CompiledSituation[]): Named => ({
    named,
    pressing: named.filter(inProblem),
    without: (gone, goneTopics) => {
      // Only a safety net comes back (`net`): most `unless` lists say which reading explains the words better, and
      // a reading the person drops does not make the other one true ("None of these" for gambling leaves a card
      // night "till morning" no late night of screens).
      const left = new Set(named.filter((item) => !gone.has(item)));
      const stands = standing(
        found.filter((item) => !gone.has(item)),
        new Set([...topics].filter((id) => !goneTopics.has(id))),
      );
      return reading(found.filter((item) => left.has(item) || (item.net && stands.includes(item))));
    },
  });
  return reading(standing(found, topics));
}

/**
 * The situations found that no other one still standing cancels. Only a situation left standing cancels: an open-water
 * crossing cancels "in the pool", so the pool no longer cancels the long swim (the twenty-fifth read's swimmer). A
 * slot value always cancels; in a cycle (each cancelling the other) both stand, the safe side for a safety net.
 */
function standing(found: CompiledSituation[], slotTopics: ReadonlySet<string>): CompiledSituation[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  const known = new Map<string, boolean>();
  const visiting = new Set<string>();
  const stands = (item: CompiledSituation): boolean => {
    const done = known.get(item.id);
    if (done !== undefined) return done;
    if (visiting.has(item.id)) return true;
    visiting.add(item.id);
    const result = !item.unless.some((id) => {
      const other = byId.get(id);
      return slotTopics.has(id) || (other !== undefined && stands(other));
    });
    visiting.delete(item.id);
    known.set(item.id, result);
    return result;
  };
  return found.filter(stands);
}

/** A kind's situations, and the words that name each in one index (a situation is known by its position, `at`). */
export interface KindSituations {
  items: CompiledSituation[];
  readonly index: StemIndex;
}

/**
 * A kind's situations with their index built when a goal of that kind is first read. The 63 kinds' indexes hold about
 * 35 MB of the heap (docs/benchmarks.md), and a server meets a few kinds, not all: built at start they were a
 * quarter of an idle server's memory. Building one takes a few milliseconds, once.
 */
function withIndexOnFirstUse(items: CompiledSituation[], matches: readonly Stems[]): KindSituations {
  let index: StemIndex | undefined;
  return {
    items,
    get index() {
      return (index ??= indexStems(matches));
    },
  };
}

export const NO_SITUATIONS: KindSituations = { items: [], index: indexStems([]) };

/** Every kind's situations, compiled once. */
export const compileSituations = (kinds: GoalTypePack[]) =>
  new Map<string, KindSituations>(
    kinds.map((kind) => {
      const situations = kind.situations ?? [];
      // Claiming words name the situation too: `match` holds only the words that act inside the kind.
      const ownClaims = situations.map((situation) =>
        situation.claims === true || !situation.claims ? undefined : situation.claims,
      );
      const matches = situations.map((situation, at) => {
        const own = ownClaims[at];
        return own
          ? { en: [...situation.match.en, ...own.en], ru: [...situation.match.ru, ...own.ru] }
          : situation.match;
      });
      const items = situations.map((situation, at): CompiledSituation => ({
        id: situation.id,
        at,
        claims: situation.claims === true ? matches[at] : ownClaims[at],
        unless: situation.unless ?? [],
        always: situation.always === true,
        supervised: situation.supervised === true,
        injury: situation.injury === true,
        net: situation.net === true || situation.supervised === true,
        name: situation.name,
      }));
      return [kind.id, withIndexOnFirstUse(items, matches)];
    }),
  );

/**
 * An active person's sports injury: where the kind reads the injury itself (a situation with `injury`: its
 * check leads and no `vigorous` step reaches it), the person walks the level the other signs give, not the beginner's
 * walk-run the injury alone made of it (`levelBesideInjury`).
 */
export const besideInjury = (named: readonly CompiledSituation[], slots: GoalSlots): GoalSlots =>
  slots.levelBesideInjury && named.some((item) => item.injury) ? { ...slots, level: slots.levelBesideInjury } : slots;
