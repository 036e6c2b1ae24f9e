import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { chatAs, enrolledUser } from '../factories/app.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';

// Every set of repositories and every LRU the app builds is counted, wherever it is built.
const built = vi.hoisted(() => ({ stores: 0, caches: 0 }));
vi.mock('../../src/store/create-stores.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/store/create-stores.js')>();
  return {
    ...original,
    createStores: (...args: Parameters<typeof original.createStores>) => {
      built.stores += 1;
      return original.createStores(...args);
    },
  };
});
vi.mock('lru-cache', async (importOriginal) => {
  const original = await importOriginal<typeof import('lru-cache')>();
  class CountedLRUCache<
    K extends object | string | number,
    V extends object | string | number,
  > extends original.LRUCache<K, V> {
    constructor(options: ConstructorParameters<typeof original.LRUCache<K, V>>[0]) {
      built.caches += 1;
      super(options);
    }
  }
  return { ...original, LRUCache: CountedLRUCache };
});

// A finished step (POST …/step/done and the chat's /done) runs in a unit of work: its repositories and
// what they remember (the zone guesses: an LRU of 100,000, ~13 ms to build) belong to the store, not
// to the call.
/** A goal linked to the person's self-work track, with its first step open. */
async function linkedGoal(harness: ApiHarness, user: User, title: string) {
  const created = await harness.app.goals.createGoal(user.id, { title });
  if (created.kind !== 'step') throw new Error(`the goal began with ${created.kind}`);
  await harness.app.tracks.linkGoal(user.id, created.goal.id, 'self_work');
  return created;
}

describe.each(DIALECTS)('a finished step builds nothing per call (%s)', (dialect) => {
  let harness: ApiHarness;
  let ann: User;
  let goalId: string;
  beforeAll(async () => {
    harness = await startApi(dialect);
    ann = await enrolledUser(harness.app);
    goalId = (await linkedGoal(harness, ann, 'Learn Spanish')).goal.id;
  });
  afterAll(() => harness?.dispose());

  const finishStep = async () => {
    const done = await harness.call('POST', `/api/goals/${goalId}/step/done`, ann);
    expect(done.status).toBe(200);
    expect(done.body.track).not.toBeNull();
    expect((await harness.call('POST', `/api/goals/${goalId}/step/next`, ann)).status).toBe(200);
  };

  it('builds no repository and no cache for a step finished over the API or in the chat', async () => {
    // The first one may set the store's transaction stores up.
    await finishStep();
    const before = { ...built };
    for (let round = 0; round < 3; round++) await finishStep();
    const replies = await chatAs(harness.app, ann.id)('/done');
    expect(replies.length).toBeGreaterThan(0);
    expect(built).toEqual(before);
  });

  it('keeps each person’s steps and tracks apart in the shared stores', async () => {
    const bob = await enrolledUser(harness.app);
    const bobGoal = await linkedGoal(harness, bob, 'Run a 10k race');
    const annBefore = (await harness.call('GET', '/api/tracks/progress', ann)).body.tracks.self_work;
    const [bobDone, annView] = await Promise.all([
      harness.call('POST', `/api/goals/${bobGoal.goal.id}/step/done`, bob),
      harness.call('GET', `/api/goals/${goalId}/step`, ann),
    ]);
    expect(bobDone.status).toBe(200);
    expect(bobDone.body.done_step.text).toBe(bobGoal.step.text);
    expect(annView.status).toBe(200);
    expect((await harness.call('GET', '/api/tracks/progress', ann)).body.tracks.self_work).toEqual(annBefore);
  });
});
