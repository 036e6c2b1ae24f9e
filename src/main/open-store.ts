import type { Config } from '../config/env.js';
import type { Clock, Log } from '../core/ports.js';
import { createSealer } from '../store/crypto/aes-gcm-sealer.js';
import { checkSealedKeys } from '../store/crypto/key-check.js';
import { openDatabase, type OpenOptions } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { StartupError } from './startup-error.js';

/**
 * Opens the configured database, brings its schema up to date and checks that the data key opens what is sealed in
 * it; any problem stops the start (StartupError), the database closed.
 */
export async function openMigrated(config: Readonly<Config>, options: { log: Log; clock?: Clock; db?: OpenOptions }) {
  // The app's clock decides when a full-disk episode is over (tests move it).
  const now = () => (options.clock?.now() ?? new Date()).getTime();
  const database = openDatabase(config.database.url, {
    poolSize: config.database.poolSize,
    preparedStatements: config.database.preparedStatements,
    ...options.db,
    log: options.log,
    now,
  });
  const migrated = await migrateToLatest(database.db, options.db?.schema);
  if (migrated.error) {
    await database.close();
    const reason = (migrated.error as Error).message ?? String(migrated.error);
    throw new StartupError([`database migration failed: ${reason}`]);
  }
  // What people wrote is sealed under DATA_KEY (docs/encryption.md). A key the stored texts need but
  // this config lacks stops the start here, rather than as errors in front of the people it locks out.
  const sealer = createSealer(config.dataKeys);
  const keys = await checkSealedKeys(database.db, sealer);
  for (const warning of keys.warnings) options.log.warn({ event: 'sealed_value_unopened' }, warning);
  if (keys.problems.length > 0) {
    await database.close();
    throw new StartupError(keys.problems);
  }
  return { database, migrated: migrated.applied, sealer };
}
