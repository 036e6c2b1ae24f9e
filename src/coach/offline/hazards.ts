import type { Hazard, PathStep, Stems } from '../../content/coach-pack.schema.js';
import { indexStems, normalise, words } from './text-match.js';

/** Reads the dangers a goal names in passing (`content/goals/hazards/`), and the steps that lead its path for them. */
export interface HazardReader {
  /** The hazards the texts name (each text read on its own), in file order. */
  read(texts: readonly string[]): Hazard[];
  /** A goal's hazards: its title and description as one text (a boiler in one, headaches in the other), each answer alone. */
  readGoal(title: string, description: string, answers?: readonly string[]): Hazard[];
  /**
   * The steps that lead the path for the named hazards, at most `MAX_LEAD` in all: none for a hazard that yields to a
   * topic one of the kind's steps in this path is written for (the kind's own net already deals with it: finance's
   * scam steps, fitness's warning-sign doctor). `keep` applies the path's filters to them.
   */
  lead(named: readonly Hazard[], kindPath: readonly PathStep[], keep: (steps: PathStep[]) => PathStep[]): PathStep[];
  /** Whether a hazard that leads is the goal itself (`halts`): then no other step may follow its steps. */
  halts(named: readonly Hazard[], kindPath: readonly PathStep[]): boolean;
  /**
   * A path with the named dangers dealt with: their steps (`lead`) first, then `rest` without the steps a leading
   * hazard makes unsafe (`drops`), or nothing more when the goal is the danger itself (`halts`).
   */
  guard(
    named: readonly Hazard[],
    kindPath: readonly PathStep[],
    rest: readonly PathStep[],
    keep: (steps: PathStep[]) => PathStep[],
  ): PathStep[];
}

/**
 * At most this many hazard steps lead a path: two dangers with their first step each, or one with two. More would
 * push the goal's own first steps out of sight for a text that names many risks in passing.
 */
export const MAX_LEAD = 2;

export function createHazardReader(hazards: readonly Hazard[]): HazardReader {
  // One index for every list, so a text is looked up once however many hazards there are: each hazard's `match`, then
  // its `unless` (an empty list when it has none), then each of its `also` lists, from the hazard's own offset.
  const none = { en: [], ru: [] };
  const conjuncts = hazards.map((hazard) => (hazard.also === undefined ? [] : [hazard.also].flat()));
  const lists: Stems[] = [];
  const offsets = hazards.map((hazard, at) => {
    const from = lists.length;
    lists.push(hazard.match, hazard.unless ?? none, ...conjuncts[at]!);
    return from;
  });
  const index = indexStems(lists);
  const namedIn = (text: string) => {
    const normalised = normalise(text);
    const counts = index.counts(normalised, words(normalised));
    return hazards.filter((_, at) => {
      const from = offsets[at]!;
      return (
        counts[from]! > 0 &&
        !(counts[from + 1]! > 0) &&
        conjuncts[at]!.every((_, conjunct) => counts[from + 2 + conjunct]! > 0)
      );
    });
  };
  return {
    read(texts) {
      // Each text on its own: "the boiler" in the title and "headaches" in an answer about something else are no CO.
      const found = new Set(texts.filter((text) => text.trim()).flatMap(namedIn));
      return hazards.filter((hazard) => found.has(hazard));
    },
    readGoal(title, description, answers = []) {
      return this.read([`${title}. ${description}`, ...answers]);
    },
    lead(named, kindPath, keep) {
      const standing = standingOf(named, kindPath);
      // Each danger's first step before any danger's second: two dangers named get one safety action each.
      const kept = standing.map((hazard) => keep(hazard.steps));
      const rounds = Math.max(0, ...kept.map((steps) => steps.length));
      return Array.from({ length: rounds }, (_, round) => kept.flatMap((steps) => steps.slice(round, round + 1)))
        .flat()
        .slice(0, MAX_LEAD);
    },
    halts: (named, kindPath) => standingOf(named, kindPath).some((hazard) => hazard.halts === true),
    guard(named, kindPath, rest, keep) {
      const safety = this.lead(named, kindPath, keep);
      if (this.halts(named, kindPath)) return safety;
      const unsafe = new Set(standingOf(named, kindPath).flatMap((hazard) => hazard.drops ?? []));
      return [...safety, ...(unsafe.size === 0 ? rest : rest.filter((step) => !unsafe.has(step.key)))];
    },
  };
}

/**
 * The named hazards that lead: a hazard yields to the kind's own steps for the danger, and to another hazard named
 * with it that deals with it better (a child groomed online is no adult meeting a stranger).
 */
function standingOf(named: readonly Hazard[], kindPath: readonly PathStep[]): Hazard[] {
  // Most goals name no danger: no set of the path's topics for them (this runs for every path the reader builds).
  if (named.length === 0) return [];
  // A step written for a topic together with another (`alsoTopics`: a trucker's caffeine cut-off with the road) deals
  // with it as much as one written for the topic alone.
  const covered = new Set([
    ...kindPath.flatMap((step) => [...(step.topics ?? []), ...(step.alsoTopics ?? [])]),
    ...named.map((hazard) => hazard.id),
  ]);
  return named.filter((hazard) => !hazard.yields?.some((topic) => covered.has(topic)));
}
