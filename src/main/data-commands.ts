import { openEventRelay } from '../store/relay/create-relay.js';
import { silentLog } from '../core/ports.js';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ExerciseNames, exerciseNames, NO_EXERCISE_NAMES } from '../interfaces/privacy/exercise-names.js';
import { exportMarkdown } from '../interfaces/privacy/export-markdown.js';
import { createDataRights } from '../services/privacy/data-rights.js';
import { createUserDataRepository } from '../store/repositories/user-data.repository.js';
import { createSealer } from '../store/crypto/aes-gcm-sealer.js';
import { readConfigOrExit } from './read-config.js';
import { failWith, whoseToken, withUser } from './token.js';

const USAGE = [
  'Usage: stepwise export (--telegram-id <id> | --local) [--format json|md] [--out <file>]',
  '       stepwise forget (--telegram-id <id> | --local) --yes',
].join('\n');
const fail = failWith(USAGE);
const clock = { now: () => new Date() };

type DataArgs = { 'telegram-id'?: string; local?: boolean; format?: string; out?: string; yes?: boolean };

function readArgs(argv: string[]): DataArgs {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        'telegram-id': { type: 'string' },
        local: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        yes: { type: 'boolean' },
      },
    }).values;
  } catch (failure) {
    return fail((failure as Error).message);
  }
}

/**
 * `stepwise export`: everything stored about one person (the same document as GET /api/me/export),
 * to stdout or `--out <file>`; progress and the summary go to stderr, so stdout stays the file.
 */
export async function exportCommand(argv: string[]): Promise<void> {
  const values = readArgs(argv);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'md') return fail(`--format: "${format}" is not json or md`);
  const { identity, who } = whoseToken(values, fail);
  const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  await withUser(
    config,
    identity,
    async (user, _stores, database) => {
      // The export holds what the person wrote: texts sealed under DATA_KEY are opened.
      const store = createUserDataRepository(database.db, database.dialect, createSealer(config.dataKeys));
      const document = await createDataRights({ store, clock }).exportAll(user.id);
      const body =
        format === 'md'
          ? exportMarkdown(document, user.locale, await programNames())
          : `${JSON.stringify(document, null, 2)}\n`;
      if (values.out) writeFileSync(values.out, body, { mode: 0o600 });
      else process.stdout.write(body);
      const rows = Object.values(document.tables).reduce((sum, table) => sum + table.length, 0);
      process.stderr.write(`Exported ${rows} rows about ${who}${values.out ? ` to ${values.out}` : ''}.\n`);
    },
    { create: false },
  );
}

/** `stepwise forget … --yes`: erases the person and every row that names them (the same as DELETE /api/me). */
export async function forgetCommand(argv: string[]): Promise<void> {
  const values = readArgs(argv);
  const { identity, who } = whoseToken(values, fail);
  const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  await withUser(
    config,
    identity,
    async (user, _stores, database) => {
      const rights = createDataRights({ store: createUserDataRepository(database.db, database.dialect), clock });
      const counts = Object.entries(await rights.inventory(user.id)).filter(([, count]) => count > 0);
      const listed = counts.map(([table, count]) => `${table} ${count}`).join(', ');
      if (!values.yes)
        return fail(`This would erase everything about ${who} (${listed}). It cannot be undone: add --yes.`);
      await rights.forget(user.id);
      // Running servers on PostgreSQL close the person's open dashboards (the relay's NOTIFY). On
      // SQLite no event crosses processes: an open dashboard there is refused at its next read.
      const feeds = await openEventRelay(database, config.database.url, silentLog);
      feeds.relay?.send({ type: 'account_erased', userId: user.id, programId: '', at: new Date() });
      await feeds.close();
      process.stderr.write(`Erased ${who}: ${listed}.\n`);
    },
    { create: false },
  );
}

/** The exercises' names for the readable export; the programs are read only for it (well under a second). */
async function programNames(): Promise<ExerciseNames> {
  const { loadProgramPacks } = await import('../content/load-program-pack.js');
  const loaded = loadProgramPacks();
  return loaded.ok ? exerciseNames(loaded.programs) : NO_EXERCISE_NAMES;
}
