import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { type App, createApp, StartupError } from '../../src/main/app.js';
import { runRekey } from '../../src/main/rekey.js';
import { createSealer } from '../../src/store/crypto/aes-gcm-sealer.js';
import { rekeyColumns } from '../../src/store/crypto/rekey-columns.js';
import { fixedClock } from '../factories/clock.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../factories/databases.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';
import { finished, stepwise } from '../e2e/processes.js';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const idOf = (key: string) => createSealer({ current: key, previous: [] }).currentKeyId!;
const GOALS = 13;

const configFor = (testDb: TestDatabase, env: Record<string, string>) => {
  const result = loadConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: 'silent', ...env });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
};

/** The app over an existing test database with these keys, as after a restart with a new config. */
const openApp = (testDb: TestDatabase, env: Record<string, string>) =>
  createApp(configFor(testDb, env), {
    log: silentLog,
    clock: fixedClock(),
    crisisCheck: sharedCrisisCheck(),
    content: sharedContent(),
    db: testDb.schema ? { schema: testDb.schema, poolSize: 5 } : {},
  });

const rekey = (testDb: TestDatabase, env: Record<string, string>, decrypt = false) => {
  const lines: string[] = [];
  const run = { decrypt, batchSize: 5, write: (line: string) => lines.push(line), db: { schema: testDb.schema } };
  return runRekey(configFor(testDb, env), run).then((code) => ({ code, lines }));
};

/** Every value of every sealed column, as stored. */
async function storedTexts(app: App): Promise<string[]> {
  const db = app.database.db;
  const columns = await Promise.all([
    sql<{ value: string }>`select title as value from goals union all select description from goals`.execute(db),
    sql<{ value: string }>`select text as value from steps union all select user_comment from steps`.execute(db),
    sql<{ value: string }>`select answers as value from exercise_entries`.execute(db),
    sql<{ value: string }>`select state as value from chat_states`.execute(db),
  ]);
  return columns.flatMap((result) => result.rows.map((row) => row.value)).filter((value) => value !== null);
}

/** A person with 13 goals (three batches of 5), a rephrased step, a letter and a chat draft. */
async function writeSome(app: App, who: string) {
  const user = await app.goals.ensureUser({ provider: 'test', subject: who, locale: 'en' });
  // Most of these get a question from the coach first (which distance?): clarifications to seal too.
  for (let i = 1; i < GOALS; i++)
    await app.goals.createGoal(user.id, { title: `Run ${i} km in the park`, description: `Note ${i} for ${who}` });
  await app.goals.createGoal(user.id, {
    title: 'Learn Spanish',
    // It says the level, so the coach gives a step to rephrase rather than asking how far along they are.
    description: `Complete beginner, lessons on Tuesdays for ${who}`,
  });
  await app.goals.rephraseStep(user.id, 'Too tired after the night shift');
  await app.tracks.enroll(user.id, 'recovery');
  await app.tracks.finishExercise(user.id, {
    exerciseId: 'letter_to_self',
    answers: {
      hardest_now: 'The empty flat in the evenings',
      what_you_did_well: 'I called Misha every night',
      what_you_need: 'Sleep, and a walk on Sundays',
      letter: `Dear me (${who}), you kept going`,
    },
    source: 'api',
  });
  await app.dialog.handle(user, 'telegram', { kind: 'command', command: 'exercise', args: 'letter_to_child' });
  await app.dialog.handle(user, 'telegram', { kind: 'text', text: 'Misha' });
  return user;
}

/** What the person reads back: goals, their steps and questions, the letter, the chat draft. */
async function readBack(app: App, userId: string) {
  const goals = (await app.goals.listGoals(userId)).map(({ goal }) => goal);
  const paths = await Promise.all(
    goals.map(async (goal) => {
      const [steps, questions] = await Promise.all([
        app.stores.steps.all(userId, goal.id),
        app.stores.clarifications.forGoal(userId, goal.id),
      ]);
      return [
        ...steps.map((step) => `${step.text} ${step.userComment}`),
        ...questions.map((question) => question.question),
      ];
    }),
  );
  const [entry] = await app.tracks.entries(userId, 1);
  return {
    goals: goals.map((goal) => `${goal.title} / ${goal.description}`).sort(),
    paths: paths.flat().sort(),
    letter: entry?.answers.letter,
    draft: JSON.stringify(await app.stores.chatStates.get(userId, 'telegram')),
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: rotating the data key with stepwise rekey`, () => {
    let testDb: TestDatabase;
    let userId: string;
    let before: Awaited<ReturnType<typeof readBack>>;
    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
      const app = await openApp(testDb, { DATA_KEY: keyA });
      userId = (await writeSome(app, 'ann')).id;
      before = await readBack(app, userId);
      expect(before.goals).toContain('Learn Spanish / Complete beginner, lessons on Tuesdays for ann');
      expect(before.paths.join('\n')).toContain('Too tired after the night shift');
      expect(before.letter).toBe('Dear me (ann), you kept going');
      expect(before.draft).toContain('Misha');
      await app.close();
    }, 120_000);
    afterAll(() => testDb?.dispose());

    it('refuses to start, in plain words, when the stored texts need a key that is not configured', async () => {
      const refusal = await openApp(testDb, { DATA_KEY: keyB }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(StartupError);
      const [problem, ...others] = (refusal as StartupError).problems;
      expect(others).toEqual([]);
      expect(problem).toContain(`sealed under data key ${idOf(keyA)}, which is not configured`);
      expect(problem).toMatch(/goals\.title.*set DATA_KEY to that key, or add it to DATA_KEY_PREVIOUS/);
      await expect(openApp(testDb, {})).rejects.toBeInstanceOf(StartupError);
    });

    it('reads everything with the new key current and the old one previous, and rekey leaves nothing under the old', async () => {
      const rotated = { DATA_KEY: keyB, DATA_KEY_PREVIOUS: keyA };
      const app = await openApp(testDb, rotated);
      expect(await readBack(app, userId)).toEqual(before);
      const { code, lines } = await rekey(testDb, rotated);
      expect(code).toBe(0);
      // Progress per batch, then what was done and what the operator may do now.
      expect(lines).toContain(`goals: 5 of ${GOALS} rows`);
      expect(lines.at(-1)).toBe(
        'Nothing is left in plain text or under another key: older keys can leave DATA_KEY_PREVIOUS.',
      );
      const texts = await storedTexts(app);
      expect(texts.filter((text) => !text.startsWith(`sw1.${idOf(keyB)}.`))).toEqual([]);
      await app.close();
      // Safe to run twice: the second run finds nothing to do.
      expect((await rekey(testDb, rotated)).lines[0]).toBe(`Sealed 0 texts under data key ${idOf(keyB)}.`);
      const keyBOnly = await openApp(testDb, { DATA_KEY: keyB });
      expect(await readBack(keyBOnly, userId)).toEqual(before);
      await keyBOnly.close();
    });

    it('opens everything back to plain text with --decrypt, after which no key is needed', async () => {
      expect((await rekey(testDb, { DATA_KEY: keyB }, true)).code).toBe(2);
      const { code, lines } = await rekey(testDb, { DATA_KEY_PREVIOUS: keyB }, true);
      expect(code).toBe(0);
      expect(lines.at(-1)).toBe('Nothing is sealed any more: DATA_KEY_PREVIOUS can be removed.');
      const app = await openApp(testDb, {});
      expect((await storedTexts(app)).filter((text) => text.startsWith('sw1.'))).toEqual([]);
      expect(await readBack(app, userId)).toEqual(before);
      await app.close();
    });
  });

  describe(`${dialect}: rekey after a crash, and beside a running server`, () => {
    let testDb: TestDatabase;
    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
    });
    afterAll(() => testDb?.dispose());

    it('carries on after a run stopped halfway, and seals what was written before any key was set', async () => {
      const plain = await openApp(testDb, {});
      const user = await writeSome(plain, 'bea');
      const before = await readBack(plain, user.id);
      expect((await storedTexts(plain)).some((text) => text.includes('in the park'))).toBe(true);
      await plain.close();
      const app = await openApp(testDb, { DATA_KEY: keyA });
      let batches = 0;
      const crash = rekeyColumns(app.database.db, createSealer({ current: keyA, previous: [] }), {
        batchSize: 5,
        onBatch: () => {
          if (++batches === 2) throw new Error('killed');
        },
      });
      await expect(crash).rejects.toThrow('killed');
      // Half done: some goals sealed, some still plain, and every one reads back.
      const halfway = await storedTexts(app);
      expect(halfway.some((text) => text.startsWith('sw1.'))).toBe(true);
      expect(halfway.some((text) => text.includes('in the park'))).toBe(true);
      expect(await readBack(app, user.id)).toEqual(before);
      // The second run, with the server writing meanwhile. In one process only on PostgreSQL: two
      // better-sqlite3 connections in one process would wait on each other's lock synchronously (the
      // SQLite case runs the command as its own process below).
      const swim = () =>
        app.goals.createGoal(user.id, { title: 'Swim in the sea', description: 'Written during rekey' });
      const [rerun] =
        dialect === 'postgres'
          ? await Promise.all([rekey(testDb, { DATA_KEY: keyA }), swim()])
          : [await rekey(testDb, { DATA_KEY: keyA }), await swim()];
      expect(rerun.code).toBe(0);
      expect((await storedTexts(app)).filter((text) => !text.startsWith(`sw1.${idOf(keyA)}.`))).toEqual([]);
      const after = await readBack(app, user.id);
      expect(after.goals).toEqual([...before.goals, 'Swim in the sea / Written during rekey'].sort());
      expect(after.letter).toBe('Dear me (bea), you kept going');
      expect(after.draft).toBe(before.draft);
      await app.close();
    });
  });
}

describe('the stepwise rekey command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-rekey-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs beside a running server, reports progress on stderr and exits 0; refuses a mode its keys do not fit', async () => {
    const url = `sqlite:${join(dir, 'stepwise.db')}`;
    const rotated = { DATA_KEY: keyB, DATA_KEY_PREVIOUS: keyA };
    const before = await createApp(configFor({ url } as TestDatabase, { DATA_KEY: keyA }), {
      log: silentLog,
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
    });
    const user = await writeSome(before, 'cli');
    await before.close();
    const server = await createApp(configFor({ url } as TestDatabase, rotated), {
      log: silentLog,
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
    });
    const running = finished(stepwise(['rekey', '--batch', '4'], { DATABASE_URL: url, ...rotated }));
    let written = 0;
    let exited = false;
    void running.then(() => (exited = true));
    // Writes until the command exits; each turn yields to the event loop, where its exit arrives.
    while (!exited) {
      await server.goals.createGoal(user.id, { title: `Meanwhile ${++written}`, description: 'while rekeying' });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const run = await running;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^goals: 4 of ${GOALS} rows\n`));
    expect(run.stderr).toContain(`under data key ${idOf(keyB)}.`);
    expect((await storedTexts(server)).filter((text) => !text.startsWith(`sw1.${idOf(keyB)}.`))).toEqual([]);
    const goals = await server.goals.listGoals(user.id);
    expect(goals).toHaveLength(GOALS + written);
    expect(goals.filter(({ goal }) => goal.description === 'while rekeying')).toHaveLength(written);
    await server.close();
    const refused = await finished(stepwise(['rekey', '--decrypt'], { DATABASE_URL: url, DATA_KEY: keyB }));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^--decrypt opens everything to plain text, so DATA_KEY must be unset/);
    // The server itself, with the old key only: it says why it will not start, and which key it needs.
    const start = await finished(stepwise(['serve'], { DATABASE_URL: url, PORT: '0', DATA_KEY: keyA }));
    expect(start.code).not.toBe(0);
    expect(start.stderr).toMatch(/^Stepwise cannot start:\n {2}- stored texts \(goals\.title, /);
    expect(start.stderr).toContain(`sealed under data key ${idOf(keyB)}, which is not configured`);
    expect(start.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 90_000);
});
