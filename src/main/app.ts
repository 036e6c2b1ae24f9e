import { createDataRights } from '../services/privacy/data-rights.js';
import type { WorkGate } from '../services/work-gate.js';
import { admitUpload } from '../imports/health/limits.js';
import { createUserDataRepository } from '../store/repositories/user-data.repository.js';
import { createWebSignIn } from '../services/auth/web-sign-in.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { createCoach } from '../coach/create-coach.js';
import { createIntentDetector } from '../coach/intents/intent-detector.js';
import { createLlmReflector } from '../coach/llm/exercise-reflection.js';
import { createLlmIntentRefiner } from '../coach/llm/intent-refiner.js';
import { createLlmSuggester } from '../coach/llm/llm-suggester.js';
import { createLlmSafetyReviewer } from '../coach/llm/safety-review.js';
import type { Config } from '../config/env.js';
import type { ProgramPack } from '../content/program-pack.schema.js';
import type { Clock, Freshness, IdSource, Log } from '../core/ports.js';
import type { EventBus } from '../core/tracks/events.js';
import type { SafetyCheck } from '../core/safety.port.js';
import type { Suggester } from '../core/tracks/suggester.port.js';
import { createDialog } from '../interfaces/chat/dialog.js';
import { createChatFeatures } from '../interfaces/chat/features/index.js';
import { createMetrics } from '../interfaces/metrics/metrics.js';
import { createDeliveryClaims } from '../services/delivery/delivery-claims.js';
import { createEntryServices } from '../services/entries/entry-services.js';
import { createGoalServices } from '../services/goals/goal-services.js';
import type { HealthDeps } from '../services/health/deps.js';
import { createHealthServices } from '../services/health/health-services.js';
import { createBiometricServices } from '../services/health/biometrics/biometric-services.js';
import type { BiometricDeps, HealthFileParser } from '../services/health/biometrics/deps.js';
import { createReminderServices, type ReminderDeps } from '../services/reminders/reminders.js';
import { StartupError } from './startup-error.js';
import { type AppContent, type Content, loadContent } from './app-content.js';
import { openMigrated } from './open-store.js';
import { workGates } from './work-gates.js';
import { createCrisisScreen } from '../services/safety/crisis-screen.js';
import { createSuggestionCache } from '../services/tracks/suggestion-cache.js';
import { trackGauges } from '../services/tracks/track-gauges.js';
import { createTrackServices } from '../services/tracks/track-services.js';
import { type AllStores, createStores } from '../store/create-stores.js';
import { type OpenOptions, type StepwiseDb } from '../store/dialect.js';
import { createEntryRepository } from '../store/repositories/entry.repository.js';
import { openFeeds } from '../store/relay/create-relay.js';
import { createEventBus } from '../store/relay/event-bus.js';
import { createTrackStats, createUnitOfWork } from '../store/unit-of-work.js';
import { createStoreMemory, type StoreMemory } from '../store/store-memory.js';
import type { Sealer } from '../core/privacy/sealer.port.js';

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
  /** Calendar secrets (tests fix them); otherwise 24 random bytes each. */
  secrets?: IdSource;
  /** Reads device exports (tests may swap it); otherwise src/imports/health. */
  healthParser?: HealthFileParser;
  /** The checked packs and what is built from them (tests share one per worker); otherwise read at start. */
  content?: AppContent;
}

export { StartupError };
export { type AppContent, loadAppContent } from './app-content.js';

/**
 * The database first: a setting that cannot work (no server, a read-only file) is said at once, not after the
 * seconds the content takes; then the content, the database closed again when it has problems.
 */
async function openWithContent(config: Readonly<Config>, options: AppOptions) {
  const opened = await openMigrated(config, options);
  let content: Content;
  try {
    content = loadContent(config, options);
  } catch (failure) {
    await opened.database.close();
    throw failure;
  }
  return { ...opened, content };
}

/**
 * The composition root shared by the server, the terminal chat, tests and benchmarks: opens and
 * migrates the database, loads and validates content, and wires the coach, services and dialog.
 * It only wires: every rule lives in a service, and every interface gets the narrow part it uses
 * (see wire.ts).
 */
export async function createApp(config: Readonly<Config>, options: AppOptions) {
  const { database, migrated, sealer, content } = await openWithContent(config, options);
  const log = options.log;
  const metrics = createMetrics({ defaultMetrics: options.defaultMetrics ?? false });
  // What the repositories remember between calls (per person), once for the app and its transactions.
  const memory = createStoreMemory();
  const stores = createStores(database.db, sealer, memory);
  const clock = options.clock ?? { now: () => new Date() };
  const ids = options.ids ?? { next: () => randomUUID() };
  const coach = createCoach({ config, pack: content.pack, offline: content.offlineCoach, counters: metrics, log });
  // With an LLM configured, it gives a second opinion on texts the offline check was unsure about.
  const reviewer = createLlmSafetyReviewer(config, { log, count: metrics.safetyReview });
  const screen = createCrisisScreen({ safety: content.crisisCheck, reviewer, counters: metrics, log, clock });
  const goals = createGoalServices({ stores, coach, screen, clock, ids, counters: metrics, log });
  // The bus spans every process on this database (other server instances, the terminal chat).
  // Read caches (the HTTP API's hot views) check `freshness`: a person's committed writes, from any
  // process, or a new LLM suggestion for them.
  const feeds = await openFeeds(database, config.database.url, log, { readCache: options.readCache });
  const { freshness } = feeds;
  const bus = createEventBus(log, feeds.relay);
  const claims = createDeliveryClaims({ processedUpdates: stores.processedUpdates, clock });
  const tracks = trackServicesOf({
    config,
    options,
    content,
    database,
    stores,
    bus,
    clock,
    ids,
    log,
    metrics,
    freshness,
    sealer,
    memory,
  });
  const reminders = reminderServicesOf(config, { reminders: stores.reminders, stores, clock, ids, log });
  const gates = workGates(config);
  const programs = healthPrograms(
    { stores, content, tracks, clock, log, bus, ids, importGate: gates.imports, sendLeaseMs: sendLeaseMsOf(config) },
    options,
  );
  metrics.watchTracks(bus, trackGauges({ stats: createTrackStats(database.db), clock }));
  const entries = entryServicesOf(database, sealer, content.programs);
  const features = createChatFeatures({
    goals,
    tracks,
    reminders,
    entries,
    ...programs,
    publicUrl: config.http.publicUrl,
  });
  const dialog = createDialog({
    features,
    screenText: goals.screenText,
    chatStates: stores.chatStates,
    clock,
    safety: content.safetyTexts,
    log,
  });
  return {
    config,
    database,
    stores,
    safetyTexts: content.safetyTexts,
    screen,
    metrics,
    coach,
    goals,
    tracks,
    reminders,
    entries,
    ...programs,
    bus,
    freshness,
    clock,
    dialog,
    claims,
    ...accountServices(database, stores, { clock, ids, sealer, bus, exportGate: gates.exports }),
    gates,
    log,
    migrated,
    close: closeAll(feeds, database),
  };
}

/** The recovery program's services; with an LLM configured it suggests, refines intents and reflects. */
function trackServicesOf(deps: {
  config: Readonly<Config>;
  options: AppOptions;
  content: ReturnType<typeof loadContent>;
  database: Awaited<ReturnType<typeof openMigrated>>['database'];
  stores: AllStores;
  bus: EventBus;
  clock: Clock;
  ids: IdSource;
  log: Log;
  metrics: ReturnType<typeof createMetrics>;
  freshness: Freshness;
  sealer: Sealer;
  memory: StoreMemory;
}) {
  const { config, options, content, database, stores, bus, clock, ids, log, metrics, freshness } = deps;
  return createTrackServices({
    stores,
    programs: content.programs,
    flags: config.flags,
    bus,
    clock,
    ids,
    log,
    counters: metrics,
    stepCounters: metrics,
    unitOfWork: createUnitOfWork(database.db, deps.sealer, deps.memory),
    suggestionCache: createSuggestionCache(),
    freshness,
    suggester: options.suggester ?? createLlmSuggester(config, log),
    intents: createIntentDetector(
      content.programs,
      createLlmIntentRefiner(config, { log, count: metrics.intentRefinement }),
    ),
    reflector: createLlmReflector(config, { log, count: metrics.exerciseReflection }),
    sendLeaseMs: sendLeaseMsOf(config),
  });
}

/** One attempt holds a scheduled message's send as long as the job queue holds a job (JOB_TIMEOUT_SECONDS). */
const sendLeaseMsOf = (config: Readonly<Config>) => config.jobTimeoutSeconds * 1000;
const reminderServicesOf = (config: Readonly<Config>, deps: Omit<ReminderDeps, 'sendLeaseMs'>) =>
  createReminderServices({ ...deps, sendLeaseMs: sendLeaseMsOf(config) });

/** Reading back saved exercises; the store opens what it sealed. */
const entryServicesOf = (database: StepwiseDb, sealer: Sealer, programs: ProgramPack[]) =>
  createEntryServices({ store: createEntryRepository(database.db, sealer), programs });

/** The person's account: web sign-in, and the rights to export and erase everything. */
const accountServices = (
  database: StepwiseDb,
  stores: AllStores,
  deps: { clock: Clock; ids: IdSource; sealer: Sealer; bus: EventBus; exportGate: WorkGate },
) => ({
  signIn: createWebSignIn({ stores, clock: deps.clock, ids: deps.ids }),
  dataRights: createDataRights({
    store: createUserDataRepository(database.db, database.dialect, deps.sealer),
    clock: deps.clock,
    bus: deps.bus,
    gate: deps.exportGate,
  }),
});

export type App = Awaited<ReturnType<typeof createApp>>;

/** Closes what the app opened: the event relay and change feed first, then the database they listen on. */
const closeAll = (feeds: { close(): Promise<void> }, database: { close(): Promise<void> }) => async () => {
  await feeds.close();
  await database.close();
};

/**
 * The health program's services. Calendar secrets are 24 random bytes (192 bits) each unless a test
 * fixes them, so a calendar URL cannot be guessed.
 */
function healthDepsOf(
  deps: Omit<HealthDeps, 'store' | 'users' | 'secrets' | 'adaptations'> & { stores: AllStores; secrets?: IdSource },
): HealthDeps {
  const { stores, secrets, ...rest } = deps;
  const random = { next: () => randomBytes(24).toString('base64url') };
  return {
    ...rest,
    store: stores.health,
    users: stores.users,
    secrets: secrets ?? random,
    adaptations: stores.biometrics,
  };
}

/**
 * The health program and its biometrics. Device files are read by src/imports unless a test swaps
 * the parser; today's plan reads the adaptations store to show an accepted change.
 */
function healthPrograms(
  deps: Pick<HealthDeps, 'tracks' | 'clock' | 'log' | 'ids' | 'sendLeaseMs'> &
    Pick<BiometricDeps, 'bus' | 'importGate'> & { stores: AllStores; content: Content },
  options: Pick<AppOptions, 'healthParser' | 'secrets'>,
) {
  const { stores, content, bus, importGate, ...rest } = deps;
  const healthDeps = healthDepsOf({ ...rest, stores, pack: content.health, secrets: options.secrets });
  const biometrics = createBiometricServices({
    health: healthDeps,
    store: stores.biometrics,
    triggers: content.triggers,
    bus,
    ids: deps.ids,
    // Loaded on the first import only: the XML, zip and FIT parsers cost ~0.6 s at every start otherwise.
    parser: options.healthParser ?? {
      parse: async (path, parse) => (await import('../imports/health/index.js')).parseHealthFile(path, parse),
      admit: admitUpload,
    },
    importGate,
  });
  // A day's plan built for the first time is judged against the readings that came before it.
  return {
    health: createHealthServices({ ...healthDeps, dayStarted: biometrics.dayStarted, triggers: content.triggers }),
    biometrics,
  };
}
