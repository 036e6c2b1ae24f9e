import { parseArgs } from 'node:util';
import { importCommand } from '../interfaces/cli/import-command.js';
import { runTerminalChat } from '../interfaces/cli/terminal-chat.js';
import { pickLocale } from '../i18n/catalog.js';
import { createApp, StartupError } from './app.js';
import { asLog, createLogger } from './logger.js';
import { readConfigOrExit } from './read-config.js';
import { serve } from './serve.js';
import { tokenCommand } from './token.js';
import { loginLinkCommand } from './login-link.js';
import { exportCommand, forgetCommand } from './data-commands.js';
import { rekeyCommand } from './rekey.js';
import { backupCommand, restoreCommand } from './backup-commands.js';
import { migrateToLatest } from '../store/migrate.js';
import { DatabaseOpenError, openDatabase } from '../store/dialect.js';

const USAGE = `Usage: stepwise <command>

  serve              start the Stepwise server (the default; same as npm start)
  chat [--lang ru]   talk to your coach in this terminal (same as npm run chat)
  migrate            bring the database schema up to date and exit
  token --telegram-id <id> [--ttl <minutes>]   print an API token (JWT) for that Telegram user
  token --local [--ttl <minutes>]              print an API token for this terminal's chat user
  login-link (--telegram-id <id> | --local)    print a one-time sign-in link to the web dashboard
  export (--telegram-id <id> | --local) [--format json|md] [--out <file>]   everything stored about that person
  forget (--telegram-id <id> | --local) --yes  erase that person and everything about them
  rekey [--decrypt]  seal every stored text under DATA_KEY, or open them all (docs/encryption.md)
  backup <file> [--force]   a consistent copy of the SQLite database, safe while the server runs
                     (on PostgreSQL it prints the pg_dump command)
  restore <file>     a backup into the configured database, which must hold nobody yet; then migrates it
  import <file> --user <id>   read a health export (Apple Health, Oura, Fitbit, .FIT) into that
                     person's readings (--user: a Telegram id, a user id or "local"; import --help)
  detect-intent      read messages (one per line) on stdin, write their intent and track as JSON lines
`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help && command !== 'import') return void process.stdout.write(USAGE);

  if (command === 'serve') return serve();

  if (command === 'detect-intent') {
    const { detectIntents } = await import('./detect-intent.js');
    try {
      await detectIntents(process.stdin, process.stdout);
    } catch {
      process.exit(1);
    }
    return;
  }

  if (command === 'migrate') {
    const config = readConfigOrExit();
    const database = openDatabase(config.database.url);
    const report = await migrateToLatest(database.db);
    await database.close();
    if (report.error) {
      process.stderr.write(`Migration failed: ${(report.error as Error).message}\n`);
      process.exit(1);
    }
    process.stdout.write(
      report.applied.length ? `Applied: ${report.applied.join(', ')}\n` : 'The database is up to date.\n',
    );
    return;
  }

  if (command === 'token') return tokenCommand(argv.slice(argv.indexOf('token') + 1));
  if (command === 'login-link') return loginLinkCommand(argv.slice(argv.indexOf('login-link') + 1));
  if (command === 'export') return exportCommand(argv.slice(argv.indexOf('export') + 1));
  if (command === 'forget') return forgetCommand(argv.slice(argv.indexOf('forget') + 1));
  if (command === 'rekey') return rekeyCommand(argv.slice(argv.indexOf('rekey') + 1));
  if (command === 'backup') return backupCommand(argv.slice(argv.indexOf('backup') + 1));
  if (command === 'restore') return restoreCommand(argv.slice(argv.indexOf('restore') + 1));

  if (command === 'import') return runImport(argv.slice(argv.indexOf('import') + 1));

  if (command === 'chat') {
    // Logs go to stderr and only when something is wrong: the terminal is for the conversation.
    const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
    const lang = typeof values.lang === 'string' ? values.lang : undefined;
    if (lang && pickLocale(lang, 'en') !== lang.toLowerCase().slice(0, 2)) {
      process.stderr.write(`--lang: "${lang}" is not supported; use en or ru\n`);
      process.exit(2);
    }
    const app = await openApp(config);
    await runTerminalChat({
      goals: app.goals,
      dialog: app.dialog,
      lang: lang ? pickLocale(lang, config.defaultLocale) : undefined,
      defaultLocale: config.defaultLocale,
    });
    await app.close();
    return;
  }

  process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
  process.exit(2);
}

/** The whole app for a terminal command, logging to stderr; a configuration problem exits with it named. */
const openApp = (config: ReturnType<typeof readConfigOrExit>) =>
  createApp(config, { log: asLog(createLogger(config.logLevel, 'stderr')) }).catch((error: unknown) => {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`Stepwise cannot start:\n${error.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    process.exit(1);
  });

/** `stepwise import <file> --user <id>`: the app is opened only once the arguments are good. */
async function runImport(args: string[]): Promise<void> {
  const aborting = new AbortController();
  process.once('SIGINT', () => aborting.abort());
  const code = await importCommand(
    args,
    async () => {
      // Logs go to stderr and only when something is wrong: stdout is for the summary.
      const app = await openApp(readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' }));
      return { users: app.stores.users, biometrics: app.biometrics, close: app.close };
    },
    { stdout: process.stdout, stderr: process.stderr, signal: aborting.signal },
  );
  process.exit(code);
}

// Every command that opens the database: a folder that cannot hold it is the operator's to fix (exit 2).
await main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof DatabaseOpenError)) throw error;
  process.stderr.write(`Stepwise cannot start: ${error.message}\n`);
  process.exit(2);
});
