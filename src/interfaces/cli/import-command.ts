import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Baseline } from '../../core/health/biometrics/baseline.js';
import type { User, UserId } from '../../core/goals/model.js';
import type { UserStore } from '../../core/goals/stores.port.js';
import { isStepwiseError } from '../../core/errors.js';
import type { BiometricServices } from '../../services/health/biometrics/biometric-services.js';
import type { ImportProgress } from '../../services/health/biometrics/deps.js';
import type { ImportResult } from '../../services/health/biometrics/import-file.js';
import { localIdentity } from './local-user.js';

export const IMPORT_USAGE = [
  'Usage: stepwise import <file> --user <id>',
  '',
  '  <file>          an Apple Health export.zip or export.xml, Oura API v2 JSON, a Fitbit / Google',
  '                  Takeout HRV CSV, or a Garmin .FIT file (the format is detected)',
  '  --user <id>     whose readings: a Telegram user id (123456789), a Stepwise user id, or "local"',
  '                  for this terminal’s chat user',
  '  -h, --help      this help',
  '',
  'The whole file is read before anything is stored: a broken file stores nothing and names its line',
  'or record. Progress goes to stderr, the summary to stdout. Formats read whole have a size limit',
  '(Oura JSON 64 MB, FIT 32 MB), and every file limits on what it holds; a refusal names the limit.',
].join('\n');

/** What the command needs once its arguments are good: the app, opened only then. */
export interface ImportApp {
  users: Pick<UserStore, 'byId' | 'byIdentity'>;
  biometrics: Pick<BiometricServices, 'importFile'>;
  close(): Promise<void>;
}

export interface ImportIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Ctrl-C: the import stops and nothing is stored. */
  signal?: AbortSignal;
}

/** Exit codes: 0 imported, 1 the file or the user could not be used, 2 the arguments are wrong. */
export async function importCommand(argv: string[], open: () => Promise<ImportApp>, io: ImportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { user: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (failure) {
    io.stderr.write(`${(failure as Error).message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    io.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const problem =
    positionals.length !== 1
      ? 'give exactly one file to import'
      : !values.user?.trim()
        ? '--user is required: a Telegram user id, a Stepwise user id, or "local"'
        : undefined;
  if (problem) {
    io.stderr.write(`${problem}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const app = await open();
  try {
    return await run(app, resolve(positionals[0]!), values.user!.trim(), io);
  } finally {
    await app.close();
  }
}

async function run(app: ImportApp, path: string, who: string, io: ImportIo): Promise<number> {
  const user = await findUser(app.users, who);
  if (!user) {
    io.stderr.write(`--user: no Stepwise user "${who}" (they have to talk to the bot or the terminal chat once)\n`);
    return 1;
  }
  const progress = progressLine(io.stderr, basename(path));
  try {
    const result = await app.biometrics.importFile(user.id, path, { onProgress: progress.show, signal: io.signal });
    progress.end();
    io.stdout.write(summary(basename(path), result));
    return 0;
  } catch (error) {
    progress.end();
    io.stderr.write(`Import failed: ${failureOf(error)}. Nothing was stored.\n`);
    return 1;
  }
}

/** A Telegram id (digits), this terminal's user (`local`), or a Stepwise user id. */
async function findUser(users: ImportApp['users'], who: string): Promise<User | undefined> {
  if (who === 'local') return users.byIdentity(localIdentity().provider, localIdentity().subject);
  if (/^[1-9]\d{0,15}$/.test(who)) return users.byIdentity('telegram', who);
  return users.byId(who as UserId);
}

function failureOf(error: unknown): string {
  if (isStepwiseError(error)) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'that is a folder, not a file';
  if ((error as Error).name === 'AbortError') return 'stopped';
  throw error;
}

const MB = 1024 * 1024;
/** A terminal redraws one line a few times a second; a log (not a terminal) gets a line every few seconds. */
const TTY_EVERY_MS = 250;
const LOG_EVERY_MS = 5_000;

/** "reading export.xml: 120.4 / 512.0 MB (23 %) · 1,204,311 records" on stderr, throttled. */
function progressLine(stderr: ImportIo['stderr'], name: string) {
  const tty = Boolean(stderr.isTTY);
  let last = 0;
  let shown = false;
  const show = (progress: ImportProgress) => {
    const now = Date.now();
    // The last report always shows: on a short file the first (records not yet counted) was the only one.
    if (!progress.done && now - last < (tty ? TTY_EVERY_MS : LOG_EVERY_MS)) return;
    last = now;
    shown = true;
    const read = (progress.bytesRead / MB).toFixed(1);
    const total = progress.totalBytes ? ` / ${(progress.totalBytes / MB).toFixed(1)} MB` : ' MB';
    const share = progress.totalBytes ? ` (${Math.floor((progress.bytesRead / progress.totalBytes) * 100)} %)` : '';
    const line = `reading ${name}: ${read}${total}${share} · ${progress.records.toLocaleString('en')} records`;
    stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
  };
  return { show, end: () => tty && shown && void stderr.write('\n') };
}

const baselineLine = (baseline: Baseline) =>
  `    ${baseline.metric} from ${baseline.source}: ${Math.round(baseline.value * 10) / 10} (${baseline.status}, ${baseline.points} days)`;

/** What was read, what was stored, what was skipped and why, and the baselines it moved. */
function summary(name: string, result: ImportResult): string {
  const skipped = Object.entries(result.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count.toLocaleString('en')} ${reason.replace(/_/g, ' ')}`);
  const lines = [
    `Imported ${name} (${result.format})`,
    `  records read     ${result.records.toLocaleString('en')}`,
    `  readings added   ${result.added.toLocaleString('en')} (${(result.received - result.added).toLocaleString('en')} stored before)`,
    `  skipped          ${skipped.length ? skipped.join(', ') : 'none'}`,
    `  baselines        ${result.baselines.length ? '' : 'none (a baseline is built from the last 60 days)'}`.trimEnd(),
    ...result.baselines.map(baselineLine),
  ];
  return `${lines.join('\n')}\n`;
}
