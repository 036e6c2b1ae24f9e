import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contentDir } from './load-coach-pack.js';
import { loadSafetyCorpus } from './load-safety-corpus.js';
import type { SafetyExample } from './safety-corpus.schema.js';

/**
 * `content/safety/goal-register.json`: goal titles and descriptions as people write them, the safe evidence of the
 * crisis screen's goal register (its own model, crisis-model.ts). A snapshot of the coach's labelled goals
 * (`content/goals/corpus/train-*.jsonl`) taken by `npm run freeze:goal-register`, without any text the patterns
 * flag and without the goal validation sets' texts, so that a round of coach content cannot move the crisis figures
 * by itself and the goal register is still measured on goals it never saw. Unlike the background, it may hold heavy
 * words: grief, a diagnosis, quitting a habit are ordinary goals.
 */
export const GoalRegisterFile = z.strictObject({
  about: z.string(),
  frozen: z.iso.date(),
  texts: z.array(z.string().trim().min(1).max(1000)).min(1),
});
export type GoalRegisterFile = z.infer<typeof GoalRegisterFile>;

export type GoalRegisterResult = { ok: true; texts: string[] } | { ok: false; problems: string[] };

const LABEL = 'content/safety/goal-register.json';
export const goalRegisterFile = () => join(contentDir(), 'safety', 'goal-register.json');

export function loadGoalRegisterTexts(file = goalRegisterFile()): GoalRegisterResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`${LABEL}: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = GoalRegisterFile.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${LABEL}: ${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  return { ok: true, texts: parsed.data.texts };
}

export type GoalRegister = { texts: string[]; examples: SafetyExample[] };

/**
 * The goal register's whole evidence: the frozen goals (`goal-register.json`) and the hand-written crises said as goals
 * and goals near the line (`content/safety/goal-corpus/<name>.<lang>.yaml`, the corpus's format).
 */
export function loadGoalRegister(
  root = join(contentDir(), 'safety'),
): { ok: true; register: GoalRegister } | { ok: false; problems: string[] } {
  const texts = loadGoalRegisterTexts(join(root, 'goal-register.json'));
  const written = loadSafetyCorpus(join(root, 'goal-corpus'));
  const problems = [
    ...(texts.ok ? [] : texts.problems),
    ...(written.ok ? [] : written.problems.map((problem) => `content/safety/goal-corpus/${problem}`)),
  ];
  if (!texts.ok || !written.ok) return { ok: false, problems };
  return { ok: true, register: { texts: texts.texts, examples: written.examples } };
}
