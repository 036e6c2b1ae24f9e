import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isLight } from './everyday-texts.js';
import { contentDir } from './load-coach-pack.js';

/**
 * `content/safety/background.json`: the crisis detector's safe background, frozen. It is a snapshot of
 * the product's everyday text (src/content/everyday-texts.ts) taken by `npm run freeze:background`,
 * reviewed like the corpus and refreshed on purpose, with the held-out sets run after, so that a round
 * of coach content cannot move the crisis figures by itself. JSON, not YAML like the hand-written content:
 * it is generated, and every start reads it (about 10 ms parsed as JSON, 120 ms as YAML).
 */
export const BackgroundFile = z.strictObject({
  about: z.string(),
  frozen: z.iso.date(),
  texts: z.array(z.string().trim().min(1).max(4000)).min(1),
});
export type BackgroundFile = z.infer<typeof BackgroundFile>;

export type BackgroundResult = { ok: true; texts: string[]; frozen: string } | { ok: false; problems: string[] };

const LABEL = 'content/safety/background.json';
export const backgroundFile = () => join(contentDir(), 'safety', 'background.json');

/** Reads the frozen background; a text with a heavy word (death, danger, fuel…) is a problem, never background. */
export function loadSafetyBackground(file = backgroundFile()): BackgroundResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`${LABEL}: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = BackgroundFile.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${LABEL}: ${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  const problems = parsed.data.texts.flatMap((text, index) =>
    isLight(text) ? [] : [`${LABEL}: texts.${index}: a heavy word (death, danger, fuel…) is never background`],
  );
  return problems.length ? { ok: false, problems } : { ok: true, texts: parsed.data.texts, frozen: parsed.data.frozen };
}
