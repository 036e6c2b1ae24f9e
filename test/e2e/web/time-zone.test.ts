import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, linkFromBot, pageProblems, tgUser, tokenOf } from './people.js';
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
    const problems = pageProblems(page);
    await page.goto(await linkFromBot(stack, tgUser(id, name)));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return { context, page, problems, api: apiAs(stack, await tokenOf(context)) };
  };

  it('offers IANA names only with the browser’s zone first, saves a zone typed in full, and refuses one that is none', async () => {
    const { context, page, problems } = await signedInFromIndia(7401, 'Zara');
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
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the zone chosen in the health set-up in Settings: they are one setting', async () => {
    const { context, page, problems, api } = await signedInFromIndia(7402, 'Yusuf');
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
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('labels the History chart’s time axis in Russian 24-hour time and the account’s zone, as its table, not the browser’s', async () => {
    const { context, page, problems, api } = await signedInFromIndia(7403, 'Vadim');
    // The chart is a canvas: what uPlot writes on it is read where it writes it.
    await context.addInitScript(`{
      window.drawnTexts = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        window.drawnTexts.push(String(text));
        return fillText.call(this, text, ...rest);
      };
    }`);
    await api.call('PATCH', '/api/me', { locale: 'ru', time_zone: 'Europe/Moscow' });
    await api.enroll('self_work');
    await api.checkIn();
    await api.log('reached_out');
    const now = Date.now();
    await page.goto('/history');
    await page.getByRole('heading', { level: 1, name: 'История' }).waitFor();
    const firstCell = page.getByRole('table').locator('tbody tr td').first();
    await firstCell.waitFor();
    await expect.poll(() => page.evaluate<number>('window.drawnTexts.length')).toBeGreaterThan(0);
    const drawn = await page.evaluate<string[]>('window.drawnTexts');
    const times = drawn.filter((text) => !text.endsWith('%'));
    expect(times.length).toBeGreaterThan(1);
    // The points are seconds apart, so the axis spans about an hour: hours and minutes, 24-hour, no am/pm.
    for (const label of times) expect(label).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    // Moscow's hours around now (Kolkata, the browser's zone, is 2½ hours ahead of them).
    const moscow = (at: number) =>
      new Intl.DateTimeFormat('ru', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Moscow' }).format(at);
    const near = new Set([-1, 0, 1].map((hours) => moscow(now + hours * 3_600_000)));
    for (const label of times) expect(near).toContain(label.slice(0, 2));
    // The table below says the same hour.
    const tableHour = /(\d{2}):\d{2}/.exec(await firstCell.innerText())?.[1];
    expect(near).toContain(tableHour);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
