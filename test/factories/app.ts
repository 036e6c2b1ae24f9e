import { loadConfig, type Config } from '../../src/config/env.js';
import { type Log, silentLog } from '../../src/core/ports.js';
import { createApp, type App } from '../../src/main/app.js';
import type { DialectName } from '../../src/store/dialect.js';
import { parseInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { fixedClock } from './clock.js';
import { sharedCrisisCheck } from './safety.js';
import { sharedContent } from './app-content.js';
import type { SafetyCheck } from '../../src/core/safety.port.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestApp extends App {
  clock: ReturnType<typeof fixedClock>;
  testDb: TestDatabase;
  dispose(): Promise<void>;
}

/** The whole app (real database, real coach, real services) over a fresh test database. */
export async function createTestApp(
  dialect: DialectName = 'sqlite',
  env: Record<string, string> = {},
  options: { log?: Log; crisisCheck?: SafetyCheck } = {},
): Promise<TestApp> {
  const log = options.log ?? silentLog;
  const testDb = await createTestDatabase(dialect);
  const result = loadConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: 'silent', ...env });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const config: Config = result.config;
  const clock = fixedClock();
  const app = await createApp(config, {
    log,
    clock,
    crisisCheck: options.crisisCheck ?? sharedCrisisCheck(),
    content: sharedContent(),
    // A test that needs the server's own pool size (contention) sets DATABASE_POOL_SIZE.
    db: testDb.schema ? { schema: testDb.schema, poolSize: Number(env.DATABASE_POOL_SIZE ?? 5) } : {},
  });
  return {
    ...app,
    clock,
    testDb,
    dispose: async () => {
      await app.close();
      await testDb.dispose();
    },
  };
}

/** A second app over the same database, as after a restart. */
export async function restartApp(previous: TestApp): Promise<App> {
  await previous.close();
  const result = loadConfig({ DATABASE_URL: previous.testDb.url, LOG_LEVEL: 'silent' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return createApp(result.config, {
    log: silentLog,
    clock: previous.clock,
    crisisCheck: sharedCrisisCheck(),
    content: sharedContent(),
    db: previous.testDb.schema ? { schema: previous.testDb.schema, poolSize: 5 } : {},
  });
}

let enrolledCount = 0;

/** A new user (unique Telegram-like subject) enrolled in the recovery program. */
export async function enrolledUser(app: App, options: { locale?: 'en' | 'ru'; primary?: string } = {}) {
  const user = await app.goals.ensureUser({
    provider: 'test',
    subject: `enrolled-${process.pid}-${++enrolledCount}`,
    locale: options.locale ?? 'en',
  });
  await app.tracks.enroll(user.id, 'recovery', options.primary);
  return user;
}

/** Talks as a user in the chat, as the bot and the terminal do: a line is typed, `button:<data>` taps a button. */
export const chatAs =
  (app: Pick<App, 'dialog' | 'goals'>, userId: string) =>
  async (line: string): Promise<Reply[]> =>
    app.dialog.handle(
      await app.goals.user(userId),
      'test',
      line.startsWith('button:') ? { kind: 'button', data: line.slice(7) } : parseInput(line),
    );
