import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/factories/databases.js';
import { aUser } from '../../../test/factories/entities.js';
import { createStores, type AllStores } from '../create-stores.js';
import type { StepwiseDb } from '../dialect.js';
import { migrateToLatest } from '../migrate.js';
import { up } from './0006-terminal-names.js';

describe.each(DIALECTS)('0006: the terminal no longer calls a person by their account name (%s)', (dialect) => {
  let testDb: TestDatabase;
  let database: StepwiseDb;
  let stores: AllStores;
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    database = testDb.open();
    expect((await migrateToLatest(database.db)).error).toBeUndefined();
    stores = createStores(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.dispose();
  });

  it('clears a terminal user’s name that is their account name, and keeps every name a person gave', async () => {
    // As the terminal chat saved them before: the account name as the display name.
    const root = await stores.users.createWithIdentity(aUser({ displayName: 'root' }), 'cli', 'root');
    const named = await stores.users.createWithIdentity(aUser({ displayName: 'Anna' }), 'cli', 'anna');
    const telegram = await stores.users.createWithIdentity(aUser({ displayName: '42' }), 'telegram', '42');
    await up(database.db as unknown as Kysely<unknown>); // migrations see an untyped database
    expect((await stores.users.byId(root.id))?.displayName).toBeNull();
    expect((await stores.users.byId(named.id))?.displayName).toBe('Anna');
    expect((await stores.users.byId(telegram.id))?.displayName).toBe('42');
  });
});
