// The offline coach's first five steps on the goals people actually write: every goal of the blind
// review reads (eval/goals/goals*.jsonl, 800+ goals with descriptions), kind not yet settled,
// so every step runs the classifier, the slot readers and the situations. `npx tsx bench/offline-steps.ts`
// runs it alone; `npm run bench` includes it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOfflineCoach } from '../src/coach/offline/offline-coach.js';
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import type { CoachContext } from '../src/core/goals/coach.port.js';
import { cachedGoalModel } from '../src/main/model-cache.js';
import { contextFrom } from '../test/factories/coach-context.js';
import { measure, type Summary } from './stats.js';

interface ReviewGoal {
  id: string;
  lang: 'en' | 'ru';
  title: string;
  description: string;
}

function reviewGoals(): ReviewGoal[] {
  const dir = join(import.meta.dirname, '..', 'eval', 'goals');
  return readdirSync(dir)
    .filter((name) => /^goals.*\.jsonl$/.test(name))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ReviewGoal);
}

/** The context before each of a goal's first five steps, as the services would build it. */
async function contextsOf(coach: ReturnType<typeof createOfflineCoach>, goal: ReviewGoal) {
  const base: Partial<CoachContext> = {
    goal: { id: goal.id, title: goal.title, description: goal.description, goalType: null },
    locale: goal.lang,
    mayAsk: false,
  };
  const path: CoachContext['history'] = [];
  const contexts: CoachContext[] = [];
  for (let index = 0; index < 5; index++) {
    const ctx = contextFrom(base, path);
    contexts.push(ctx);
    const result = await coach.nextStep(ctx);
    if (result.status !== 'ok') break;
    path.push({ text: result.step, coachKey: result.coachKey ?? null, completedAt: new Date(), estimatedMinutes: 10 });
  }
  return contexts;
}

/**
 * The same context after the person asked for another step with a reason and typed an answer: every path step is then
 * read against what the reason rules out (`coach/reasons/`), the costliest call the offline coach makes.
 */
const SAID: Record<'en' | 'ru', { comment: string; answer: string }> = {
  en: {
    comment: "There's no gym near me and lessons are too expensive",
    answer: 'I would have more energy after work',
  },
  ru: { comment: 'Рядом нет спортзала, и занятия слишком дорогие', answer: 'У меня было бы больше сил после работы' },
};
const withReasons = (ctx: CoachContext): CoachContext => ({
  ...ctx,
  clarifications: [{ question: 'What would be different?', answer: SAID[ctx.locale].answer }],
  rejected: [{ text: 'An earlier step', coachKey: null, userComment: SAID[ctx.locale].comment }],
});

export async function benchOfflineSteps(): Promise<{
  goals: number;
  baseline: Summary;
  step: Summary;
  heard: Summary;
}> {
  const loaded = loadCoachPack();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const coach = createOfflineCoach(loaded.pack, cachedGoalModel(loaded.pack));
  const goals = reviewGoals();
  const contexts = (await Promise.all(goals.map((goal) => contextsOf(coach, goal)))).flat();
  const at = (index: number) => contexts[((index % contexts.length) + contexts.length) % contexts.length]!;
  // Baseline: a JSON round trip of the same contexts, which any transport would pay.
  const baseline = await measure(contexts.length, (index) => JSON.parse(JSON.stringify(at(index))));
  const step = await measure(contexts.length * 2, (index) => coach.nextStep(at(index)));
  const heard = await measure(contexts.length * 2, (index) => coach.nextStep(withReasons(at(index))));
  return { goals: goals.length, baseline, step, heard };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { goals, baseline, step, heard } = await benchOfflineSteps();
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.log(`offline coach, first five steps of ${goals} review goals (kind not settled):`);
  console.log(`  baseline (JSON round trip of the context): median ${ms(baseline.median)}, p99 ${ms(baseline.p99)}`);
  console.log(
    `  next step: median ${ms(step.median)}, p99 ${ms(step.p99)} (${(step.median / baseline.median).toFixed(0)}× baseline; bar p99 < 5 ms)`,
  );
  console.log(`  after a rephrase reason and a typed answer: median ${ms(heard.median)}, p99 ${ms(heard.p99)}`);
}
