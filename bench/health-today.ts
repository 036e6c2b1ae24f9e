// `/today` handled through the chat dialog (issue 11's bar: < 50 ms), on SQLite and PostgreSQL, next
// to a primary-key read of the same database measured in the same run. The first view of a day
// builds and stores the plan; every later view reads it back, which is what a person sees all day.
import { loadConfig } from '../src/config/env.js';
import { silentLog } from '../src/core/ports.js';
import { parseInput } from '../src/interfaces/chat/reply.js';
import { createApp } from '../src/main/app.js';
import { createTestDatabase } from '../test/factories/databases.js';
import { measure, ms } from './stats.js';

const SCHEDULE = {
  timeZone: 'Europe/Moscow',
  wake: '07:00',
  sleep: '23:00',
  work: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
};

async function todayOn(dialect: 'sqlite' | 'postgres', rounds: number) {
  const testDb = await createTestDatabase(dialect);
  const cfg = loadConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: 'silent' });
  if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
  const app = await createApp(cfg.config, { log: silentLog, db: testDb.schema ? { schema: testDb.schema } : {} });
  try {
    const user = await app.goals.ensureUser({ provider: 'bench', subject: 'health', locale: 'en' });
    await app.tracks.enroll(user.id, 'health');
    await app.health.chooseArchetype(user.id, 'systematic_improver');
    await app.health.setSchedule(user.id, SCHEDULE);
    const first = await measure(1, async () =>
      app.dialog.handle(await app.goals.user(user.id), 'cli', parseInput('/today')),
    );
    const baseline = await measure(rounds, () => app.stores.users.byId(user.id));
    const today = await measure(rounds, async () =>
      app.dialog.handle(await app.goals.user(user.id), 'cli', parseInput('/today')),
    );
    return { first, baseline, today };
  } finally {
    await app.close();
    await testDb.dispose();
  }
}

/** Rows for `npm run bench`'s table: measure, median, p99, per second, ratio to its baseline. */
export async function benchHealthToday(rounds: number): Promise<string[][]> {
  const rows: string[][] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const { first, baseline, today } = await todayOn(dialect, rounds);
    const name = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    rows.push([`${name}: primary-key read (baseline, health run)`, ms(baseline.median), ms(baseline.p99), '', '1×']);
    rows.push([`${name}: /today first view of the day (plan built + stored)`, ms(first.median), '', '', '']);
    rows.push([
      `${name}: /today handled (stored plan, 8 tasks rendered)`,
      ms(today.median),
      ms(today.p99),
      today.perSecond.toFixed(0),
      `${(today.median / baseline.median).toFixed(0)}×`,
    ]);
  }
  return rows;
}
