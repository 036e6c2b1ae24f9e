import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/dialect.js';
import { createStores } from '../../src/store/create-stores.js';
import { aGoal, aStep, aUser } from '../factories/entities.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { finished, stepwise, waitFor } from './processes.js';
import { pgAdmin } from '../factories/pg-admin.js';

const PEOPLE = 200;
const FIRST_CHAT = 610_000;
const base = process.env.TEST_DATABASE_URL;

/** An `Etc/GMT±N` zone where it is about noon now, so no test run straddles a local midnight. */
function noonZone(now = new Date()): string {
  const offset = Math.max(-12, Math.min(14, 12 - now.getUTCHours()));
  // POSIX sign: Etc/GMT-3 is three hours ahead of UTC.
  return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

// PostgreSQL only (pg-boss is its job queue); CI sets TEST_DATABASE_URL, so this runs there.
describe.skipIf(!base)('scheduled messages on two instances over one PostgreSQL', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-jobs-'));
  const database = `stepwise_jobs_${randomBytes(4).toString('hex')}`;
  const url = (() => {
    const parsed = new URL(base ?? 'postgres://localhost/x');
    parsed.pathname = `/${database}`;
    return parsed.toString();
  })();
  let fake: FakeTelegram;
  const servers: ChildProcess[] = [];
  const admin = (statement: string) => pgAdmin(statement, base);

  beforeAll(async () => {
    await admin(`create database ${database}`);
    const migrated = await finished(stepwise(['migrate'], { DATABASE_URL: url, LOG_LEVEL: 'silent' }, dir));
    expect(migrated.code, migrated.stderr).toBe(0);
    fake = await startFakeTelegram();
    // 200 people, each with an open step and a daily reminder due now.
    const opened = openDatabase(url, { poolSize: 2 });
    const stores = createStores(opened.db);
    const timeZone = noonZone();
    for (let i = 0; i < PEOPLE; i += 1) {
      const user = await stores.users.createWithIdentity(aUser(), 'telegram', String(FIRST_CHAT + i));
      const goal = aGoal(user.id, { title: `Goal number ${i}` });
      await stores.goals.insert(goal);
      await stores.steps.insertOpen(aStep(goal));
      await stores.reminders.save({ userId: user.id, time: '00:00', timeZone, enabled: true }, new Date());
      fake.meet({ id: FIRST_CHAT + i, first_name: `Person ${i}` });
    }
    await opened.close();
  }, 120_000);

  afterAll(async () => {
    // A failed run must not leave servers sending (or holding the database) after the test.
    for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
    await fake?.close();
    await admin(`drop database if exists ${database} with (force)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends each of 200 reminders exactly once, though one instance is killed midway', async () => {
    // Each Bot API call takes 60 ms to arrive, so sending 200 takes seconds and the kill lands mid-run.
    fake.setLatency(60);
    const env = {
      DATABASE_URL: url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://stepwise.example.org/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: 'two-instances-secret',
      JOB_TIMEOUT_SECONDS: '6',
    };
    // Both at once, so both scans find the reminders due and both queue them.
    const [first, second] = [stepwise(['serve'], env, dir), stepwise(['serve'], env, dir)];
    servers.push(first, second);
    const [firstExit, secondExit] = [finished(first), finished(second)];
    await Promise.all([waitFor(first, /interfaces.*\n/, 120_000), waitFor(second, /interfaces.*\n/, 120_000)]);
    const reminders = () => fake.sent.filter((message) => message.text.startsWith('⏰'));

    await fake.waitFor(() => reminders().length >= 50, 60_000);
    // Killed midway with its messages on the way to Telegram: the network holds every call for a
    // moment (marks for what Telegram already took get written meanwhile), the kill comes, then the
    // network moves again — the dead instance's calls with it, lost as a reset connection loses them.
    const release = fake.hold();
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.kill('SIGKILL');
    const atKill = reminders().length;
    // Moved again only once the process is gone: a killed server with a large heap takes up to a
    // second to be torn down, its sockets last, and a call released before that reaches Telegram
    // from an instance that never learns it did. That is the one window a claim cannot close (the Bot
    // API has no idempotency key), and the reminder is then sent again, by choice (docs/deploy.md).
    await firstExit;
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await fake.waitFor(() => new Set(reminders().map((message) => message.chatId)).size >= PEOPLE, 90_000);
    // A little longer: a duplicate would come from a retry after the dead instance's jobs expire.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    second.kill('SIGTERM');
    await Promise.all([firstExit, secondExit]);

    const perChat = new Map<number, number>();
    for (const message of reminders()) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
    expect(atKill).toBeLessThan(PEOPLE); // the kill really came midway
    expect(perChat.size).toBe(PEOPLE); // none missed
    expect([...perChat.values()].filter((count) => count > 1)).toEqual([]); // none twice
  });
});
