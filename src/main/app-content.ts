import type { IntentModel } from '../coach/intents/classifier.js';
import { coachOnFirstUse } from '../coach/coach-on-first-use.js';
import { createOfflineCoach } from '../coach/offline/offline-coach.js';
import type { Config } from '../config/env.js';
import { type CoachPack, loadCoachPack } from '../content/load-coach-pack.js';
import { type HealthPack, loadHealthPack } from '../content/load-health-pack.js';
import { loadHealthTriggers } from '../content/load-health-triggers.js';
import { loadProgramPacks } from '../content/load-program-pack.js';
import { loadSafetyTexts, type SafetyTexts } from '../content/load-safety-texts.js';
import type { ProgramPack } from '../content/program-pack.schema.js';
import type { Coach } from '../core/goals/coach.port.js';
import type { TriggerDef } from '../core/health/biometrics/triggers.js';
import type { Log } from '../core/ports.js';
import type { SafetyCheck } from '../core/safety.port.js';
import { cachedContent, contentKey } from './content-cache.js';
import { cachedGoalModel, privateDir } from './model-cache.js';
import { stepsOnFirstUse } from './steps-on-first-use.js';
import { StartupError } from './startup-error.js';
import { trainedCrisisCheck } from './trained-crisis-check.js';

// What an app is built over: the content packs, checked, and the models and coach built from them.

/**
 * The checked content packs and what is built from them alone: the same for every app over them, whatever its
 * config. Tests open hundreds of apps, and building this took most of each one's start (reading 30 MB of content to
 * find the kept packs, the goal model, the offline coach's indexes: about a second of CPU on the 2-core CI machine),
 * so they build it once per worker and pass it in (`AppOptions.content`); the server and the CLI build it at start.
 * Nothing in it changes after it is built.
 */
export interface AppContent {
  pack: CoachPack;
  programs: ProgramPack[];
  health: HealthPack;
  triggers: TriggerDef[];
  goalModel: IntentModel;
  /** The offline coach over `pack` and `goalModel`: it holds no state of its own, so apps may share it. */
  offlineCoach: Coach;
  /** The key the checked packs were kept under (hashing every content file costs a tenth of a second: once a start). */
  contentKey: string;
}

export interface Content extends AppContent {
  safetyTexts: SafetyTexts;
  crisisCheck: SafetyCheck;
}

/** Every content pack, validated, and what is built from them; any problem stops the start with all problems listed. */
export function loadAppContent(log: Log): AppContent {
  const cache = { log, key: contentKey() };
  const pack = cachedContent('coach-pack', () => loadCoachPack(), cache);
  if (!pack.ok) throw new StartupError(pack.problems.map((problem) => `content/goals/${problem}`));
  const programs = cachedContent('program-packs', () => loadProgramPacks(), cache);
  if (!programs.ok) throw new StartupError(programs.problems.map((problem) => `content/programs/${problem}`));
  const health = cachedContent('health-pack', () => loadHealthPack(), cache);
  if (!health.ok) throw new StartupError(health.problems.map((problem) => `content/health/${problem}`));
  const triggers = loadHealthTriggers();
  if (!triggers.ok) throw new StartupError(triggers.problems.map((problem) => `content/health/${problem}`));
  const goalModel = cachedGoalModel(pack.pack, { log });
  // After the goal model, which reads every kind's steps for its key.
  const coachPack = stepsOnFirstUse(pack.pack, { dir: privateDir(), key: cache.key, log }, () => {
    const fresh = loadCoachPack();
    if (!fresh.ok) throw new StartupError(fresh.problems);
    return fresh.pack;
  });
  return {
    pack: coachPack,
    programs: programs.programs,
    health: health.pack,
    triggers: triggers.triggers,
    goalModel,
    offlineCoach: coachOnFirstUse(() => createOfflineCoach(coachPack, goalModel)),
    contentKey: cache.key,
  };
}

export function loadContent(
  config: Readonly<Config>,
  options: { log: Log; content?: AppContent; crisisCheck?: SafetyCheck },
): Content {
  const shared = options.content ?? loadAppContent(options.log);
  // The safety texts follow the config (SAFETY_RESOURCES_FILE), so each app reads its own.
  const safetyTexts = loadSafetyTexts(config.safetyResourcesFile);
  if (!safetyTexts.ok) throw new StartupError(safetyTexts.problems);
  const crisisCheck = options.crisisCheck ?? trainedCrisisCheck({ contentKey: shared.contentKey });
  return { ...shared, safetyTexts: safetyTexts.texts, crisisCheck };
}
