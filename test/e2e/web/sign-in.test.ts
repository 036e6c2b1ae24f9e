import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniAppUrl, signedInitData, signInByLink, tgUser } from './people.js';
import { startWebStack, type WebStack } from './stack.js';

const DAY_SECONDS = 24 * 3600;

describe('signing in to the web app (Chromium, the real server, the fake Bot API)', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('signs in with the /web link from the bot, once: the same link again says it has expired', async () => {
    const anna = tgUser(7101, 'Anna');
    const page = await stack.newPage();
    const link = await signInByLink(stack, page, anna);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Where would you like to start?');
    await page.getByRole('link', { name: 'Settings' }).click();
    // The session (an HttpOnly cookie) carries on across a reload.
    await page.reload();
    await page.getByRole('radio', { name: 'English' }).waitFor();
    await page.context().close();

    // A forwarded or leaked message signs no one in later.
    const other = await stack.newPage();
    await other.goto(link);
    await other.getByRole('alert').filter({ hasText: 'That sign-in link has expired or was already used' }).waitFor();
    expect(new URL(other.url()).search).toBe('');
    await expect.poll(() => other.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await other.context().close();
  }, 60_000);

  it('signs in inside Telegram with initData signed by the bot’s token, and refuses a day-old one', async () => {
    const boris = tgUser(7102, 'Boris');
    const page = await stack.newPage();
    await page.goto(miniAppUrl(signedInitData(stack.fake.token, boris)));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.context().close();

    const stale = await stack.newPage();
    const dayAgo = Math.floor(Date.now() / 1000) - DAY_SECONDS - 3600;
    await stale.goto(miniAppUrl(signedInitData(stack.fake.token, boris, dayAgo)));
    await stale.getByRole('alert').filter({ hasText: 'Telegram’s sign-in could not be checked' }).waitFor();
    expect(await stale.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await stale.context().close();
  }, 60_000);

  // Telegram's night theme; a client since Bot API 8.0 (the SDK binds it) and an older one (the app reads the URL).
  const night = { bg_color: '#17212b', secondary_bg_color: '#232e3c', text_color: '#f5f5f5', button_color: '#5288c1' };
  for (const olderClient of [false, true])
    it(`wears the Telegram client’s theme inside the Mini App${olderClient ? ', from a client older than Bot API 8.0 too' : ''}`, async () => {
      const page = await stack.newPage();
      const initData = signedInitData(stack.fake.token, tgUser(7104, 'Vera'), undefined, { olderClient });
      await page.goto(miniAppUrl(initData, night));
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      // Page code as text (no DOM types here); the accent is what the app's buttons and links as buttons wear.
      const colours = await page.evaluate(`(() => {
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.background = 'var(--accent)';
        return {
          telegram: document.documentElement.classList.contains('tg'),
          page: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.body).color,
          accent: getComputedStyle(probe).backgroundColor,
        };
      })()`);
      expect(colours).toEqual({
        telegram: true,
        page: 'rgb(35, 46, 60)',
        text: 'rgb(245, 245, 245)',
        accent: 'rgb(82, 136, 193)',
      });
      await page.context().close();
    }, 60_000);

  it('refuses initData signed with another bot’s token', async () => {
    const page = await stack.newPage();
    const forged = signedInitData('999:ANOTHER-bot-token-aaaaaaaaaaaaaaaaaa', tgUser(7103, 'Mallory'));
    await page.goto(miniAppUrl(forged));
    await page.getByRole('alert').filter({ hasText: 'Telegram’s sign-in could not be checked' }).waitFor();
    await page.context().close();
  }, 30_000);
});
