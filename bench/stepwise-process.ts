// What the benches that run Stepwise as a real process share: starting it as a self-hoster does, on a
// fresh SQLite file, where it listens, and a token to call it with.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SECRET = 'bench-jwt-secret-0123456789abcdef0123456789';

/** The URL the start banner says the server listens on (`PORT=0` picks a free one). */
export function bannerUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening\s+(http:\/\/[^\s]+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

/** An API token for this machine's user, minted by `stepwise token --local` against the server's settings. */
export const localToken = (env: NodeJS.ProcessEnv): string =>
  execFileSync(process.execPath, [join(ROOT, 'bin', 'stepwise.js'), 'token', '--local'], { env })
    .toString()
    .trim()
    .split('\n')
    .at(-1)!;

export interface StepwiseLaunch {
  /** `npm start` as a self-hoster types it (its prestart builds included), or the installed `stepwise serve`. */
  via: 'npm start' | 'serve';
  /** Node's flags for `serve` (`--expose-gc`, a small young generation…). */
  nodeArgs?: readonly string[];
  /** The command line `serve` runs through (taskset, a shell that raises `ulimit -n`), keeping its pid the server's. */
  wrap?: (command: string[]) => string[];
  /** More settings (METRICS_TOKEN, IMPORT_MAX_MB…). */
  env?: Readonly<Record<string, string>>;
}

export interface StepwiseProcess {
  child: ChildProcess;
  /** Where it listens, from its start banner. */
  url: string;
  /** A token for this machine's user (`stepwise token --local` on the same database and secret). */
  token(): string;
  /** SIGTERM, resolved once it has exited. */
  stop(): Promise<void>;
}

/**
 * Stepwise started as a self-hoster starts it, on `dir`'s own SQLite file (`bench.db`): a free port,
 * silent, no rate limit, a fixed JWT secret, nothing else from this process's environment. Resolves
 * once its banner says where it listens.
 */
export async function startStepwise(dir: string, launch: StepwiseLaunch): Promise<StepwiseProcess> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
    PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_SECRET: SECRET,
    RATE_LIMIT_PER_MINUTE: '0',
    ...launch.env,
  };
  const stdio: ['ignore', 'pipe', 'inherit'] = ['ignore', 'pipe', 'inherit'];
  const [command, ...args] =
    launch.via === 'npm start'
      ? ['npm', 'start', '--silent']
      : (launch.wrap ?? ((line) => line))([
          process.execPath,
          ...(launch.nodeArgs ?? []),
          join(ROOT, 'bin', 'stepwise.js'),
          'serve',
        ]);
  // npm runs the project's scripts from its folder; `serve` from the bench's own, away from any `.env`.
  const child =
    launch.via === 'npm start'
      ? spawn(command!, args, { cwd: ROOT, env: { ...env, npm_config_update_notifier: 'false' }, stdio })
      : spawn(command!, args, { cwd: dir, env, stdio });
  const url = await bannerUrl(child);
  return {
    child,
    url,
    token: () => localToken(env),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
