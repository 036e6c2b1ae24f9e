// Whether the kind's template should give way to the steps in the person's words when the goal model finds the goal's
// kind unlikely on its own words (a threshold on that probability), measured on development data only: the blind reads'
// goals, steps and scores (eval/goals/goals-N.jsonl, steps-N.md, scores-N.jsonl) from read 15 up to the read before 58 —
// the 58th set is kept for the record and never tuned on. For every described goal of a kind it takes the probability
// the goal model gives that kind (as the writer labelled it) on the title and description, and the scored steps 3–5
// (the ones three steps in the person's words would push out). Those steps have no scores of their own in these reads,
// so the generic acting steps (`gen-act-…`: general planning steps for a goal no template fits) stand in for them at
// their scored rate. It prints, per threshold, the goals below it, how their steps scored and the good steps a lead in
// the person's words would have gained (docs/coach.md, "How good the offline coach's steps are", has the reading).
// Run: `npx tsx scripts/calibrate-template-fit.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { cachedGoalModel } from '../src/main/model-cache.js';
import { goalText } from '../src/coach/offline/goal-classifier.js';
import { describes } from '../src/coach/offline/understand/paths.js';

const DIR = join(import.meta.dirname, '..', 'eval', 'goals');
const HELD_OUT = '58';
const FIRST_READ = 15;
interface Goal {
  id: string;
  kind: string;
  title: string;
  description: string;
}
interface Scored extends Goal {
  good: boolean[];
  steps: string[];
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Each goal of a read with its five scored steps (good: every criterion passed, not harmful) and their texts. */
function read(name: string): Scored[] {
  const [scores, steps] = [join(DIR, `scores-${name}.jsonl`), join(DIR, `steps-${name}.md`)];
  if (!existsSync(scores) || !existsSync(steps)) return [];
  const good = new Map<string, boolean[]>();
  for (const score of lines(scores)) {
    if (typeof score.step !== 'number') continue;
    const passed = ['fit', 'concrete', 'minutes', 'language', 'noRepeat', 'order'].every((key) => score[key] === true);
    const list = good.get(score.id as string) ?? [];
    list[score.step - 1] = passed && score.harmful !== true;
    good.set(score.id as string, list);
  }
  const texts = new Map(
    readFileSync(steps, 'utf8')
      .split(/^## /m)
      .slice(1)
      .map((block) => [
        block.split(':')[0]!.trim(),
        [...block.matchAll(/^\d\. \(\d+ min\) (.*)$/gm)].map((match) => match[1]!),
      ]),
  );
  return lines(join(DIR, `goals-${name}.jsonl`)).flatMap((goal) => {
    const list = good.get(goal.id as string);
    return list?.filter((item) => item !== undefined).length === 5
      ? [{ ...(goal as unknown as Goal), good: list, steps: texts.get(goal.id as string) ?? [] }]
      : [];
  });
}

const loaded = loadCoachPack();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const model = cachedGoalModel(loaded.pack);
const names = readdirSync(DIR).flatMap((file) => /^goals-(\d+b?)\.jsonl$/.exec(file)?.[1] ?? []);
const described = names
  .filter((name) => name !== HELD_OUT && Number.parseInt(name, 10) >= FIRST_READ)
  .flatMap(read)
  .filter((goal) => describes(goal.description));
// The goal's kind as its writer labelled it stands for the kind the person taps; a goal labelled with no kind of the
// pack (`generic`, the recovery program) gets another kind's template, whose probability this does not measure.
const goals = described.filter((goal) => loaded.pack.types.some((kind) => kind.id === goal.kind));

// The stand-in's rate: scored steps that are a generic acting step (found by the wording's start, before any slot).
const starts = loaded.pack.generic.steps
  .filter((step) => step.key.startsWith('gen-act-'))
  .flatMap((step) => [step.text.en, step.text.ru].map((text) => text.split('{')[0]!.slice(0, 50)))
  .filter((start) => start.length >= 30);
let [acting, actingGood] = [0, 0];
for (const goal of described)
  goal.steps.forEach((text, at) => {
    if (!starts.some((start) => text.startsWith(start))) return;
    acting++;
    if (goal.good[at]) actingGood++;
  });
const own = actingGood / Math.max(acting, 1);

const fits = goals.map((goal) => ({
  p: model.predict(goalText(goal.title, goal.description)).ranked.find((entry) => entry.label === goal.kind)?.p ?? 0,
  later: goal.good.slice(2).filter(Boolean).length,
  all: goal.good.filter(Boolean).length,
}));
console.log(
  `${goals.length} described goals of a kind; generic acting steps scored good on described goals: ${(100 * own).toFixed(1)} % (${acting})`,
);
console.log('threshold  goals below  their good steps  lost (0-2 good)  good steps gained');
let best = { threshold: 0, gain: 0 };
for (let hundredths = 1; hundredths <= 30; hundredths++) {
  const threshold = hundredths / 100;
  const below = fits.filter((fit) => fit.p < threshold);
  const gain = below.reduce((sum, fit) => sum + 3 * own - fit.later, 0);
  if (gain > best.gain) best = { threshold, gain };
  const share = below.reduce((sum, fit) => sum + fit.all, 0) / Math.max(5 * below.length, 1);
  const lost = below.filter((fit) => fit.all <= 2).length / Math.max(below.length, 1);
  console.log(
    `${threshold.toFixed(2)}       ${String(below.length).padStart(4)}         ${(100 * share).toFixed(1)} %           ${(100 * lost).toFixed(1)} %           ${gain.toFixed(1)}`,
  );
}
console.log(`best: ${best.threshold.toFixed(2)} (${best.gain.toFixed(1)} good steps gained)`);
