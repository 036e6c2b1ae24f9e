import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** One labelled goal: what a person typed as a title and, optionally, a description. */
export const LabelledGoal = z.strictObject({
  kind: z.string().regex(/^[a-z_]+$/),
  lang: z.enum(['en', 'ru']),
  title: z.string().trim().min(2).max(200),
  description: z.string().trim().max(1000),
});
export type LabelledGoal = z.infer<typeof LabelledGoal>;

export type CorpusResult = { ok: true; goals: LabelledGoal[] } | { ok: false; problems: string[] };

/**
 * Reads JSON-lines files of labelled goals (`train-*.jsonl`, or `blind.jsonl`). Every bad line is
 * reported by file and line number; a kind that is not one of `kinds` is a problem too (any kind is
 * taken when `kinds` is not given: a reader of the goals' words alone).
 */
export function loadGoalCorpus(dir: string, pattern: RegExp, kinds?: readonly string[]): CorpusResult {
  const problems: string[] = [];
  const goals: LabelledGoal[] = [];
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => pattern.test(name))
        .sort()
    : [];
  if (files.length === 0) problems.push(`no files matching ${pattern} in ${dir}`);
  for (const file of files)
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        const where = `${file}:${index + 1}`;
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch {
          problems.push(`${where}: not valid JSON`);
          return;
        }
        const parsed = LabelledGoal.safeParse(raw);
        if (!parsed.success)
          problems.push(
            `${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
          );
        else if (kinds && !kinds.includes(parsed.data.kind))
          problems.push(`${where}: unknown kind "${parsed.data.kind}"`);
        else goals.push(parsed.data);
      });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, goals };
}
