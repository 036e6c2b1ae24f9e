import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { loadHealthPack } from '../src/content/load-health-pack.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { trainedCrisisCheck } from '../src/main/trained-crisis-check.js';
import { cachedContent, contentKey } from '../src/main/content-cache.js';
import { cachedGoalModel } from '../src/main/model-cache.js';
import { buildServer, builtIsFresh } from '../scripts/server-build.mjs';

/**
 * Checks the content packs and trains the two models once, before the workers start: they are kept in the
 * private temp folder (keyed by content and code), so every worker's first app reads them instead of each
 * worker checking and training the same thing at once (two workers doing so took a first suite's set-up past
 * its 30 s limit on the 2-core machine). A pack with problems is not cached: the tests that load it list them.
 */
export default async function warmCaches(): Promise<void> {
  // The servers the end-to-end tests start run the compiled code (test/e2e/processes.ts): build it once here when the
  // sources changed since the last build, not in every test that starts one.
  if (!builtIsFresh()) await buildServer();
  // One key for the three packs, as a start works it out (hashing the content is the costly part of a kept pack).
  const kept = { key: contentKey() };
  const pack = cachedContent('coach-pack', () => loadCoachPack(), kept);
  if (pack.ok) cachedGoalModel(pack.pack);
  cachedContent('program-packs', () => loadProgramPacks(), kept);
  cachedContent('health-pack', () => loadHealthPack(), kept);
  try {
    trainedCrisisCheck();
  } catch {
    // A broken safety corpus is reported by the tests that load it, with its problems listed.
  }
}
