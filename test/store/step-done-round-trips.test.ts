import { createRequire } from 'node:module';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';

// On PostgreSQL each statement is a round trip to the server, and a finished step is what people do most: its
// statements are counted where the driver sends them (the store loads `pg` through require, so this is the same
// module). BEGIN, the goal, the step finished and read back in one UPDATE … RETURNING, the count of finished steps,
// COMMIT, then the one thing the transaction did not read: a question waiting beside the step.
const STEP_DONE_STATEMENTS = 6;

const sent: string[] = [];
let counting = false;
const driver = createRequire(import.meta.url)('pg') as typeof pg;
const query = driver.Client.prototype.query;
driver.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const statement = args[0] as string | { text?: string };
  if (counting) sent.push(typeof statement === 'string' ? statement : (statement.text ?? ''));
  return (query as (...rest: unknown[]) => unknown).apply(this, args);
} as typeof query;

// PostgreSQL only: SQLite runs in the process, where a statement costs no round trip.
describe.skipIf(!DIALECTS.includes('postgres'))('a finished step on PostgreSQL', () => {
  let harness: ApiHarness;
  let person: User;
  let goalId: string;
  beforeAll(async () => {
    harness = await startApi('postgres');
    person = await harness.user(9100, 'en');
    const created = await harness.call('POST', '/api/goals', person, { title: 'Learn Spanish' });
    goalId = created.body.goal.id;
  });
  afterAll(async () => {
    driver.Client.prototype.query = query;
    await harness?.dispose();
  });

  it('answers with where the goal stands in a few statements, the step read back by the update itself', async () => {
    // The first call signs the person in (a users read the next calls take from memory).
    expect((await harness.call('POST', `/api/goals/${goalId}/step/done`, person)).status).toBe(200);
    expect((await harness.call('POST', `/api/goals/${goalId}/step/next`, person)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the change feed's notice of the new step
    sent.length = 0;
    counting = true;
    const done = await harness.call('POST', `/api/goals/${goalId}/step/done`, person);
    counting = false;
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'between', step: null, question: null, goal: { done_steps: 2 } });
    const statements = sent.filter((statement) => !statement.startsWith('select pg_notify'));
    expect(statements, statements.join('\n')).toHaveLength(STEP_DONE_STATEMENTS);
    expect(statements.filter((statement) => /returning/i.test(statement))).toHaveLength(1);
  });
});
