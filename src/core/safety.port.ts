/**
 * Crisis safety: what the offline check and a model's second opinion say about one text. The
 * category and level are logged and counted; the text never is.
 */
export const CRISIS_CATEGORIES = [
  /** Direct or passive suicidal ideation ("no one would notice if I vanished"). */
  'ideation',
  /** A plan, means or timing for suicide, often said indirectly (pills saved up, "tonight"). */
  'plan',
  /** Goodbye behaviour: a final letter, giving things away, "take care of them when I'm gone". */
  'goodbye',
  /** Self-harm acts or urges. */
  'self_harm',
  /** Hopelessness with intent: giving up on life itself, "end it all". */
  'hopeless',
  /** Intent or threats to hurt another person. */
  'harm_others',
  /** A child in danger: abuse, neglect, threats. */
  'child_danger',
] as const;
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];

/**
 * How the reply is shaped. `imminent`: emergency numbers first, then an urge to reach someone now.
 * `concern`: warm acknowledgement, resources, an offer to keep talking. `child`: child protection.
 */
export const CRISIS_LEVELS = ['imminent', 'child', 'concern'] as const;
export type CrisisLevel = (typeof CRISIS_LEVELS)[number];

/** Which layer found it: the high-precision patterns, the trained model, or a language model. */
export type CrisisSource = 'pattern' | 'model' | 'llm';

export interface CrisisFinding {
  category: CrisisCategory;
  level: CrisisLevel;
  source: CrisisSource;
}

export type SafetyVerdict =
  | ({ crisis: true } & CrisisFinding)
  /** `uncertain`: close enough to the line that a second opinion (a language model) is worth asking. */
  | { crisis: false; uncertain: boolean };

/** The offline check every free text passes before any coaching happens: synchronous and deterministic. */
export interface SafetyCheck {
  /** `field`: where the words were written (`title`, `message`…); a goal's words are read in a register of their own. */
  check(text: string, field?: string): SafetyVerdict;
}

/**
 * A second opinion on a text the offline check was unsure about (a language model). It may only
 * raise: a finding when it sees a crisis, `null` when it sees none, undefined when it could not
 * answer (a failure changes nothing and is not remembered).
 */
export interface SafetyReviewer {
  review(text: string): Promise<CrisisFinding | null | undefined>;
}

/**
 * The level a category calls for. A plan, means or timing is imminent, and so is any other
 * crisis that names a time or a means (`imminentCue`); a child in danger needs child protection.
 */
export function crisisLevel(category: CrisisCategory, imminentCue: boolean): CrisisLevel {
  if (category === 'child_danger') return 'child';
  if (category === 'plan' || imminentCue) return 'imminent';
  return 'concern';
}

/**
 * Whether the person may answer a finding with "this is not about my safety" and go on with what they were
 * creating (a goal). Not for the patterns: they are the high-precision layer (3 of 1,057 goal texts labelled safe in
 * `test/fixtures/safety/goal-texts.jsonl` set one off). The trained model's findings on goals are often about
 * something else (363 of those texts: TB pills, a brother's overdose death, a child's swimming lessons), and a false
 * alarm that turns a goal away costs the person their goal.
 */
export const mayBeSetAside = (finding: CrisisFinding): boolean => finding.source !== 'pattern';

/**
 * How many times the person answers a finding they may set aside before their words go on. An `imminent` one (a plan,
 * a means at hand) takes two: "not about my safety", then — with the help shown once more — "I am safe, this is about
 * something else". A tap made in a hurry, or by someone in danger who wants the goal more than the help, never lets
 * such words through alone; every other finding takes the one answer (a false alarm costs a tap, not the goal).
 */
export const setAsideSteps = (finding: Pick<CrisisFinding, 'level'>): 1 | 2 => (finding.level === 'imminent' ? 2 : 1);

/** The most urgent of several findings (several fields of one submission): imminent first. */
export function mostUrgent(findings: readonly CrisisFinding[]): CrisisFinding | undefined {
  return [...findings].sort((left, right) => CRISIS_LEVELS.indexOf(left.level) - CRISIS_LEVELS.indexOf(right.level))[0];
}

/**
 * Screens what a user wrote: the offline check, then a second opinion when unsure. A finding is
 * counted and logged with its category, level and field, never with the words.
 */
export interface CrisisScreen {
  screen(text: string, field: string): Promise<CrisisFinding | undefined>;
  /** Several fields of one submission (an exercise's answers): the most urgent finding, counted once. */
  screenAll(fields: Readonly<Record<string, string>>): Promise<CrisisFinding | undefined>;
  /** The offline verdict alone, synchronous, neither counted nor logged: for routing decisions. */
  looksLikeCrisis(text: string): boolean;
}

/** What came of asking a model for a second opinion on crisis (`stepwise_safety_reviews_total{outcome}`). */
export type ReviewOutcome = 'raised' | 'not_crisis' | 'invalid' | 'timeout' | 'http';
