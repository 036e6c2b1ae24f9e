import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../src/core/ports.js';
import { messages } from '../../src/i18n/catalog.js';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from '../telegram/talk.js';

describe('the Telegram bot on a full disk', () => {
  let harness: BotHarness;
  const lines: Array<Record<string, unknown>> = [];
  const log: Log = {
    info: (fields) => void lines.push({ level: 'info', ...fields }),
    warn: (fields) => void lines.push({ level: 'warn', ...fields }),
    error: (fields) => void lines.push({ level: 'error', ...fields }),
  };
  beforeAll(async () => {
    harness = await startBotHarness({ log });
  }, 120_000);
  afterAll(() => harness?.dispose());

  it('says calmly, in the person’s language, that it could not save, and goes on once there is room', async () => {
    const ivan = person(harness.fake, { id: 7201, first_name: 'Иван', language_code: 'ru' });
    await ivan.say('/newgoal');
    await ivan.say('Выучить японский');
    // The disk fills for real (SQLite's max_page_count at the file's packed size): the description,
    // ~6 KB of UTF-8 (3 bytes a kana), spills over a page, and the file may no longer grow.
    const db = harness.app.database.db;
    await sql`vacuum`.execute(db);
    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count;
    await sql.raw(`pragma max_page_count = ${pages}`).execute(db);
    const description = `Хочу читать: ${'まんがをよみたい。'.repeat(200)}`;
    for (let attempt = 0; attempt < 2; attempt++)
      expect(await ivan.say(description)).toEqual([messages('ru').errors.storage_full()]);
    expect(lines.filter((line) => line.level === 'error')).toEqual([
      { level: 'error', event: 'storage_full', code: 'SQLITE_FULL' },
    ]);

    await sql`pragma max_page_count = 1073741823`.execute(db);
    const [created] = await ivan.say(description, 2);
    expect(created).toBe('🎯 Новая цель: «Выучить японский». Начнём.');
  });
});

// A PostgreSQL server that cannot take the work for a moment (restarting: SQLSTATE 57P03, raised here by
// a trigger as the server would) gets the same calm words, "try again in a moment", never "something
// went wrong"; the store logs it by code only.
describe.runIf(process.env.TEST_DATABASE_URL)('the Telegram bot while PostgreSQL cannot take the work', () => {
  let harness: BotHarness;
  const lines: Array<Record<string, unknown>> = [];
  const log: Log = {
    info: (fields) => void lines.push({ level: 'info', ...fields }),
    warn: (fields) => void lines.push({ level: 'warn', ...fields }),
    error: (fields) => void lines.push({ level: 'error', ...fields }),
  };
  beforeAll(async () => {
    harness = await startBotHarness({ dialect: 'postgres', log });
  }, 120_000);
  afterAll(() => harness?.dispose());

  it('says in the person’s language to try again in a moment, and goes on once the server is back', async () => {
    const ivan = person(harness.fake, { id: 7202, first_name: 'Иван', language_code: 'ru' });
    await ivan.say('/newgoal');
    await ivan.say('Выучить японский');
    const db = harness.app.database.db;
    await sql`create function not_now() returns trigger language plpgsql as $$
      begin raise exception 'starting up' using errcode = '57P03'; end $$`.execute(db);
    await sql`create trigger goals_not_now before insert on goals for each row execute function not_now()`.execute(db);
    expect(await ivan.say('Хочу читать мангу')).toEqual([messages('ru').errors.database_unavailable()]);
    expect(lines.filter((line) => line.level !== 'info')).toEqual([
      { level: 'warn', event: 'database_unavailable', code: '57P03', reason: 'connection_lost' },
    ]);

    await sql`drop trigger goals_not_now on goals`.execute(db);
    const [created] = await ivan.say('Хочу читать мангу', 2);
    expect(created).toBe('🎯 Новая цель: «Выучить японский». Начнём.');
  });
});
