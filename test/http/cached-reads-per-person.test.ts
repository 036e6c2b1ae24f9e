import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { enrolledUser } from '../factories/app.js';
import { type ApiHarness, startApi } from './api-harness.js';

// Every statement the app's SQLite connection runs, in order (better-sqlite3's own trace).
const traced = vi.hoisted(() => [] as string[]);
vi.mock('better-sqlite3', async (importOriginal) => {
  const SQLite = (await importOriginal<{ default: typeof import('better-sqlite3') }>()).default;
  class TracedDatabase extends SQLite {
    constructor(file?: string | Buffer, options?: ConstructorParameters<typeof SQLite>[1]) {
      super(file, { ...options, verbose: (statement) => void traced.push(String(statement)) });
    }
  }
  return { default: TracedDatabase };
});

const versionReads = () => traced.filter((statement) => /from user_versions/i.test(statement)).length;

// SQLite: a cached read checks its person's change counter. One person's write must not send every
// other person's next cached read back to the table (it did: the connection's writes were counted as a
// whole), while the writer's own next read must show the write.
describe('cached reads on SQLite are fresh per person', () => {
  let harness: ApiHarness;
  let ann: User;
  let bob: User;
  beforeAll(async () => {
    harness = await startApi('sqlite');
    ann = await enrolledUser(harness.app);
    bob = await enrolledUser(harness.app);
  });
  afterAll(() => harness?.dispose());

  const progress = async (user: User) => {
    const answer = await harness.call('GET', '/api/tracks/progress', user);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('answers another person’s cached read without a query after someone writes', async () => {
    const annBefore = await progress(ann);
    const bobBefore = await progress(bob);
    await progress(bob);
    const recorded = await harness.call('POST', '/api/tracks/actions', ann, { action_type: 'calm_moment' });
    expect(recorded.status).toBe(200);

    traced.length = 0;
    expect(await progress(bob)).toEqual(bobBefore);
    expect(versionReads()).toBe(0);
    // Nothing but the check for other processes' commits (at most every few milliseconds).
    expect(traced.filter((statement) => statement !== 'pragma data_version')).toEqual([]);

    const annAfter = await progress(ann);
    expect(annAfter).not.toEqual(annBefore);
    expect(annAfter.tracks.self_work.total_actions).toBe(annBefore.tracks.self_work.total_actions + 1);
  });
});
