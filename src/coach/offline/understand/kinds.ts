// Placing a goal in a kind: the kind stored, the classifier's reading, and what "Something else" leaves.
import type { GoalTypePack, Localized } from '../../../content/coach-pack.schema.js';
import type { RankedLabel } from '../../intents/classifier.js';
import { GENERIC, type GoalClassifier, type GoalReading } from '../goal-classifier.js';
import { label } from './questions.js';

/** How many kinds the coach's question offers as buttons when it is unsure (plus "Something else"). */
export const CHOICES = 3;

/**
 * How likely a kind must be, against the likeliest reading (`generic` included), to be offered as a button when the
 * classifier is unsure. The top three were offered whatever their numbers, and a blind read found a third of the
 * questions padded with areas that could not fit (a music instrument for a wellbeing goal). Chosen by 3-fold
 * cross-validation on the labelled goals (`scripts/calibrate-goal-candidates.ts`, docs/notes/goal-classifier.md): the
 * largest ratio that keeps the true kind among the buttons within 2.5 points of the top three (84.8 % against 87.2 %),
 * taking away 39 % of the buttons that are not the goal's kind.
 */
export const CANDIDATE_RATIO = 0.3;

/**
 * The kinds offered as buttons: the likeliest ones that have a path (never `generic`) and could fit — at least
 * `CANDIDATE_RATIO` of the likeliest reading. None when only `generic` is likely: the goal is too vague to place, and
 * the coach asks what would be different instead.
 */
export const offeredKinds = (ranked: readonly RankedLabel[], hasPath: (id: string) => boolean): string[] => {
  const top = ranked[0]?.p ?? 0;
  return ranked
    .filter((entry) => hasPath(entry.label) && entry.p >= CANDIDATE_RATIO * top)
    .slice(0, CHOICES)
    .map((entry) => entry.label);
};

/**
 * After "Something else": the best kind the buttons did not offer is taken when it is clearly ahead of the
 * rest (at least `min`, and `ratio` times the next one) and ahead of `generic`.
 */
export const OTHER_PICK = { min: 0.1, ratio: 1.6 } as const;

/** What "Something else" leaves: the kind taken, whether the goal reads as vague, and the kinds to offer next. */
interface AfterOther {
  kindId: string;
  vague: boolean;
  next: string[];
}

/**
 * "Something else" rejects the kinds the buttons offered, not the reading: the best kind left is taken when it is
 * clearly ahead (a cricket team offered New habit / Creative / Skill is still sport). Otherwise, after the first
 * row, the next likeliest kinds are offered as a second one (a novel's title read as Writing / Creative / Repairs
 * is often Reading, further down); after the second, `generic`.
 */
function otherKindReader(kinds: Map<string, GoalTypePack>, classifier: GoalClassifier) {
  return (title: string, description: string, rows: number): AfterOther => {
    const { ranked } = classifier.classify(title, description, []);
    const has = (id: string) => kinds.has(id);
    // The rows as they were offered: the first from the whole reading, the second from what the first left.
    const firstRow = offeredKinds(ranked, has);
    const afterFirst = ranked.filter((entry) => has(entry.label) && !firstRow.includes(entry.label));
    const secondRow = offeredKinds(afterFirst, has);
    const rest = rows === 1 ? afterFirst : afterFirst.filter((entry) => !secondRow.includes(entry.label));
    const genericP = ranked.find((entry) => entry.label === GENERIC)?.p ?? 0;
    const [best, next] = rest;
    const picked = best && best.p >= OTHER_PICK.min && best.p >= OTHER_PICK.ratio * (next?.p ?? 0) && best.p > genericP;
    // The classifier reading `generic` above every kind is its verdict that the goal is vague ("figure out what
    // I actually want"), however long the description: such a goal keeps the gentle start.
    const vague = ranked[0]?.label === GENERIC;
    if (picked) return { kindId: best.label, vague, next: [] };
    const more = rows === 1 && !vague ? secondRow : [];
    return { kindId: GENERIC, vague, next: more };
  };
}

/** The goal's kind as placed so far: read, settled on the goal, or after "Something else". */
interface Placed {
  kindId: string;
  sure: boolean;
  reading: GoalReading | undefined;
  /** The last kind answer was "Something else". */
  other: boolean;
  vague: boolean;
  moreKinds: string[];
}

/**
 * Places a goal in a kind: the kind stored on the goal wins (it was read with confidence or picked, so a later
 * answer cannot flip it); after "Something else" as the last answer, what that leaves (`otherKindReader`); else the
 * classifier reads the title, description and answers (a kind tapped on the second row is a kind's name).
 */
export function kindPlacer(kinds: Map<string, GoalTypePack>, classifier: GoalClassifier, otherButton: Localized) {
  const afterOther = otherKindReader(kinds, classifier);
  const otherLabels = new Set([otherButton.en, otherButton.ru].map(label));
  const isOther = (answer: string) => otherLabels.has(label(answer));
  return (title: string, description: string, stored: string | null, answers: string[]): Placed => {
    const settled = { reading: undefined, other: false, vague: false, moreKinds: [] };
    const others = answers.filter(isOther).length;
    // The general path stored after "Something else" stays the one that answer gave (acting, or the gentle start for a
    // goal read as vague) on every later step, not only the first.
    if (stored === GENERIC && others > 0)
      return {
        ...settled,
        kindId: stored,
        sure: true,
        other: true,
        vague: afterOther(title, description, others).vague,
      };
    if (stored && (stored === GENERIC || kinds.has(stored))) return { ...settled, kindId: stored, sure: true };
    if (others > 0 && isOther(answers.at(-1)!)) {
      const { kindId, vague, next } = afterOther(title, description, others);
      return { kindId, sure: next.length === 0, reading: undefined, other: true, vague, moreKinds: next };
    }
    const reading = classifier.classify(
      title,
      description,
      answers.filter((answer) => !isOther(answer)),
    );
    return { ...settled, kindId: reading.kind, sure: reading.sure, reading };
  };
}
