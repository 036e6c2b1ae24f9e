import { parseArgs } from 'node:util';
import { pickLocale } from '../i18n/catalog.js';
import { readConfigOrExit } from './read-config.js';
import { DatabaseOpenError } from '../store/dialect.js';

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

  // Each command loads only its own modules: the small ones (token, migrate, backup…) start without the
  // server, the bot and the coach's content.
  if (command === 'serve') return (await import('./serve.js')).serve();

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
    const [{ openDatabase }, { migrateToLatest }] = await Promise.all([
      import('../store/dialect.js'),
      import('../store/migrate.js'),
    ]);
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

  const rest = argv.slice(argv.indexOf(command) + 1);
  if (command === 'token') return (await import('./token.js')).tokenCommand(rest);
  if (command === 'login-link') return (await import('./login-link.js')).loginLinkCommand(rest);
  if (command === 'export') return (await import('./data-commands.js')).exportCommand(rest);
  if (command === 'forget') return (await import('./data-commands.js')).forgetCommand(rest);
  if (command === 'rekey') return (await import('./rekey.js')).rekeyCommand(rest);
  if (command === 'backup') return (await import('./backup-commands.js')).backupCommand(rest);
  if (command === 'restore') return (await import('./backup-commands.js')).restoreCommand(rest);

  if (command === 'import') return runImport(rest);

  if (command === 'chat') {
    // Logs go to stderr and only when something is wrong: the terminal is for the conversation.
    const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
    const lang = typeof values.lang === 'string' ? values.lang : undefined;
    if (lang && pickLocale(lang, 'en') !== lang.toLowerCase().slice(0, 2)) {
      process.stderr.write(`--lang: "${lang}" is not supported; use en or ru\n`);
      process.exit(2);
    }
    const [app, { runTerminalChat }] = await Promise.all([
      openApp(config),
      import('../interfaces/cli/terminal-chat.js'),
    ]);
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
async function openApp(config: ReturnType<typeof readConfigOrExit>) {
  const [{ createApp, StartupError }, { asLog, createLogger }] = await Promise.all([
    import('./app.js'),
    import('./logger.js'),
  ]);
  return createApp(config, { log: asLog(createLogger(config.logLevel, 'stderr')) }).catch((error: unknown) => {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`Stepwise cannot start:\n${error.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    process.exit(1);
  });
}

/** `stepwise import <file> --user <id>`: the app is opened only once the arguments are good. */
async function runImport(args: string[]): Promise<void> {
  const aborting = new AbortController();
  process.once('SIGINT', () => aborting.abort());
  const { importCommand } = await import('../interfaces/cli/import-command.js');
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
