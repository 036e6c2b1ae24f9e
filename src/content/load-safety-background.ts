import { join } from 'node:path';
import { z } from 'zod';
import { isLight } from './everyday-texts.js';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';

/**
 * `content/safety/background.yaml`: the crisis detector's safe background, frozen. It is a snapshot of
 * the product's everyday text (src/content/everyday-texts.ts) taken by `npm run freeze:background`,
 * reviewed like the corpus and refreshed on purpose, with the held-out sets run after, so that a round
 * of coach content cannot move the crisis figures by itself.
 */
export const BackgroundFile = z.strictObject({
  frozen: z.iso.date(),
  texts: z.array(z.string().trim().min(1).max(4000)).min(1),
});
export type BackgroundFile = z.infer<typeof BackgroundFile>;

export type BackgroundResult = { ok: true; texts: string[]; frozen: string } | { ok: false; problems: string[] };

export const backgroundFile = () => join(contentDir(), 'safety', 'background.yaml');

/** Reads the frozen background; a text with a heavy word (death, danger, fuel…) is a problem, never background. */
export function loadSafetyBackground(file = backgroundFile()): BackgroundResult {
  const problems: string[] = [];
  const parsed = readYamlFile(file, BackgroundFile, problems, 'content/safety/background.yaml');
  if (!parsed) return { ok: false, problems };
  parsed.texts.forEach((text, index) => {
    if (!isLight(text))
      problems.push(
        `content/safety/background.yaml: texts.${index}: a heavy word (death, danger, fuel…) is never background`,
      );
  });
  return problems.length ? { ok: false, problems } : { ok: true, texts: parsed.texts, frozen: parsed.frozen };
}
