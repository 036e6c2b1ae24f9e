import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, linkFromBot, tgUser, tokenOf } from './people.js';
import { DESKTOP, startWebStack, type WebStack } from './stack.js';

describe('one time zone per account, picked by searching (Chromium, the real server)', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** A browser in India whose person signs in with a link from the bot. */
  const signedInFromIndia = async (id: number, name: string) => {
    const context = await stack.browser.newContext({
      viewport: DESKTOP,
      baseURL: stack.base,
      locale: 'en-US',
      timezoneId: 'Asia/Kolkata',
    });
    const page = await context.newPage();
    await page.goto(await linkFromBot(stack, tgUser(id, name)));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return { context, page, api: apiAs(stack, await tokenOf(context)) };
  };

  it('offers IANA names only with the browser’s zone first, saves a zone typed in full, and refuses one that is none', async () => {
    const { context, page } = await signedInFromIndia(7401, 'Zara');
    await page.goto('/settings');
    const field = page.getByRole('combobox', { name: 'Time zone' });
    await field.waitFor();
    expect(await field.getAttribute('placeholder')).toBe('Not set');
    const options = (await page.evaluate(
      'Array.from(document.querySelectorAll("datalist option"), (option) => option.value)',
    )) as string[];
    expect(options[0]).toBe('Asia/Kolkata');
    expect(options).not.toContain('Asia/Calcutta');
    expect(options).not.toContain('Europe/Kiev');
    expect(options).toContain('Europe/Kyiv');
    expect(new Set(options).size).toBe(options.length);

    await field.fill('Moscow');
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: '“Moscow” is not a time zone' }).waitFor();
    await field.fill('europe/moscow');
    await field.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('Europe/Moscow');
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Europe/Moscow');
    await context.close();
  }, 60_000);

  it('shows the zone chosen in the health set-up in Settings: they are one setting', async () => {
    const { context, page, api } = await signedInFromIndia(7402, 'Yusuf');
    await api.call('POST', '/api/programs/health/enroll', {});
    await api.call('PUT', '/api/health/profile', {
      archetype: 'foundation_builder',
      schedule: { time_zone: 'Asia/Tokyo', wake: '07:00', sleep: '23:00' },
    });
    await page.goto('/settings');
    await expect.poll(() => page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Asia/Tokyo');
    await api.call('PATCH', '/api/me', { time_zone: 'America/Chicago' });
    const profile = await api.call<{ schedule: { time_zone: string } }>('GET', '/api/health/profile');
    expect(profile.schedule.time_zone).toBe('America/Chicago');
    await context.close();
  }, 60_000);
});
