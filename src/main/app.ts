import { randomUUID } from 'node:crypto';
import { createCoach } from '../coach/create-coach.js';
import { confidenceBand, createIntentRouter, type IntentRouter } from '../coach/intents/intent-router.js';
import { createLlmReflector } from '../coach/llm/exercise-reflection.js';
import { createLlmIntentRefiner, type RoutedIntent } from '../coach/llm/intent-refiner.js';
import { createLlmSuggester } from '../coach/llm/llm-suggester.js';
import { createCrisisCheck } from '../coach/safety/crisis-check.js';
import { createLlmSafetyReviewer } from '../coach/llm/safety-review.js';
import type { Config } from '../config/env.js';
import { type CoachPack, loadCoachPack } from '../content/load-coach-pack.js';
import { loadProgramPacks } from '../content/load-program-pack.js';
import type { ProgramPack } from '../content/program-pack.schema.js';
import { everydayTexts } from '../content/everyday-texts.js';
import { loadSafetyCorpus } from '../content/load-safety-corpus.js';
import { loadSafetyTexts } from '../content/load-safety-texts.js';
import type { SafetyCheck } from '../core/safety.port.js';
import { createCrisisScreen } from '../services/safety/crisis-screen.js';
import { cachedCrisisModel } from './crisis-model-cache.js';
import type { Clock, IdSource, Log } from '../core/ports.js';
import { createDialog } from '../interfaces/chat/dialog.js';
import { createMetrics } from '../interfaces/metrics/metrics.js';
import { createGoalServices } from '../services/goals/goal-services.js';
import { createEventBus } from '../store/relay/event-bus.js';
import { createFreshness } from '../store/freshness.js';
import { createTrackServices } from '../services/tracks/track-services.js';
import type { Suggester } from '../services/tracks/deps.js';
import { createDeliveryClaims } from '../services/delivery/delivery-claims.js';
import { averageCompletion, stuckUsers } from '../store/repositories/track.repository.js';
import { IDLE_DAYS } from '../core/tracks/suggest.js';
import { createStores } from '../store/create-stores.js';
import { openDatabase, type OpenOptions } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { openEventRelay } from '../store/relay/create-relay.js';

export interface AppOptions {
  log: Log;
  clock?: Clock;
  ids?: IdSource;
  db?: OpenOptions;
  defaultMetrics?: boolean;
  /** LLM next-action suggestions (tests pass one; otherwise built from the LLM config when set). */
  suggester?: Suggester;
  /** `false` turns the HTTP API's read caches off (benchmarks measure the database path with it). */
  readCache?: boolean;
  /** The offline crisis check (tests share one); otherwise trained from content/safety/corpus at start. */
  crisisCheck?: SafetyCheck;
}

export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * The composition root shared by the server, the terminal chat, tests and benchmarks: opens and
 * migrates the database, loads and validates content, and wires the coach, services and dialog.
 */
export async function createApp(config: Readonly<Config>, options: AppOptions) {
  const pack = loadCoachPack();
  if (!pack.ok) throw new StartupError(pack.problems.map((p) => `content/goals/${p}`));
  const programs = loadProgramPacks();
  if (!programs.ok) throw new StartupError(programs.problems.map((p) => `content/programs/${p}`));
  const safetyTexts = loadSafetyTexts(config.safetyResourcesFile);
  if (!safetyTexts.ok) throw new StartupError(safetyTexts.problems);
  const crisisCheck = options.crisisCheck ?? trainedCrisisCheck(programs.programs, pack.pack);

  const database = openDatabase(config.database.url, { ...options.db, log: options.log });
  const migrated = await migrateToLatest(database.db, options.db?.schema);
  if (migrated.error) {
    await database.close();
    throw new StartupError([
      `database migration failed: ${(migrated.error as Error).message ?? String(migrated.error)}`,
    ]);
  }

  const metrics = createMetrics({ defaultMetrics: options.defaultMetrics ?? false });
  const stores = createStores(database.db);
  const coach = createCoach({ config, pack: pack.pack, counters: metrics, log: options.log });
  const clock = options.clock ?? { now: () => new Date() };
  // With an LLM configured, it gives a second opinion on texts the offline check was unsure about.
  const reviewer = createLlmSafetyReviewer(config, { log: options.log, count: metrics.safetyReview });
  const screen = createCrisisScreen({ safety: crisisCheck, reviewer, counters: metrics, log: options.log, clock });
  const goals = createGoalServices({
    stores,
    coach,
    screen,
    clock,
    ids: options.ids ?? { next: () => randomUUID() },
    counters: metrics,
    log: options.log,
  });
  // The bus spans every process on this database (other server instances, the terminal chat).
  const relay = await openEventRelay(database, config.database.url, options.log);
  const bus = createEventBus(options.log, relay);
  // Read caches (the HTTP API's hot views) check this: any committed write or new LLM suggestion.
  const freshness = createFreshness(options.readCache === false ? undefined : database.changeStamp);
  metrics.watchTracks(bus, {
    averages: () => averageCompletion(database.db),
    stuckUsers: () => stuckUsers(database.db, new Date(clock.now().getTime() - IDLE_DAYS * 24 * 3600 * 1000)),
  });
  const tracks = createTrackServices({
    stores,
    programs: programs.programs,
    flags: config.flags,
    bus,
    clock,
    ids: options.ids ?? { next: () => randomUUID() },
    log: options.log,
    counters: metrics,
    suggester: options.suggester ?? createLlmSuggester(config, options.log),
    freshness,
  });
  // Each program's intent router is trained on first use (a fraction of a second), then kept.
  const routers = new Map<string, IntentRouter>();
  // With an LLM configured, it refines unsure intents and reflects on finished exercises.
  const refineIntent = createLlmIntentRefiner(config, { log: options.log, count: metrics.intentRefinement });
  const reflect = createLlmReflector(config, { log: options.log, count: metrics.exerciseReflection });
  const detectIntent = async (programId: string, text: string): Promise<RoutedIntent> => {
    const program = programs.programs.find((p) => p.id === programId)!;
    let router = routers.get(programId);
    if (!router) routers.set(programId, (router = createIntentRouter(program)));
    const d = router.detect(text);
    const offline = { ...d, band: confidenceBand(d.confidence) };
    return refineIntent ? refineIntent(program, text, offline) : offline;
  };
  const dialog = createDialog({
    goals,
    tracks: { tracks, detectIntent, reflect },
    chatStates: stores.chatStates,
    safety: safetyTexts.texts,
    log: options.log,
  });

  const updates = createDeliveryClaims({ processedUpdates: stores.processedUpdates, clock });

  const close = async () => {
    await relay?.close();
    await database.close();
  };
  return {
    config,
    database,
    stores,
    safetyTexts: safetyTexts.texts,
    screen,
    metrics,
    coach,
    goals,
    tracks,
    bus,
    freshness,
    clock,
    dialog,
    detectIntent,
    updates,
    log: options.log,
    migrated: migrated.applied,
    close,
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;

/**
 * The offline crisis check, trained on content/safety/corpus with the product's everyday text as
 * safe background (deterministic; a few seconds the first time, then read from the model cache).
 */
export function trainedCrisisCheck(programs?: readonly ProgramPack[], pack?: CoachPack): SafetyCheck {
  const corpus = loadSafetyCorpus();
  if (!corpus.ok) throw new StartupError(corpus.problems.map((p) => `content/safety/corpus/${p}`));
  const loadedPrograms = programs ? { ok: true as const, programs } : loadProgramPacks();
  const loadedPack = pack ? { ok: true as const, pack } : loadCoachPack();
  if (!loadedPrograms.ok) throw new StartupError(loadedPrograms.problems);
  if (!loadedPack.ok) throw new StartupError(loadedPack.problems);
  return createCrisisCheck(cachedCrisisModel(corpus.examples, everydayTexts(loadedPrograms.programs, loadedPack.pack)));
}
