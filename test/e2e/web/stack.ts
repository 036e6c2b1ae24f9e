import { type ChildProcess, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';
import { finished, ROOT, stepwise, waitFor } from '../processes.js';

/** Debian's Chromium (scripts/install-chromium.sh); playwright-core never downloads a browser here. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const WEB = join(ROOT, 'web');
const WEB_INDEX = join(WEB, 'dist', 'index.html');
/** What the build reads: a change in any of them after the last build makes web/dist stale. */
const WEB_SOURCES = [join(WEB, 'src'), join(WEB, 'index.html'), join(WEB, 'vite.config.ts')];
const BUILD_LOCK = join(tmpdir(), `stepwise-web-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`);
const STALE_LOCK_MS = 5 * 60_000;

const lockAge = () => {
  try {
    return Date.now() - statSync(BUILD_LOCK).mtimeMs;
  } catch {
    return 0;
  }
};

const newestChange = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
};

/** Built, and built after the last change to the app's sources. */
const builtAndFresh = () =>
  existsSync(WEB_INDEX) && statSync(WEB_INDEX).mtimeMs >= Math.max(...WEB_SOURCES.map(newestChange));

/**
 * Builds web/dist when it is missing or older than the app's sources (CI builds it before the
 * tests; a stale build here would test yesterday's app). Several test files may ask at once, and
 * vite empties the folder first, so one builds under a lock while the others wait.
 */
export async function ensureWebBuild(): Promise<void> {
  for (;;) {
    if (!existsSync(BUILD_LOCK) && builtAndFresh()) return;
    try {
      mkdirSync(BUILD_LOCK);
    } catch {
      // Another file is building; a lock left by a crashed run is taken over after a while.
      if (lockAge() > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (builtAndFresh()) return;
      const vite = join(ROOT, 'node_modules', '.bin', 'vite');
      // Vitest sets NODE_ENV=test, which Vite would pass on to React: its development build, three times the size.
      const build = spawnSync(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (build.status !== 0) throw new Error(`the web app did not build:\n${build.stderr}`);
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

const STOP_GRACE_MS = 10_000;

/**
 * Stops a process this test started and waits until it is gone: SIGTERM, then SIGKILL if it has not
 * exited in time (a server still busy starting may not get to its handler). Its temp dir is removed
 * only after, never under a live process.
 */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = finished(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** The real server (`stepwise serve`, a SQLite file in a temp dir), the fake Bot API it talks to, and Chromium. */
export interface WebStack {
  /** `http://127.0.0.1:<port>`, where the server listens. */
  base: string;
  /** What the server printed when it started, and the folder it runs in (its SQLite file is in data/). */
  banner: string;
  dir: string;
  fake: FakeTelegram;
  browser: Browser;
  /** A fresh browser profile (no cookies, cold cache) at that size, English, in UTC. */
  newContext(
    viewport?: { width: number; height: number },
    options?: { storageState?: string; colorScheme?: 'light' | 'dark' },
  ): Promise<BrowserContext>;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the stack for one test file. The rate limit is off: these tests open many screens a minute
 * for one person, and the limiter has its own tests.
 */
export async function startWebStack(): Promise<WebStack> {
  await ensureWebBuild();
  const fake = await startFakeTelegram();
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-web-e2e-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    if (server) await stopProcess(server);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = stepwise(
      ['serve'],
      {
        PORT: '0',
        LOG_LEVEL: 'silent',
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        RATE_LIMIT_PER_MINUTE: '0',
      },
      dir,
    );
    const banner = await waitFor(server, /interfaces.*\n/, 110_000);
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(banner)![0];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const opened = browser;
    const newContext: WebStack['newContext'] = (viewport = DESKTOP, options = {}) =>
      opened.newContext({
        viewport,
        baseURL: base,
        locale: 'en-US',
        timezoneId: 'UTC',
        reducedMotion: 'reduce',
        acceptDownloads: true,
        ...options,
      });
    return {
      base,
      banner,
      dir,
      fake,
      browser: opened,
      newContext,
      newPage: async (viewport) => (await newContext(viewport)).newPage(),
      close,
    };
  } catch (failure) {
    await close();
    throw failure;
  }
}
