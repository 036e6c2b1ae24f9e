import { loadCoachPack } from '../content/load-coach-pack.js';
import { loadHealthPack } from '../content/load-health-pack.js';
import { loadProgramPacks } from '../content/load-program-pack.js';
import { cachedContent, contentKey } from './content-cache.js';
import { cachedGoalModel, privateDir } from './model-cache.js';
import { stepsOnFirstUse } from './steps-on-first-use.js';
import { trainedCrisisCheck } from './trained-crisis-check.js';

/**
 * The two halves of the work, each about a minute of one core: the packs with the goal model and the coach's steps,
 * and the crisis screen's ensemble. Independent, so a caller with two cores runs them in two processes at once.
 */
export type WarmPart = 'packs' | 'crisis';

/**
 * Checks every content pack and trains the models into `dir` (the private temp folder by default), as a start would,
 * so that the starts after it read them. The tests' set-up runs it once before its workers start (each worker would
 * otherwise train the same models at once), and `npm run build` into `dist/caches`, shipped with the build.
 * Returns the problems of a pack that did not pass: nothing of it is kept, and whoever loads it lists them.
 */
export function warmCaches(
  dir: string | undefined = privateDir(),
  parts: readonly WarmPart[] = ['packs', 'crisis'],
): string[] {
  // One key for every pack, as a start works it out (hashing the content is the costly part of a kept pack).
  const kept = { key: contentKey(), dir };
  const problems: string[] = [];
  if (parts.includes('packs')) problems.push(...warmPacks(kept));
  if (parts.includes('crisis'))
    try {
      trainedCrisisCheck({ contentKey: kept.key, dir });
    } catch (error) {
      problems.push((error as Error).message);
    }
  return problems;
}

function warmPacks(kept: { key: string; dir: string | undefined }): string[] {
  const { dir } = kept;
  const problems: string[] = [];
  const pack = cachedContent('coach-pack', () => loadCoachPack(), kept);
  if (pack.ok) {
    cachedGoalModel(pack.pack, { dir });
    stepsOnFirstUse(pack.pack, { dir, key: kept.key }, () => pack.pack);
  } else problems.push(...pack.problems);
  const programs = cachedContent('program-packs', () => loadProgramPacks(), kept);
  if (!programs.ok) problems.push(...programs.problems);
  const health = cachedContent('health-pack', () => loadHealthPack(), kept);
  if (!health.ok) problems.push(...health.problems);
  return problems;
}
