import type { Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInByLink, tgUser } from './people.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';

/** The Goals screen's lazy chunk: what a stopped server (or a dropped network) fails to deliver. */
const GOALS_CHUNK = '**/assets/GoalsScreen-*.js';

const openGoals = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();

describe('a screen whose code cannot be loaded, in Chromium (real server)', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  for (const size of [
    { name: 'desktop', viewport: DESKTOP, id: 7501 },
    { name: 'phone', viewport: PHONE, id: 7505 },
  ])
    it(`keeps the navigation and offers Retry when a screen’s chunk fails to load, and Retry loads it once the server is back (${size.name})`, async () => {
      const page = await stack.newPage(size.viewport);
      await signInByLink(stack, page, tgUser(size.id, 'Olga'));
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.waitFor();

      // Aborted, as a stopped server answers a lazy import.
      await page.route(GOALS_CHUNK, (route) => route.abort('connectionrefused'));
      let reloads = 0;
      page.on('request', (request) => {
        if (request.isNavigationRequest()) reloads += 1;
      });
      await openGoals(page);
      const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' });
      await alert.waitFor({ timeout: 5_000 });
      expect(await nav.isVisible()).toBe(true);
      // The server serves the same version: a reload would not help, so none happens.
      expect(reloads).toBe(0);
      expect(await page.getByRole('banner').getByText('Stepwise').isVisible()).toBe(true);
      const retry = alert.getByRole('button', { name: 'Try again' });
      // The boundary's Retry is reachable from the keyboard.
      await retry.focus();
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Try again');

      // The server is back: Retry imports the screen again (React keeps a failed lazy import, so a fresh one).
      await page.unroute(GOALS_CHUNK);
      await retry.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor({ timeout: 5_000 });
      await page.getByRole('textbox', { name: 'What is your goal?' }).waitFor();
      expect(await alert.count()).toBe(0);
      // The other screens still work from the navigation.
      await nav.getByRole('link', { name: 'Recovery' }).click();
      await page.getByRole('button', { name: '🧠 Self Work' }).waitFor();
      await page.context().close();
    }, 30_000);

  it('reloads once onto a new version when a screen’s chunk is gone after a deploy, and shows Retry rather than reloading again', async () => {
    const page = await stack.newPage();
    await signInByLink(stack, page, tgUser(7502, 'Pavel'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();

    // A deploy: the old chunk 404s, and the app's own look at index.html finds another entry script.
    await page.route(GOALS_CHUNK, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.route('/', async (route) => {
      if (route.request().resourceType() !== 'fetch') return route.continue();
      const html = await (await route.fetch()).text();
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: html.replace(/index-[\w-]+\.js/, 'index-NEWBUILD.js'),
      });
    });
    let reloads = 0;
    // Document loads only: the click's pushState to /goals is a navigation too, but not a reload.
    page.on('request', (request) => {
      if (request.isNavigationRequest() && new URL(request.url()).pathname === '/goals') reloads += 1;
    });
    await openGoals(page);

    // The reloaded page finds the chunk missing still (a broken deploy): once is the limit, so the alert shows.
    const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' });
    await alert.waitFor({ timeout: 10_000 });
    expect(reloads).toBe(1);
    expect(await nav.isVisible()).toBe(true);
    expect(await page.evaluate('sessionStorage.getItem("stepwise:reloaded-for-new-version") !== null')).toBe(true);
    await page.context().close();
  }, 30_000);

  /**
   * A signed-in page whose live socket passes through the test: `drop()` closes it as a lost connection,
   * `down` makes the server refuse new ones. Once the page is live its clock stops, so the backoff's
   * timer never fires: any reconnect after that came from what the test did, whatever the machine's speed.
   */
  const liveWithStoppedClock = async (page: Page, id: number, name: string) => {
    await page.clock.install();
    const sockets = { opened: 0, refused: 0, down: false };
    let open: WebSocketRoute | undefined;
    await page.routeWebSocket('**/api/ws', (socket) => {
      if (sockets.down) {
        sockets.refused += 1;
        return socket.close({ code: 1011, reason: 'server down' });
      }
      sockets.opened += 1;
      open = socket;
      socket.connectToServer();
    });
    await signInByLink(stack, page, tgUser(id, name));
    const live = page.locator('html[data-live="ready"]');
    await live.waitFor({ state: 'attached' });
    // A little ahead of the page's own time, which moves on while this call travels (the clock refuses the past).
    await page.clock.pauseAt((await page.evaluate<number>('Date.now()')) + 5_000);
    const reconnecting = page.getByRole('banner').getByText('Reconnecting…');
    const drop = async () => {
      await open!.close({ code: 1006, reason: 'connection lost' });
      await reconnecting.waitFor({ timeout: 5_000 });
    };
    return { sockets, live, reconnecting, drop };
  };

  it('offers Retry now while the live connection is lost, and it connects at once instead of after the backoff', async () => {
    const page = await stack.newPage();
    const { sockets, live, reconnecting, drop } = await liveWithStoppedClock(page, 7503, 'Rita');
    const banner = page.getByRole('banner');
    const retryNow = banner.getByRole('button', { name: 'Retry now' });
    expect(await retryNow.count()).toBe(0);

    sockets.down = true;
    await drop();
    // Tried while the server is still down: refused, and the button stays for another try.
    await retryNow.click();
    await expect.poll(() => sockets.refused, { timeout: 5_000 }).toBe(1);
    await reconnecting.waitFor();
    await retryNow.waitFor();

    sockets.down = false;
    await retryNow.click();
    await live.waitFor({ state: 'attached', timeout: 10_000 });
    await banner.getByText('Live', { exact: true }).waitFor();
    expect(await retryNow.count()).toBe(0);
    // Two sockets: the first, and the one Retry now opened (the stopped clock never ran the backoff).
    expect(sockets).toEqual({ opened: 2, refused: 1, down: false });
    await page.context().close();
  }, 30_000);

  it('reconnects at once when the tab comes back into view, rather than at the next try of the backoff', async () => {
    const page = await stack.newPage(PHONE);
    const { sockets, live, reconnecting, drop } = await liveWithStoppedClock(page, 7506, 'Timur');
    // The person switches to another app on the phone; the connection is lost while the tab is hidden.
    const shown = (state: 'hidden' | 'visible') =>
      page.evaluate(`Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
        document.dispatchEvent(new Event('visibilitychange'));`);
    await shown('hidden');
    await drop();
    // Back to the tab: it connects now, not when the backoff would have.
    await shown('visible');
    await live.waitFor({ state: 'attached', timeout: 10_000 });
    await page.getByRole('banner').getByText('Live', { exact: true }).waitFor();
    expect(await reconnecting.count()).toBe(0);
    expect(sockets).toEqual({ opened: 2, refused: 0, down: false });
    await page.context().close();
  }, 30_000);

  it('reconnects at once when the phone’s browser comes back online, rather than at the next try of the backoff', async () => {
    const page = await stack.newPage(PHONE);
    const { sockets, live, drop } = await liveWithStoppedClock(page, 7504, 'Sveta');
    await drop();
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await live.waitFor({ state: 'attached', timeout: 10_000 });
    expect(sockets).toEqual({ opened: 2, refused: 0, down: false });
    await page.context().close();
  }, 30_000);
});
