import { parseArgs } from 'node:util';
import { backupSqlite, type CopyProgress } from '../store/backup.js';
import { sqliteFileOf } from '../store/dialect.js';
import { restoreSqlite } from '../store/restore.js';
import { readConfigOrExit } from './read-config.js';
import { failWith } from './token.js';

const USAGE = [
  'Usage: stepwise backup <file> [--force]   a consistent copy of the SQLite database, safe while the server runs',
  '       stepwise restore <file>            a backup into the configured database, which must hold nobody yet',
].join('\n');
const fail = failWith(USAGE);

/** The one file argument (and `--force` for backup); anything else is a usage error. */
function readArgs(argv: string[], command: 'backup' | 'restore'): { file: string; force: boolean } {
  let parsed: { positionals: string[]; values: { force?: boolean } };
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: command === 'backup' ? { force: { type: 'boolean' } } : {},
    });
  } catch (failure) {
    return fail((failure as Error).message);
  }
  if (parsed.positionals.length !== 1) return fail(`${command}: give exactly one file`);
  return { file: parsed.positionals[0]!, force: parsed.values.force ?? false };
}

/**
 * On PostgreSQL its own tools do the work (consistent while every instance runs); Stepwise only says
 * how, and exits 2 so a script that expected a file notices. The URL is never printed: it may carry a password.
 */
function postgresInstead(command: 'backup' | 'restore', file: string): never {
  // Single quotes, so a shell pastes the name as it is ($ and backticks included).
  const quoted = `'${file.replaceAll("'", `'\\''`)}'`;
  const restore = [
    'To restore: create a new, empty database (createdb stepwise_restored), then',
    `  pg_restore --no-owner --dbname 'postgres://…/stepwise_restored' ${quoted}`,
    "  DATABASE_URL='postgres://…/stepwise_restored' npx stepwise migrate",
  ];
  const lines =
    command === 'backup'
      ? [
          'The database is PostgreSQL: back it up with pg_dump (a consistent snapshot while the servers run):',
          `  pg_dump --format=custom --file ${quoted} "$DATABASE_URL"`,
          ...restore,
        ]
      : ['The database is PostgreSQL: Stepwise does not restore it itself.', ...restore];
  process.stderr.write(`${[...lines, 'See docs/deploy.md, "Backups".'].join('\n')}\n`);
  process.exit(2);
}

/** The SQLite file of the configured database, or the reason there is none to work on. */
function sqliteFileOrExit(command: 'backup' | 'restore', file: string): string {
  const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const path = sqliteFileOf(config.database.url);
  if (path) return path;
  if (!config.database.url.startsWith('sqlite:')) return postgresInstead(command, file);
  process.stderr.write(
    `The database is in memory (DATABASE_URL=${config.database.url}): there is no file to ${command === 'backup' ? 'back up' : 'restore into'}.\n`,
  );
  process.exit(2);
}

/** Progress on stderr at every tenth of the copy, once a copy takes more than a step or two. */
function progressLines(verb: string): (progress: CopyProgress) => void {
  let shownTenth = -1;
  return ({ done, total, restarted }) => {
    if (restarted) {
      process.stderr.write(`The database changed during the copy (it is in use); copying it again in one pass.\n`);
      return;
    }
    const tenth = Math.floor((done / Math.max(total, 1)) * 10);
    if (total < 1_000 || tenth === shownTenth) return;
    shownTenth = tenth;
    process.stderr.write(
      `${verb}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} pages (${tenth * 10} %)\n`,
    );
  };
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 2 : 1)} MB`;

/**
 * `stepwise backup <file> [--force]`: SQLite's online backup of the configured database into `file`,
 * consistent while the server runs and writes. Exits 2 on a refusal (the file exists, PostgreSQL),
 * 1 when the copy failed; a failed copy leaves nothing at `file`.
 */
export async function backupCommand(argv: string[]): Promise<void> {
  const { file, force } = readArgs(argv, 'backup');
  const source = sqliteFileOrExit('backup', file);
  const outcome = await backupSqlite(source, file, { force, onProgress: progressLines('Copying') });
  if (!outcome.ok) {
    process.stderr.write(`Backup not made: ${outcome.message}.\n`);
    process.exit(outcome.reason === 'failed' || outcome.reason === 'damaged' ? 1 : 2);
  }
  process.stdout.write(
    `Backed up ${source} to ${outcome.file}: ${megabytes(outcome.bytes)}, ${outcome.pages.toLocaleString('en')} pages, integrity check ok.\n`,
  );
}

/**
 * `stepwise restore <file>`: a backup into the configured SQLite database, which must hold nobody
 * yet (else exit 2, nothing touched); then migrated to this version's schema.
 */
export async function restoreCommand(argv: string[]): Promise<void> {
  const { file } = readArgs(argv, 'restore');
  const target = sqliteFileOrExit('restore', file);
  const outcome = await restoreSqlite(file, target, { onProgress: progressLines('Restoring') });
  if (!outcome.ok) {
    process.stderr.write(`Restore not done: ${outcome.message}.\n`);
    process.exit(outcome.reason === 'failed' ? 1 : 2);
  }
  const migrated = outcome.applied.length ? `migrations applied: ${outcome.applied.join(', ')}` : 'schema up to date';
  process.stdout.write(
    `Restored ${file} into ${target}: ${outcome.people} ${outcome.people === 1 ? 'person' : 'people'}, ${migrated}.\n`,
  );
}
