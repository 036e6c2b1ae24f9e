// The offline coach's review set, by hand (eval/reads.md); it reads eval/goals/, which the server, the
// content check and the tests never read:
//   npx tsx eval/review-goals.ts steps [out.md] [goals.jsonl] [answers.jsonl]   five steps for every goal (default: eval/goals/goals.jsonl)
//     A goal that gets the situation or the level question needs its answer in answers.jsonl ({"id", "about":
//     "situation" | "level", "answer"}: the button the person taps, chosen by someone who sees only the goal and the
//     question); without one, the questions are written beside out.md as <out>.questions.jsonl and the run stops
//     (answer them, run again: a level answer can bring a situation question). `skip` for answers.jsonl: the person
//     never answers either (the steps for every situation the goal names, at the level read from the text).
//     `none` for answers.jsonl: the person taps "None of these" on every situation question and "Just starting" on the
//     level question (for a before/after of what a dropped situation leaves).
//     REVIEW_KEYS=1 adds each step's key after its text, for the content fixes after a read (not for the scorer).
//   npx tsx eval/review-goals.ts score <scores.jsonl>   the rubric's shares from a reviewer's scores
//   npx tsx eval/review-goals.ts crisis <goals.jsonl>…   the goals the crisis screen would answer with a crisis reply
//     (no goal, no step; `steps` runs the coach alone): the services screen the title and the description first.
//   npx tsx eval/review-goals.ts hazards <goals.jsonl>…   the goals each hazard (content/goals/hazards/) fires on,
//     from the title and description: every one should be a real danger, or the hazard's words are too loose.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createHazardReader } from '../src/coach/offline/hazards.js';
import { createOfflineCoach } from '../src/coach/offline/offline-coach.js';
import { type CoachPack, loadCoachPack } from '../src/content/load-coach-pack.js';
import type { Coach, CoachContext } from '../src/core/goals/coach.port.js';
import { trainedCrisisCheck } from '../src/main/trained-crisis-check.js';
import { cachedGoalModel } from '../src/main/model-cache.js';

const ReviewGoal = z.object({
  id: z.string(),
  lang: z.enum(['en', 'ru']),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
});
type ReviewGoal = z.infer<typeof ReviewGoal>;
const Answer = z.object({
  id: z.string(),
  about: z.enum(['situation', 'level']).default('situation'),
  answer: z.string(),
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

/**
 * The person answers as they would: the situation question with the answerer's tap; the kind question with
 * the button of their goal's area when it is offered, else "something else"; an open question with their
 * description (or nothing).
 */
function answerTo(choices: string[] | undefined, goal: ReviewGoal, tapped: string | undefined, kindName?: string) {
  if (tapped !== undefined) {
    if (!choices?.includes(tapped)) throw new Error(`${goal.id}: '${tapped}' is not one of the buttons`);
    return tapped;
  }
  if (choices) return choices.find((choice) => choice === kindName) ?? choices.at(-1)!;
  return goal.description || undefined;
}

/** The situation questions no answer was given for, written for the answerer; the run stops (exit 3). */
function stopForAnswers(out: string | undefined, unanswered: object[]): never {
  const file = `${out ?? 'review'}.questions.jsonl`;
  writeFileSync(file, unanswered.map((item) => JSON.stringify(item)).join('\n') + '\n');
  console.error(`${unanswered.length} goals get a button question; answer them in an answers.jsonl: ${file}`);
  process.exit(3);
}

/**
 * The answerer's taps, by goal and question (`id/situation`, `id/level`); `skip`: they answer no button question;
 * `none`: "None of these" to every situation question and the first level to every level question.
 */
interface Taps {
  given: Map<string, string>;
  mode: 'given' | 'skip' | 'none';
}

/**
 * The questions before the first step, answered as the person would, written to `lines`; when a button question
 * has no tap yet, the question for the answerer (and the goal stops there).
 */
async function askFirst(
  coach: Coach,
  pack: CoachPack,
  goal: ReviewGoal,
  clarifications: CoachContext['clarifications'],
  taps: Taps,
  lines: string[],
): Promise<object | undefined> {
  const none = pack.generic.none[goal.lang];
  const levelQuestion = pack.generic.level.question[goal.lang].split('{title}')[0]!;
  const kindName = pack.types.find((kind) => kind.id === goal.kind)?.name[goal.lang];
  for (const turn of ['first', 'then'] as const) {
    const asked = await coach.clarifyGoal({
      goal: { id: goal.id, title: goal.title, description: goal.description, goalType: null },
      clarifications,
      locale: goal.lang,
      tone: 'friendly',
      rejected: [],
      history: [],
      earlier: { count: 0, first: null },
      usedKeys: {},
      mayAsk: true,
    });
    if (asked.status !== 'need_clarification') return undefined;
    const about =
      asked.choices?.at(-1) === none ? 'situation' : asked.question.startsWith(levelQuestion) ? 'level' : undefined;
    // "skip": the person answers neither button question (every situation the goal names stays).
    if (about && taps.mode === 'skip') return undefined;
    const key = `${goal.id}/${about}`;
    if (about && taps.mode === 'none') taps.given.set(key, about === 'situation' ? none : asked.choices![0]!);
    if (about && !taps.given.has(key)) {
      const { id, title, description } = goal;
      return { id, about, title, description, question: asked.question };
    }
    const answer = answerTo(asked.choices, goal, about ? taps.given.get(key) : undefined, kindName);
    lines.push(
      `The coach ${turn} asks: ${asked.question.replace(/\n/g, ' ')}`,
      '',
      `They answer: ${answer ?? '(nothing)'}`,
      '',
    );
    if (!answer) return undefined;
    clarifications.push({ question: asked.question, answer });
  }
  return undefined;
}

async function steps(out: string | undefined, goalsFile?: string, answersFile?: string) {
  const loaded = loadCoachPack();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const coach = createOfflineCoach(loaded.pack, cachedGoalModel(loaded.pack));
  const goals = readLines(goalsFile ?? join(import.meta.dirname, 'goals', 'goals.jsonl'), ReviewGoal);
  const lines: string[] = [];
  const given = new Map(
    answersFile && answersFile !== 'skip' && answersFile !== 'none'
      ? readLines(answersFile, Answer).map((item) => [`${item.id}/${item.about}`, item.answer])
      : [],
  );
  const unanswered: object[] = [];
  for (const goal of goals) {
    const base = {
      goal: { id: goal.id, title: goal.title, description: goal.description, goalType: null },
      clarifications: [] as CoachContext['clarifications'],
      locale: goal.lang,
      tone: 'friendly' as const,
      rejected: [],
    };
    const history: CoachContext['history'] = [];
    lines.push(
      `## ${goal.id}: ${goal.title}`,
      '',
      goal.description ? `> ${goal.description}` : '> (no description)',
      '',
    );
    const waiting = await askFirst(
      coach,
      loaded.pack,
      goal,
      base.clarifications,
      { given, mode: answersFile === 'skip' || answersFile === 'none' ? answersFile : 'given' },
      lines,
    );
    if (waiting) unanswered.push(waiting);
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
      // For whoever fixes the content after a read (never for the scorer): which step each line came from.
      const key = process.env.REVIEW_KEYS ? ` [${result.coachKey ?? '-'}]` : '';
      lines.push(`${i}. (${result.estimatedMinutes} min) ${result.step}${key}`);
      history.push({
        text: result.step,
        coachKey: result.coachKey ?? null,
        completedAt: new Date(),
        estimatedMinutes: result.estimatedMinutes,
      });
    }
    lines.push('');
  }
  if (unanswered.length > 0) stopForAnswers(out, unanswered);
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

/** Which goals the offline crisis check flags, as the goal services screen them (title, then description). */
function crisis(files: string[]) {
  const check = trainedCrisisCheck();
  const goals = files.flatMap((file) => readLines(file, ReviewGoal));
  let flagged = 0;
  for (const goal of goals)
    // The services screen the title first and stop at the first crisis found.
    for (const field of ['title', 'description'] as const) {
      const verdict = goal[field] ? check.check(goal[field]) : undefined;
      if (!verdict?.crisis) continue;
      flagged++;
      console.log(`${goal.id} (${goal.kind}): ${field} read as ${verdict.category}, ${verdict.level}`);
      break;
    }
  console.log(`crisis reply instead of a goal: ${flagged} of ${goals.length} goals`);
}

/** Which goals name each hazard, as the coach reads them (the title and description as one text). */
function hazards(files: string[]) {
  const loaded = loadCoachPack();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const reader = createHazardReader(loaded.pack.hazards);
  const goals = files.flatMap((file) => readLines(file, ReviewGoal).map((goal) => ({ ...goal, file })));
  const fired = new Map<string, string[]>();
  for (const goal of goals)
    for (const hazard of reader.readGoal(goal.title, goal.description))
      fired.set(hazard.id, [
        ...(fired.get(hazard.id) ?? []),
        `${goal.file.replace(/^.*\//, '')} ${goal.id}: ${goal.title}`,
      ]);
  for (const hazard of loaded.pack.hazards) {
    const list = fired.get(hazard.id) ?? [];
    console.log(`${hazard.id} (${hazard.name.en}): ${list.length} of ${goals.length} goals`);
    for (const line of list) console.log(`  ${line}`);
  }
}

const [command, arg, more, answers] = process.argv.slice(2);
if (command === 'steps') await steps(arg, more, answers);
else if (command === 'score' && arg) score(arg);
else if (command === 'crisis' && arg) crisis(process.argv.slice(3));
else if (command === 'hazards' && arg) hazards(process.argv.slice(3));
else {
  console.error(
    'usage: review-goals.ts steps [out.md] [goals.jsonl] [answers.jsonl] | score <scores.jsonl> | crisis <goals.jsonl>… | hazards <goals.jsonl>…',
  );
  process.exit(2);
}
