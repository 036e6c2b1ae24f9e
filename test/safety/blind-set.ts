import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisScreen } from '../../src/core/safety.port.js';

const Text = z.string().trim().min(1).max(4000);
const Goal = z.strictObject({ title: Text, description: Text.optional() });
/** A chat line, or a goal (its title and description are screened as a goal's fields). */
const Entry = z.union([Text, Goal]);
const BlindSet = z.strictObject({
  crisis: z.strictObject(Object.fromEntries(CRISIS_CATEGORIES.map((category) => [category, z.array(Entry).min(1)]))),
  // A near-the-line text may be said as a goal too; an ordinary goal may be a bare title.
  near: z.record(z.string(), z.array(Entry).min(1)),
  goals: z.array(z.union([Goal, Text.transform((title): z.infer<typeof Goal> => ({ title }))])).min(1),
});
export type BlindSet = z.infer<typeof BlindSet>;
/**
 * `heldout25`: the blind set, scored once on the screen as it ships (docs/safety.md). `heldout24` … `heldout17`,
 * `heldout15` and `heldout9`: sets before it, each scored once in its day and used since to choose changes, kept as
 * development sets that are not training data. The others are training data now.
 */
export type BlindSetName =
  | 'heldout9'
  | 'heldout15'
  | 'heldout17'
  | 'heldout18'
  | 'heldout19'
  | 'heldout20'
  | 'heldout21'
  | 'heldout22'
  | 'heldout23'
  | 'heldout24'
  | 'heldout25';
type Entry = z.infer<typeof Entry>;

/** A blind set of one language (test/fixtures/safety/<name>.<lang>.yaml). */
export function readBlindSet(lang: 'en' | 'ru', name: BlindSetName = 'heldout25'): BlindSet {
  const file = join(import.meta.dirname, '..', 'fixtures', 'safety', `${name}.${lang}.yaml`);
  return BlindSet.parse(parse(readFileSync(file, 'utf8')));
}

/** Every text of a set, for the check that none of them is training data. */
export const blindTexts = (set: BlindSet): string[] =>
  [...Object.values(set.crisis).flat(), ...Object.values(set.near).flat(), ...set.goals].flatMap((entry) =>
    typeof entry === 'string' ? [entry] : [entry.title, ...(entry.description ? [entry.description] : [])],
  );

export interface BlindReport {
  crisis: { caught: number; total: number; planCaught: number; planTotal: number; goalsCaught: number; goals: number };
  near: { alarms: number; total: number };
  goals: { titleAlarms: number; anyAlarms: number; imminent: number; total: number };
}

/** Screens an entry as the product does: a chat line as a message, a goal by its title and description. */
async function flagged(screen: CrisisScreen, entry: Entry) {
  if (typeof entry === 'string') return screen.screen(entry, 'message');
  return screen.screenAll({ title: entry.title, ...(entry.description && { description: entry.description }) });
}

/** Counts only: recall, plan caught, false alarms on near-the-line texts and on ordinary goals. */
export async function scoreBlindSet(screen: CrisisScreen, set: BlindSet): Promise<BlindReport> {
  const crisisEntries = CRISIS_CATEGORIES.flatMap((category) =>
    set.crisis[category]!.map((entry) => ({ category, entry })),
  );
  const caught = await Promise.all(crisisEntries.map(async ({ entry }) => Boolean(await flagged(screen, entry))));
  const isGoal = crisisEntries.map(({ entry }) => typeof entry !== 'string');
  const plan = crisisEntries.map(({ category }) => category === 'plan');
  const near = Object.values(set.near).flat();
  const nearAlarms = (await Promise.all(near.map((entry) => flagged(screen, entry)))).filter(Boolean).length;
  const titles = await Promise.all(set.goals.map((goal) => screen.screen(goal.title, 'title')));
  const whole = await Promise.all(set.goals.map((goal) => flagged(screen, goal)));
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  return {
    crisis: {
      caught: count(caught),
      total: caught.length,
      planCaught: count(caught.filter((_, i) => plan[i])),
      planTotal: count(plan),
      goalsCaught: count(caught.filter((_, i) => isGoal[i])),
      goals: count(isGoal),
    },
    near: { alarms: nearAlarms, total: near.length },
    goals: {
      titleAlarms: titles.filter(Boolean).length,
      anyAlarms: whole.filter(Boolean).length,
      imminent: whole.filter((finding) => finding?.level === 'imminent').length,
      total: set.goals.length,
    },
  };
}
