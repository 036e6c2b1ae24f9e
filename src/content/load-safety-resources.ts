import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from './load-coach-pack.js';

/** Crisis help text per language; each deployment may bring its own file. */
export const SafetyResources = z.object({ en: z.string().trim().min(10), ru: z.string().trim().min(10) });
export type SafetyResources = z.infer<typeof SafetyResources>;

export type ResourcesResult = { ok: true; resources: SafetyResources } | { ok: false; problems: string[] };

export function loadSafetyResources(file = join(contentDir(), 'safety', 'resources.yaml')): ResourcesResult {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, problems: [`${file}: ${(e as Error).message.split('\n')[0]}`] };
  }
  const parsed = SafetyResources.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`) };
  return { ok: true, resources: parsed.data };
}
