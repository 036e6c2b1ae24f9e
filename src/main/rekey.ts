import { parseArgs } from 'node:util';
import type { Config } from '../config/env.js';
import { createSealer, type DataSealer } from '../store/crypto/aes-gcm-sealer.js';
import { checkSealedKeys } from '../store/crypto/key-check.js';
import { type RekeyReport, rekeyColumns } from '../store/crypto/rekey-columns.js';
import { openDatabase, type OpenOptions } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { readConfigOrExit } from './read-config.js';
import { failWith } from './token.js';

const USAGE = [
  'Usage: stepwise rekey [--batch <rows>]   seal every stored text under DATA_KEY (after a rotation, or to',
  '                                         seal what was written before a key was set)',
  '       stepwise rekey --decrypt          open every sealed text back to plain text (DATA_KEY unset, the',
  '                                         old keys in DATA_KEY_PREVIOUS): the way to turn encryption off',
].join('\n');
const fail = failWith(USAGE);
const DEFAULT_BATCH = 500;

export interface RekeyRun {
  decrypt: boolean;
  batchSize: number;
  /** Progress and the summary (the CLI's stderr). */
  write(line: string): void;
  db?: Pick<OpenOptions, 'schema' | 'poolSize'>;
}

/** What a run asks of the configuration, in the words an operator acts on; undefined when it fits. */
export function rekeyConfigProblem(config: Readonly<Config>, decrypt: boolean): string | undefined {
  if (decrypt && config.dataKeys.current)
    return '--decrypt opens everything to plain text, so DATA_KEY must be unset: move it to DATA_KEY_PREVIOUS (and restart the server with that, so it stops sealing), then run this again';
  if (!decrypt && !config.dataKeys.current)
    return 'DATA_KEY is not set: set it to the key to seal under (openssl rand -base64 32), or use --decrypt to open everything to plain text';
  return undefined;
}

function summary(report: RekeyReport, sealer: DataSealer): string[] {
  const lines = [
    sealer.currentKeyId
      ? `Sealed ${report.changed} texts under data key ${sealer.currentKeyId}.`
      : `Opened ${report.changed} texts to plain text.`,
  ];
  const unopened = Object.entries(report.unopened);
  for (const [where, count] of unopened)
    lines.push(`${count} texts in ${where} did not open (altered in the database) and were left as they are.`);
  if (report.remaining === 0)
    lines.push(
      sealer.currentKeyId
        ? 'Nothing is left in plain text or under another key: older keys can leave DATA_KEY_PREVIOUS.'
        : 'Nothing is sealed any more: DATA_KEY_PREVIOUS can be removed.',
    );
  else if (unopened.length === 0)
    lines.push(
      `${report.remaining} rows were written meanwhile in the old form: is a process still running with the old keys? Restart it with the new ones and run stepwise rekey again.`,
    );
  return lines;
}

/**
 * Re-seals every stored text under DATA_KEY (or opens it, `--decrypt`) while the server may be
 * running: the same start-up check first (every key the data needs must be configured), then batches.
 * Returns the exit code: 0 when nothing is left to do, 1 otherwise, 2 when the keys do not fit the mode.
 */
export async function runRekey(config: Readonly<Config>, run: RekeyRun): Promise<number> {
  const problem = rekeyConfigProblem(config, run.decrypt);
  if (problem) {
    run.write(`Stepwise cannot rekey: ${problem}`);
    return 2;
  }
  const database = openDatabase(config.database.url, run.db ?? {});
  try {
    const migrated = await migrateToLatest(database.db, run.db?.schema);
    if (migrated.error) {
      run.write(`Stepwise cannot rekey: the database migration failed: ${(migrated.error as Error).message}`);
      return 1;
    }
    const sealer = createSealer(config.dataKeys);
    const check = await checkSealedKeys(database.db, sealer);
    if (check.problems.length > 0) {
      run.write(`Stepwise cannot rekey:\n${check.problems.map((problem) => `  - ${problem}`).join('\n')}`);
      return 1;
    }
    const report = await rekeyColumns(database.db, sealer, {
      batchSize: run.batchSize,
      onBatch: (progress) => run.write(`${progress.table}: ${progress.done} of ${progress.total} rows`),
    });
    for (const line of summary(report, sealer)) run.write(line);
    return report.remaining === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

/** `stepwise rekey [--decrypt] [--batch <rows>]`. */
export async function rekeyCommand(argv: string[]): Promise<void> {
  let values: { decrypt?: boolean; batch?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { decrypt: { type: 'boolean' }, batch: { type: 'string' } },
    }));
  } catch (failure) {
    return fail((failure as Error).message);
  }
  const batchSize = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    return fail(`--batch: "${values.batch}" is not a whole number of rows from 1 to 10000`);
  const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const decrypt = values.decrypt === true;
  const problem = rekeyConfigProblem(config, decrypt);
  if (problem) return fail(problem);
  const write = (line: string) => void process.stderr.write(`${line}\n`);
  process.exit(await runRekey(config, { decrypt, batchSize, write }));
}
