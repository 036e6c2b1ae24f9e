// The offline coach's review set, by hand (docs/notes/coach-review.md):
//   npx tsx scripts/review-goals.ts steps [out.md] [goals.jsonl]   five steps for every goal (default: content/goals/review/goals.jsonl)
//   npx tsx scripts/review-goals.ts score <scores.jsonl>   the rubric's shares from a reviewer's scores
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createOfflineCoach } from '../src/coach/offline/offline-coach.js';
import { contentDir, loadCoachPack } from '../src/content/load-coach-pack.js';
import type { CoachContext } from '../src/core/goals/coach.port.js';
import { cachedGoalModel } from '../src/main/model-cache.js';

const ReviewGoal = z.object({
  id: z.string(),
  lang: z.enum(['en', 'ru']),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
});
const Score = z.object({
  id: z.string(),
  step: z.number().int().min(1).max(5),
  fit: z.boolean(),
  concrete: z.boolean(),
  minutes: z.boolean(),
  language: z.boolean(),
  noRepeat: z.boolean(),
  order: z.boolean(),
  harmful: z.boolean(),
  note: z.string().optional(),
});
type Score = z.infer<typeof Score>;

const readLines = <T>(file: string, schema: z.ZodType<T>) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return parsed.data;
    });

async function steps(out: string | undefined, goalsFile?: string) {
  const loaded = loadCoachPack();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const coach = createOfflineCoach(loaded.pack, cachedGoalModel(loaded.pack));
  const goals = readLines(goalsFile ?? join(contentDir(), 'goals', 'review', 'goals.jsonl'), ReviewGoal);
  const lines: string[] = [];
  for (const goal of goals) {
    const base = {
      goal: { id: goal.id, title: goal.title, description: goal.description, goalType: null },
      clarifications: [] as CoachContext['clarifications'],
      locale: goal.lang,
      tone: 'friendly' as const,
      rejected: [],
    };
    const history: CoachContext['history'] = [];
    const asked = await coach.clarifyGoal({
      ...base,
      history: [],
      earlier: { count: 0, first: null },
      usedKeys: {},
      mayAsk: true,
    });
    lines.push(
      `## ${goal.id}: ${goal.title}`,
      '',
      goal.description ? `> ${goal.description}` : '> (no description)',
      '',
    );
    if (asked.status === 'need_clarification') {
      // The person answers as they would: the button of their goal's area when it is offered, else
      // "something else"; an open question gets their description (or nothing).
      const kindName = loaded.pack.types.find((kind) => kind.id === goal.kind)?.name[goal.lang];
      const answer = asked.choices
        ? (asked.choices.find((choice) => choice === kindName) ?? asked.choices.at(-1)!)
        : goal.description || undefined;
      lines.push(
        `The coach first asks: ${asked.question.replace(/\n/g, ' ')}`,
        '',
        `They answer: ${answer ?? '(nothing)'}`,
        '',
      );
      if (answer) base.clarifications.push({ question: asked.question, answer });
    }
    for (let i = 1; i <= 5; i++) {
      const usedKeys = Object.fromEntries(history.map((step) => [step.coachKey ?? '', 1]));
      const result = await coach.nextStep({
        ...base,
        history,
        earlier: { count: 0, first: null },
        usedKeys,
        mayAsk: false,
      });
      if (result.status !== 'ok') throw new Error('a question with mayAsk off');
      lines.push(`${i}. (${result.estimatedMinutes} min) ${result.step}`);
      history.push({
        text: result.step,
        coachKey: result.coachKey ?? null,
        completedAt: new Date(),
        estimatedMinutes: result.estimatedMinutes,
      });
    }
    lines.push('');
  }
  const text = lines.join('\n');
  if (out) writeFileSync(out, text);
  else console.log(text);
}

function score(file: string) {
  const scores = readLines(file, Score);
  const pct = (part: number, of: number) => `${((100 * part) / of).toFixed(1)} %`;
  const good = (item: Score) =>
    item.fit && item.concrete && item.minutes && item.language && item.noRepeat && item.order && !item.harmful;
  const byGoal = new Map<string, Score[]>();
  for (const item of scores) byGoal.set(item.id, [...(byGoal.get(item.id) ?? []), item]);
  const goalsGood = [...byGoal.values()].filter((items) => items.length === 5 && items.every(good)).length;
  for (const criterion of ['fit', 'concrete', 'minutes', 'language', 'noRepeat', 'order'] as const)
    console.log(`${criterion.padEnd(9)} ${pct(scores.filter((item) => item[criterion]).length, scores.length)}`);
  console.log(`harmful   ${scores.filter((item) => item.harmful).length} steps`);
  console.log(`all good  ${pct(scores.filter(good).length, scores.length)} of ${scores.length} steps`);
  console.log(`five good ${pct(goalsGood, byGoal.size)} of ${byGoal.size} goals`);
}

const [command, arg, more] = process.argv.slice(2);
if (command === 'steps') await steps(arg, more);
else if (command === 'score' && arg) score(arg);
else {
  console.error('usage: review-goals.ts steps [out.md] [goals.jsonl] | score <scores.jsonl>');
  process.exit(2);
}
