import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInByLink, tgUser } from './people.js';
import { startWebStack, type WebStack } from './stack.js';

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

  it('keeps the navigation and offers Retry when a screen’s chunk fails to load, and Retry loads it once the server is back', async () => {
    const page = await stack.newPage();
    await signInByLink(stack, page, tgUser(7501, 'Olga'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();

    // Aborted, as a stopped server answers a lazy import.
    await page.route(GOALS_CHUNK, (route) => route.abort('connectionrefused'));
    await openGoals(page);
    const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' });
    await alert.waitFor({ timeout: 5_000 });
    expect(await nav.isVisible()).toBe(true);
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
});
