import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduledDelivery } from '../../src/core/delivery.port.js';
import type { Log } from '../../src/core/ports.js';
import { digestDelivery } from '../../src/interfaces/telegram/digest-message.js';
import { nudgeSender } from '../../src/interfaces/telegram/nudge-message.js';
import { fixedClock } from '../factories/clock.js';
import { DIALECTS } from '../factories/databases.js';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';

const DAY = 24 * 3600 * 1000;
/** JOB_TIMEOUT_SECONDS's default: how long one attempt may hold a send. */
const LEASE_MS = 90_000;

/** A log that keeps every entry, to read back what a resumed send said (and did not say). */
function keptLog() {
  const entries: Array<{ fields: Record<string, unknown>; msg: string }> = [];
  const keep = (fields: Record<string, unknown>, msg: string) => void entries.push({ fields, msg });
  const log: Log = { info: keep, warn: keep, error: keep };
  return { log, entries };
}

/**
 * The network of an instance killed with its call on the way: a Bot API address that takes the
 * request and never answers. A real grammY client calls it; `arrived` resolves once a call is in.
 */
async function deadNetwork(token: string) {
  let arrived = () => undefined as void;
  const called = new Promise<void>((resolve) => (arrived = resolve));
  const server: Server = createServer(() => arrived());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: new Api(token, { apiRoot: `http://127.0.0.1:${port}` }),
    called,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a morning digest and a nudge go out once`, { timeout: 60_000 }, () => {
    // 05:00 UTC is 06:00 in Berlin, an hour before the wake time.
    const clock = fixedClock(new Date('2026-03-01T05:00:00Z'));
    const { log, entries } = keptLog();
    let harness: BotHarness;
    let chats = 0;
    beforeAll(async () => {
      harness = await startBotHarness({ dialect, clock, log });
    }, 120_000);
    afterAll(async () => harness?.dispose());

    const delivery = (name: string): ScheduledDelivery => harness.bot.deliveries.find((one) => one.name === name)!;
    /** Someone in Telegram: their account and chat id. */
    async function someone() {
      const chat = 4_400 + ++chats;
      harness.fake.meet({ id: chat, first_name: `Person ${chat}` });
      const user = await harness.app.goals.ensureUser({ provider: 'telegram', subject: String(chat), locale: 'en' });
      return { userId: user.id, chat };
    }
    /** Someone whose digest is on, wake time 07:00 in Berlin. */
    async function waking() {
      const person = await someone();
      await harness.app.health.chooseArchetype(person.userId, 'peak_performer');
      const schedule = { timeZone: 'Europe/Berlin', wake: '07:00', sleep: '23:00', work: null };
      await harness.app.health.setSchedule(person.userId, schedule);
      await harness.app.health.setDigest(person.userId, true);
      return person;
    }
    /** Someone in the recovery program since now (a nudge is owed once it has been idle 30 days). */
    async function enrolled() {
      const person = await someone();
      await harness.app.tracks.enroll(person.userId, 'recovery');
      return person;
    }
    const keyOf = async (name: string, userId: string) => {
      const key = (await delivery(name).due()).find((due) => due.startsWith(`${userId}:`));
      if (!key) throw new Error(`a ${name} should be due for ${userId}`);
      return key;
    };
    type Person = Awaited<ReturnType<typeof someone>>;
    const people: { digest: Person[]; nudge: Person[] } = { digest: [], nudge: [] };

    beforeAll(async () => {
      people.digest = [await waking(), await waking()];
      // Enrolled now; idle for 35 days by the nudge tests.
      people.nudge = [await enrolled(), await enrolled()];
    });

    /** A job handed out twice: the first attempt's call is held on the way to Telegram meanwhile. */
    async function handedOutTwice(name: string, person: Person, text: RegExp) {
      const key = await keyOf(name, person.userId);
      const release = harness.fake.hold();
      try {
        const first = delivery(name).deliver(key);
        await harness.fake.waitFor(() => harness.fake.onTheWay() === 1);
        // The job's lease ran out on a slow instance: the queue hands the same job to another worker,
        // which either gives up at once or (sending a second copy) joins the first on the way.
        let settled = false;
        const second = delivery(name).deliver(key);
        void second.then(() => (settled = true));
        await harness.fake.waitFor(() => settled || harness.fake.onTheWay() === 2);
        release();
        expect(await first).toBe('sent');
        expect(await second).toBe('failed');
      } finally {
        release();
      }
      expect(await delivery(name).deliver(key)).toBe('nothing');
      const sent = harness.fake.messagesTo(person.chat);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(text);
    }

    /** An attempt killed with its call on the way; another takes the send over after the lease. */
    async function killedMidSend(name: string, person: Person, dead: (api: Api, key: string) => Promise<unknown>) {
      const key = await keyOf(name, person.userId);
      const network = await deadNetwork(harness.fake.token);
      try {
        const deadAttempt = dead(network.api, key);
        await network.called;
        clock.advance(LEASE_MS / 2);
        expect(await delivery(name).deliver(key)).toBe('failed'); // its claim still holds
        clock.advance(LEASE_MS / 2 + 1000);
        // Whether Telegram got the dead attempt's call is unknown: a rare second copy beats a lost message.
        expect(await delivery(name).deliver(key)).toBe('sent');
        const sent = harness.fake.messagesTo(person.chat);
        expect(sent).toHaveLength(1);
        const resumed = entries.filter((entry) => entry.fields.event === `${name}_send_resumed`);
        expect(resumed.map((entry) => entry.fields)).toEqual([
          { event: `${name}_send_resumed`, user_id: person.userId },
        ]);
        // Ids only: no log entry carries the message's words.
        for (const entry of entries) expect(JSON.stringify(entry)).not.toContain(sent[0]!.split('\n')[0]);
        // The dead attempt's late failure gives nothing back: it stays sent once.
        await network.close();
        expect(await deadAttempt).toBe('failed');
      } finally {
        await network.close();
      }
      expect(await delivery(name).deliver(key)).toBe('nothing');
      expect(harness.fake.messagesTo(person.chat)).toHaveLength(1);
    }

    it('sends a digest once when its job is handed out again while the first attempt is still sending', async () => {
      clock.advance(1.5 * 3600 * 1000); // 07:30 in Berlin
      await handedOutTwice('digest', people.digest[0]!, /^🌅 Good morning!/);
    });

    it('sends a digest whose attempt was killed mid-send once, after the lease, logged as resumed', async () => {
      await killedMidSend('digest', people.digest[1]!, (api, key) =>
        digestDelivery(api, { health: harness.app.health, users: harness.app.goals, log }).deliver(key),
      );
    });

    it('sends a nudge once when its job is handed out again while the first attempt is still sending', async () => {
      clock.advance(35 * DAY);
      await handedOutTwice('nudge', people.nudge[0]!, /^🌱 /);
    });

    it('sends a nudge whose attempt was killed mid-send once, after the lease, logged as resumed', async () => {
      await killedMidSend('nudge', people.nudge[1]!, (api, key) =>
        harness.app.tracks.deliverNudge(key, nudgeSender(api, { users: harness.app.goals, log })),
      );
    });
  });
}
