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

  it('offers Retry now while the live connection is lost, and it connects at once instead of after the backoff', async () => {
    const page = await stack.newPage();
    // Every socket goes through here: passed on to the server, or refused while the server is "down".
    let down = false;
    let refused = 0;
    let open: WebSocketRoute | undefined;
    await page.routeWebSocket('**/api/ws', (socket) => {
      if (down) {
        refused += 1;
        return socket.close({ code: 1011, reason: 'server down' });
      }
      open = socket;
      socket.connectToServer();
    });
    await signInByLink(stack, page, tgUser(7503, 'Rita'));
    const live = page.locator('html[data-live="ready"]');
    await live.waitFor({ state: 'attached' });
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('button', { name: 'Retry now' }).count()).toBe(0);

    down = true;
    await open!.close({ code: 1001, reason: 'server stopping' });
    await banner.getByText('Reconnecting…').waitFor({ timeout: 5_000 });
    const retryNow = banner.getByRole('button', { name: 'Retry now' });
    await retryNow.waitFor({ timeout: 5_000 });
    // Two refused tries (after 1 s and 2 s): the next one waits 4 s.
    await expect.poll(() => refused, { timeout: 6_000 }).toBe(2);
    await page.waitForTimeout(200);

    down = false;
    const clickedAt = Date.now();
    await retryNow.click();
    await live.waitFor({ state: 'attached', timeout: 3_000 });
    expect(Date.now() - clickedAt).toBeLessThan(2_000);
    await banner.getByText('Live', { exact: true }).waitFor();
    expect(await retryNow.count()).toBe(0);
    await page.context().close();
  }, 30_000);

  it('reconnects at once when the phone’s browser comes back online, rather than at the next try of the backoff', async () => {
    const page = await stack.newPage(PHONE);
    let down = false;
    let refused = 0;
    let open: WebSocketRoute | undefined;
    await page.routeWebSocket('**/api/ws', (socket) => {
      if (down) {
        refused += 1;
        return socket.close({ code: 1011, reason: 'network down' });
      }
      open = socket;
      socket.connectToServer();
    });
    await signInByLink(stack, page, tgUser(7504, 'Sveta'));
    const live = page.locator('html[data-live="ready"]');
    await live.waitFor({ state: 'attached' });
    down = true;
    await open!.close({ code: 1006, reason: 'network lost' });
    await page.getByRole('banner').getByText('Reconnecting…').waitFor({ timeout: 5_000 });
    // Three refused tries (after 1, 2 and 4 s): the next one would wait 8 s more.
    await expect.poll(() => refused, { timeout: 10_000 }).toBe(3);

    down = false;
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await live.waitFor({ state: 'attached', timeout: 5_000 });
    expect(refused).toBe(3);
    await page.context().close();
  }, 30_000);
});
