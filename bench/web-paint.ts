// The web app's first meaningful paint (issue 13's bar: < 1.5 s on a cold load from the local server,
// CPU throttled 4× in Chromium). The real server (`stepwise serve`, a SQLite file in a temp dir), a
// person signed in with the first-run link the start banner prints on localhost and enrolled in the recovery
// program; then each run is a new browser context (cold HTTP cache, the session cookie only) with
// `Emulation.setCPUThrottlingRate {rate: 4}`, loading `/` and timing, from navigation start, the
// paint after the first track card's bar (`role=progressbar`) is in the DOM. Baseline in the same run:
// the same throttled cold load of a tiny static file from the same server (`/size.json`, first
// contentful paint). Runs inside `npm run bench` and alone: `npx tsx bench/web-paint.ts`
// (BENCH_PAINT_RUNS, default 20; BENCH_WEB=off skips it in `npm run bench`).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { stepwise, waitFor } from '../test/e2e/processes.js';
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuild, PHONE, stopProcess } from '../test/e2e/web/stack.js';
import { ms, percentile, table } from './stats.js';

const RUNS = Number(process.env.BENCH_PAINT_RUNS ?? 20);
const WARMUP = 2;
const THROTTLE = 4;
const BAR_MS = 1500;

// Page code as text: tsx compiles functions with `__name` helpers that do not exist in the page.
/** Runs in every page before its scripts: resolves once a progress bar is in the DOM and painted. */
const WATCH_FIRST_CARDS = `
window.cardsPainted = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[role=progressbar]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  });
  observer.observe(document, { subtree: true, childList: true });
});`;

/** The page's first contentful paint, ms from navigation start. */
const FIRST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (!entry) return;
    observer.disconnect();
    resolve(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;

/** One cold, throttled load of `path` in a new context: [the page's own mark, its first contentful paint]. */
async function coldLoad(browser: Browser, state: string, base: string, path: string, cards: boolean) {
  const context: BrowserContext = await browser.newContext({ viewport: PHONE, storageState: state, baseURL: base });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    if (cards) await page.addInitScript({ content: WATCH_FIRST_CARDS });
    await page.goto(path, { waitUntil: 'commit' });
    const painted = cards ? await page.evaluate<number>('window.cardsPainted') : NaN;
    return { painted, fcp: await page.evaluate<number>(FIRST_CONTENTFUL_PAINT) };
  } finally {
    await context.close();
  }
}

/**
 * A signed-in, enrolled person's browser state (the session cookie), from the first-run link of the start banner
 * (`login-link` mints links only for someone the database already knows).
 */
async function signedInState(browser: Browser, base: string, dir: string, banner: string): Promise<string> {
  const link = /first run\s+(\S+)/.exec(banner)?.[1];
  if (!link) throw new Error(`no first-run link in the start banner:\n${banner}`);
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const { token } = (await (await context.request.post('/api/auth/session')).json()) as { token: string };
  const enrolled = await fetch(`${base}/api/programs/recovery/enroll`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ primary_track: 'self_work' }),
  });
  if (!enrolled.ok) throw new Error(`enrolling failed: ${enrolled.status} ${await enrolled.text()}`);
  const state = join(dir, 'state.json');
  await context.storageState({ path: state });
  await context.close();
  return state;
}

/** The bar, as the tables print it. */
export const PAINT_BAR = `track cards painted < ${BAR_MS} ms (median and p95) on a cold load with the CPU throttled ${THROTTLE}×.`;

const sortedOf = (samples: number[]) => [...samples].sort((left, right) => left - right);

/** Rows for `npm run bench`'s table: measure, median, p99 (here: the worst of N), p95, ratio to the baseline. */
export async function benchWebPaint(runs = RUNS): Promise<string[][]> {
  await ensureWebBuild();
  // Paint times follow the machine's load closely (other processes take the browser's CPU): said beside them.
  const load = loadavg()[0]!.toFixed(1);
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-paint-'));
  const server = stepwise(['serve'], { PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' }, dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const banner = await waitFor(server, /interfaces.*\n/, 120_000);
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(banner)![0];
    const state = await signedInState(browser, base, dir, banner);
    const cards: number[] = [];
    const appFcp: number[] = [];
    const staticFcp: number[] = [];
    // Interleaved, so a slow moment of the machine falls on both.
    for (let i = -WARMUP; i < runs; i++) {
      const app = await coldLoad(browser, state, base, '/', true);
      const hello = await coldLoad(browser, state, base, '/size.json', false);
      if (i < 0) continue;
      cards.push(app.painted);
      appFcp.push(app.fcp);
      staticFcp.push(hello.fcp);
    }
    const [sortedCards, sortedApp, sortedStatic] = [sortedOf(cards), sortedOf(appFcp), sortedOf(staticFcp)];
    const baseMedian = percentile(sortedStatic, 50);
    const row = (name: string, sorted: number[]) => [
      name,
      ms(percentile(sorted, 50)),
      ms(sorted.at(-1)!),
      `p95 ${ms(percentile(sorted, 95))}`,
      `${(percentile(sorted, 50) / baseMedian).toFixed(1)}×`,
    ];
    return [
      row(`web: static file, first contentful paint (${THROTTLE}× CPU, cold cache; baseline)`, sortedStatic),
      row(`web: dashboard, first contentful paint (${THROTTLE}× CPU, cold cache)`, sortedApp),
      row(
        `web: dashboard, track cards painted (${THROTTLE}× CPU, cold cache, ${runs} loads; bar < ${BAR_MS} ms)`,
        sortedCards,
      ),
      [`web: (the machine's 1-minute load average when the runs began: ${load})`, '', '', '', ''],
    ];
  } finally {
    await browser.close();
    await stopProcess(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchWebPaint();
  console.log(`The web app's first meaningful paint (Chromium, Node ${process.version})\n`);
  console.log(table([['measure', 'median', 'worst', 'p95', 'vs baseline (median)'], ...rows]));
  console.log(`\nBar: ${PAINT_BAR}`);
}
