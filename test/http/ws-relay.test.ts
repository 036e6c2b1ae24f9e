import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/env.js';
import type { User } from '../../src/core/goals/model.js';
import { silentLog } from '../../src/core/ports.js';
import type { TrackEvent } from '../../src/core/tracks/events.js';
import { type App, createApp } from '../../src/main/app.js';
import { openDatabase } from '../../src/store/dialect.js';
import { eventChannel } from '../../src/store/relay/pg-relay.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';

/** A socket authenticated as the user; keeps every message after `ready`. */
async function liveSocket(base: string, token: string) {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/ws`);
  const messages: Array<Record<string, unknown>> = [];
  const ready = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'ready') resolve();
      else messages.push(message);
    }),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'auth', token }));
  await ready;
  return { socket, messages };
}

const until = async (check: () => boolean | Promise<boolean>, ms = 1000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const DAY = 24 * 3600 * 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A second process's app over the same database (both stay open, unlike restartApp). */
async function secondApp(first: TestApp): Promise<App> {
  const loaded = loadConfig({ DATABASE_URL: first.testDb.url, LOG_LEVEL: 'silent' });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return createApp(loaded.config, {
    crisisCheck: sharedCrisisCheck(),
    content: sharedContent(),
    log: silentLog,
    clock: first.clock,
    db: first.testDb.schema ? { schema: first.testDb.schema, poolSize: 5 } : {},
  });
}

const counted = async (app: App, name: string) =>
  (await app.metrics.registry.getSingleMetric(name)!.get()).values.reduce(
    (sum, metricValue) => sum + metricValue.value,
    0,
  );

for (const dialect of DIALECTS) {
  describe(`${dialect}: live events across processes on one database`, () => {
    let harness: ApiHarness;
    let second: App;
    let base: string;
    let ann: User;
    const sockets: WebSocket[] = [];
    const live = async (user: User) => {
      const live = await liveSocket(base, harness.token(user.id));
      sockets.push(live.socket);
      return live;
    };
    // PostgreSQL: the listening connections of this suite's apps (they open with the first socket);
    // they carry the suite's schema in their name, so other suites' are left alone.
    const admin = dialect === 'postgres' ? openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1 }) : undefined;
    const listeners = async () => {
      const name = `stepwise-events ${harness.app.testDb.schema!}`;
      const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity
        where application_name = ${name} order by pid`.execute(admin!.db);
      return rows.map((row) => row.pid);
    };

    beforeAll(async () => {
      harness = await startApi(dialect);
      base = await harness.http.listen({ host: '127.0.0.1', port: 0 });
      second = await secondApp(harness.app);
      ann = await harness.user(2001);
      expect((await harness.call('POST', '/api/programs/recovery/enroll', ann, {})).status).toBe(201);
    });
    afterAll(async () => {
      for (const socket of sockets) socket.terminate();
      await second?.close();
      await harness?.dispose();
      await admin?.close();
    });

    it('pushes an action recorded by another process to the user’s socket within a second, counted once', async () => {
      const { messages } = await live(ann);
      if (admin) await until(async () => (await listeners()).length > 0);
      const started = Date.now();
      await second.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'cli' });
      await until(() => messages.length >= 2);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(messages).toEqual([
        {
          type: 'progress_updated',
          program: 'recovery',
          track: 'self_work',
          old: 0,
          new: 10,
          delta: 10,
          phase: 'awareness',
          action_type: 'emotional_checkin',
          source: 'cli',
          at: '2026-03-01T09:00:00.000Z',
        },
        expect.objectContaining({
          type: 'milestone_achieved',
          program: 'recovery',
          track: 'self_work',
          milestone: 'first_checkin',
          name: 'First check-in',
        }),
      ]);
      expect(
        (await counted(harness.app, 'track_progress_updates_total')) +
          (await counted(second, 'track_progress_updates_total')),
      ).toBe(1);
      expect(
        (await counted(harness.app, 'milestones_achieved_total')) +
          (await counted(second, 'milestones_achieved_total')),
      ).toBe(1);
    });

    it('pushes this process’s own action once, and the other’s beside it, in no doubled form', async () => {
      const { messages } = await live(ann);
      // A day later (a check-in each day counts in full), and two different exercises: the same one
      // again seconds later would earn nothing (too soon).
      harness.app.clock.advance(DAY);
      await harness.app.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'api' });
      await second.tracks.recordAction(ann.id, { actionType: 'cbt_exercise', source: 'cli' });
      await until(() => messages.length >= 4);
      await pause(600); // two tail rounds on SQLite: nothing more comes
      expect(messages.map((message) => [message.type, message.source ?? message.milestone, message.new])).toEqual([
        ['progress_updated', 'api', 20],
        ['progress_updated', 'cli', 30],
        ['milestone_achieved', 'self_work_expression', undefined],
        ['milestone_achieved', 'first_thought_record', undefined],
      ]);
    });

    // PostgreSQL's own parts of the relay (NOTIFY payloads, channels per schema, the listening
    // connection) exist only there: these are registered for that dialect alone.
    const pgIt = dialect === 'postgres' ? it : () => undefined;

    pgIt('sends one action’s events in order, in one batch: every track it moved, then its milestone', async () => {
      const remote: TrackEvent[] = [];
      const stop = harness.app.bus.subscribe((event) => event.remote && remote.push(event), { remote: true });
      try {
        // A person of their own, so the other tests' numbers stay as they were.
        const cleo = await harness.user(2003);
        expect((await harness.call('POST', '/api/programs/recovery/enroll', cleo, {})).status).toBe(201);
        // Two tracks and a first milestone: three events published in one tick, NOTIFYed as one batch.
        await second.tracks.recordAction(cleo.id, { actionType: 'photo_album_created', source: 'cli' });
        await until(() => remote.length >= 3);
        await pause(200);
        expect(remote.map((event) => [event.type, 'track' in event ? event.track : undefined])).toEqual([
          ['progress_updated', 'child_connection'],
          ['progress_updated', 'self_work'],
          ['milestone_achieved', 'child_connection'],
        ]);
      } finally {
        stop();
      }
    });

    pgIt('ignores malformed notifications and other schemas’ events', async () => {
      const remote: TrackEvent[] = [];
      const stop = harness.app.bus.subscribe((event) => event.remote && remote.push(event), {
        remote: true,
      });
      const other = await createTestApp('postgres');
      try {
        const bob = await other.goals.ensureUser({ provider: 'telegram', subject: '2002', locale: 'en' });
        await other.tracks.enroll(bob.id, 'recovery');
        await other.tracks.recordAction(bob.id, { actionType: 'emotional_checkin', source: 'cli' });
        const channel = eventChannel(harness.app.testDb.schema!);
        for (const junk of [
          'not json',
          '{"o":"x","e":{"type":"progress_updated"}}',
          JSON.stringify({
            o: 'x',
            e: {
              type: 'milestone_achieved',
              userId: 'u',
              programId: 'p',
              track: 't',
              milestone: 'm',
              source: 'cli',
              at: 'soon',
            },
          }),
        ]) {
          await sql`select pg_notify(${channel}, ${junk})`.execute(admin!.db);
        }
        harness.app.clock.advance(DAY);
        await second.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'cli' });
        await until(() => remote.length >= 1);
        await pause(100);
        expect(remote.map((event) => [event.type, event.userId])).toEqual([['progress_updated', ann.id]]);
      } finally {
        stop();
        await other.dispose();
      }
    });

    pgIt('listens again after its connection is killed, and events flow', async () => {
      const { messages } = await live(ann);
      const before = await listeners();
      expect(before.length).toBeGreaterThan(0);
      for (const pid of before) await sql`select pg_terminate_backend(${pid})`.execute(admin!.db);
      await until(async () => {
        const now = await listeners();
        return now.length >= before.length && now.every((pid) => !before.includes(pid));
      }, 5000);
      // A new connection shows in pg_stat_activity before its LISTENs are done, and an event sent before
      // them is missed by design (a dashboard re-reads progress on reconnect): act until one comes through.
      const deadline = Date.now() + 5000;
      while (messages.length === 0) {
        if (Date.now() > deadline) throw new Error('no event within 5 s of the listener coming back');
        harness.app.clock.advance(DAY);
        await second.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'cli' });
        await pause(200);
      }
      expect(messages[0]).toMatchObject({ type: 'progress_updated', source: 'cli' });
      expect(messages[0]!.new).toBeGreaterThanOrEqual(50);
    });
  });
}
