import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/**
 * Reads one YAML content file and checks it with its schema. Problems go to `problems`, each named
 * by `label` (the file as the author knows it) and the path inside it, so every problem in every
 * file is reported in one go; the result is undefined when there was any.
 */
export function readYamlFile<T>(path: string, schema: z.ZodType<T>, problems: string[], label = path): T | undefined {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(`${label}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return parsed.success ? parsed.data : undefined;
}
