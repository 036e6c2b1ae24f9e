import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionSnapshot } from '../../src/core/tracks/stores.port.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * A recorded action reads its type's credited history only as far as a milestone needs (`creditedUpTo`), so a
 * person's thousandth check-in costs what their tenth did; without the bound every one is counted.
 */
for (const dialect of DIALECTS) {
  describe(`${dialect}: an action type's credited history`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(async () => app?.dispose());

    const seen = async (userId: string, creditedUpTo?: number) => {
      let history: ActionSnapshot['history'] | undefined;
      await app.stores.tracks.recordAction(
        {
          id: randomUUID(),
          userId,
          programId: 'recovery',
          actionType: 'calm_moment',
          source: 'api',
          sourceId: null,
          at: app.clock.now(),
        },
        () => ({ start: new Date(0), end: new Date(1) }),
        (snapshot) => {
          history = snapshot.history;
          return { states: snapshot.states, events: [], milestones: [], credit: 'full' as const };
        },
        creditedUpTo,
      );
      return history!;
    };

    it('counts the credited ones up to the bound, and all of them without one', async () => {
      const userId = (await enrolledUser(app)).id;
      for (let i = 0; i < 5; i++) await seen(userId);
      expect((await seen(userId)).creditedBefore).toBe(5);
      expect((await seen(userId, 3)).creditedBefore).toBe(3);
      expect((await seen(userId, 0)).creditedBefore).toBe(0);
      expect((await seen(userId)).lastAt).toEqual(app.clock.now());
    });
  });
}
