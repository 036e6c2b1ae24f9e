import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/core/ports.js';
import { createInProcessRunner } from '../../src/services/delivery/in-process-runner.js';
import {
  createReminderServices,
  reminderDelivery,
  type ReminderMessage,
  type ReminderServices,
} from '../../src/services/reminders/reminders.js';
import { createStores, type AllStores } from '../../src/store/create-stores.js';
import type { StepwiseDb } from '../../src/store/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { fixedClock } from '../factories/clock.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../factories/databases.js';
import { aGoal, aStep, aUser } from '../factories/entities.js';

/** JOB_TIMEOUT_SECONDS here: how long one attempt may hold a day's send. */
const LEASE_SECONDS = 60;
let people = 0;

/** The Bot API as a reminder sees it: each call waits until the test lets it answer. */
function telegram() {
  const sent: string[] = [];
  const pending: Array<(accepted: boolean) => void> = [];
  let arrived = () => undefined as void;
  return {
    sent,
    /** Answers the oldest call still waiting: taken (the message went out) or refused. */
    answer: (accepted: boolean) => pending.shift()!(accepted),
    /** Resolves once a call is waiting for its answer (the attempt has claimed the day by then). */
    called: () => new Promise<void>((resolve) => (arrived = resolve)),
    deliver: (message: ReminderMessage) =>
      new Promise<boolean>((resolve) => {
        pending.push((accepted) => {
          if (accepted) sent.push(message.userId);
          resolve(accepted);
        });
        arrived();
      }),
    /** A Bot API that answers at once. */
    now: (message: ReminderMessage) => Promise.resolve(void sent.push(message.userId)).then(() => true),
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a day's goal reminder goes out once`, () => {
    let testDb: TestDatabase;
    let database: StepwiseDb;
    let stores: AllStores;
    let reminders: ReminderServices;
    const clock = fixedClock(); // 09:00 UTC
    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
      database = testDb.open();
      expect((await migrateToLatest(database.db, testDb.schema)).error).toBeUndefined();
      stores = createStores(database.db);
      const [ids, log] = [{ next: () => crypto.randomUUID() }, silentLog];
      const sendLeaseMs = LEASE_SECONDS * 1000;
      reminders = createReminderServices({ reminders: stores.reminders, stores, clock, ids, log, sendLeaseMs });
    });
    afterAll(async () => {
      await database?.close();
      await testDb?.dispose();
    });

    /** Someone with an open step and a reminder due now; their job's key. */
    async function dueNow(): Promise<{ userId: string; key: string }> {
      people += 1;
      const user = await stores.users.createWithIdentity(aUser(), 'telegram', `reminded-${dialect}-${people}`);
      const goal = aGoal(user.id);
      await stores.goals.insert(goal);
      await stores.steps.insertOpen(aStep(goal));
      await reminders.set(user.id, '08:30', 'Etc/UTC');
      const key = (await reminders.dueKeys()).find((due) => due.startsWith(`${user.id}:`));
      if (!key) throw new Error('the reminder should be due');
      return { userId: user.id, key };
    }

    it('is not sent again by a retry that comes while the first send is still on its way', async () => {
      const [kate, olga] = [await dueNow(), await dueNow()];
      const api = telegram();
      const called = api.called();
      const first = reminders.deliverOne(kate.key, api.deliver);
      await called;
      // The job's lease ran out on a slow instance: the queue hands the same job to another worker.
      expect(await reminders.deliverOne(kate.key, api.now)).toBe('failed');
      // Someone else's reminder is not held up by Kate's claim.
      expect(await reminders.deliverOne(olga.key, api.now)).toBe('sent');
      api.answer(true);
      expect(await first).toBe('sent');
      expect(await reminders.deliverOne(kate.key, api.now)).toBe('nothing');
      expect(api.sent.filter((userId) => userId === kate.userId)).toHaveLength(1);
    });

    it('is sent by another attempt once the lease of one that died mid-send has run out', async () => {
      const kate = await dueNow();
      const api = telegram();
      const called = api.called();
      // This attempt's instance is killed while its call is on the way: it never learns the answer.
      const dead = reminders.deliverOne(kate.key, api.deliver);
      await called;
      clock.advance((LEASE_SECONDS / 2) * 1000);
      expect(await reminders.deliverOne(kate.key, api.now)).toBe('failed');
      expect(api.sent).toEqual([]);
      // Whether Telegram got the dead attempt's call is unknown: a rare second copy beats a lost day.
      clock.advance((LEASE_SECONDS / 2 + 1) * 1000);
      expect(await reminders.deliverOne(kate.key, api.now)).toBe('sent');
      expect(api.sent).toEqual([kate.userId]);
      // The dead attempt's late failure gives nothing back: the day stays sent.
      api.answer(false);
      expect(await dead).toBe('failed');
      expect(await reminders.deliverOne(kate.key, api.now)).toBe('nothing');
      expect(api.sent).toEqual([kate.userId]);
    });

    it('is sent after a restart when the server (one process, no job queue) was killed mid-send', async () => {
      const kate = await dueNow();
      const api = telegram();
      const called = api.called();
      // The in-process scheduler of a server on SQLite; the process dies with Kate's call on the way.
      void createInProcessRunner([reminderDelivery(reminders, api.deliver)]).run('reminder');
      await called;
      clock.advance((LEASE_SECONDS + 1) * 1000);
      const restarted = createInProcessRunner([reminderDelivery(reminders, api.now)]);
      expect(await restarted.run('reminder')).toBe(1);
      expect(api.sent).toEqual([kate.userId]);
      expect(await restarted.run('reminder')).toBe(0);
    });

    it('gives the day back when Telegram refused the message, so the next run sends it', async () => {
      const kate = await dueNow();
      const api = telegram();
      const called = api.called();
      const refused = reminders.deliverOne(kate.key, api.deliver);
      await called;
      api.answer(false);
      expect(await refused).toBe('failed');
      expect(await reminders.deliverOne(kate.key, api.now)).toBe('sent');
      expect(api.sent).toEqual([kate.userId]);
    });
  });
}
