import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { blockingViolations as blocking, photograph, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';
import { pageIn as pageInZone, type Profile } from './health-web.js';

describe('the health program in the web: started from the welcome, in both languages', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });
  const pageIn = (viewport: { width: number; height: number }, zone: string) => pageInZone(stack, viewport, zone);

  for (const size of [
    { name: 'phone', viewport: PHONE, zone: 'Asia/Almaty', id: 7701 },
    { name: 'desktop', viewport: DESKTOP, zone: 'America/Chicago', id: 7702 },
  ]) {
    it(`starts the plan from the welcome: the quiz, the suggested style, the day in the browser’s zone (${size.name})`, async () => {
      const page = await pageIn(size.viewport, size.zone);
      const errors = pageProblems(page);
      await signInByLink(stack, page, tgUser(size.id, 'Hana'));
      await page.getByRole('link', { name: 'Start the health plan' }).click();
      await page.getByRole('heading', { level: 2, name: 'Your style' }).waitFor();
      await page.getByText('The health program isn’t set up yet.').waitFor();
      const quiz = page.locator('form', { has: page.getByRole('heading', { name: 'Your style' }) });
      const questions = quiz.locator('fieldset');
      expect(await questions.count()).toBeGreaterThanOrEqual(6);
      await settled(page);
      expect(await blocking(page)).toEqual([]);
      const see = page.getByRole('button', { name: 'See my style' });
      expect(await see.isDisabled()).toBe(true);
      for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).getByRole('radio').first().check();
      await see.click();

      await page.getByText(/^Your style looks like: /).waitFor();
      const style = page.getByRole('group', { name: /^Style/ });
      const chosen = style.getByRole('radio', { checked: true });
      expect(await chosen.count()).toBe(1);
      expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(size.zone);
      await page.getByLabel('I usually get up at').fill('06:30');
      await page.getByLabel('I usually go to bed at').fill('22:30');
      await page.getByRole('checkbox', { name: 'I have set work hours' }).check();
      await page.getByLabel('Work starts').fill('08:00');
      await page.getByLabel('Work ends').fill('16:00');
      const notes = page.getByRole('group', { name: 'Anything about your health to keep in mind?' });
      await notes.getByRole('checkbox').first().check();
      await settled(page);
      expect(await blocking(page)).toEqual([]);
      await photograph(page, `health-setup-${size.name}`);
      await page.getByRole('button', { name: 'Start my plan' }).click();

      await page.getByRole('heading', { level: 2, name: 'Today’s plan' }).waitFor();
      const api = apiAs(stack, await tokenOf(page.context()));
      const profile = await api.call<Profile>('GET', '/api/health/profile');
      expect(profile.schedule).toMatchObject({
        time_zone: size.zone,
        wake: '06:30',
        sleep: '22:30',
        work: { start: '08:00', end: '16:00' },
      });
      expect(profile.notes).toHaveLength(1);
      // Starting the plan in the web joined the program: its tracks are there to move.
      await api.call('GET', '/api/tracks/progress?program=health');
      await settled(page);
      expect(await blocking(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 90_000);
  }

  it('starts the plan in Russian, choosing the style without the quiz, and changes the day later', async () => {
    const page = await pageIn(PHONE, 'Europe/Moscow');
    const errors = pageProblems(page);
    await signInByLink(stack, page, tgUser(7703, 'Irina'));
    const api = apiAs(stack, await tokenOf(page.context()));
    await api.call('PATCH', '/api/me', { locale: 'ru' });
    await page.goto('/health');
    await page.getByRole('heading', { level: 2, name: 'Твой стиль' }).waitFor();
    await page.getByText('Программа здоровья ещё не настроена.').waitFor();
    await page.getByRole('button', { name: 'Выбрать стиль самому' }).click();
    const style = page.getByRole('group', { name: /^Стиль/ });
    expect(await style.getByRole('radio', { checked: true }).count()).toBe(0);
    const start = page.getByRole('button', { name: 'Начать план' });
    expect(await start.isDisabled()).toBe(true);
    await style.getByRole('radio').nth(1).check();
    expect(await page.getByRole('combobox', { name: 'Часовой пояс' }).inputValue()).toBe('Europe/Moscow');
    await settled(page);
    expect(await blocking(page)).toEqual([]);
    await photograph(page, 'health-setup-phone-ru');
    await start.click();
    await page.getByRole('heading', { level: 2, name: 'План на сегодня' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Быстрая отметка самочувствия' }).waitFor();
    expect((await api.call<Profile>('GET', '/api/health/profile')).archetype).not.toBeNull();

    // Later, the day changes: the same form, filled with what was saved.
    await page.getByRole('button', { name: 'Изменить стиль, день или заметки о здоровье' }).click();
    const wake = page.getByLabel('Обычно встаю в');
    expect(await wake.inputValue()).toBe('07:00');
    await wake.fill('05:45');
    await settled(page);
    expect(await blocking(page)).toEqual([]);
    await page.getByRole('button', { name: 'Сохранить и пересобрать план' }).click();
    await page.getByRole('button', { name: 'Изменить стиль, день или заметки о здоровье' }).waitFor();
    await page.getByText(/подъём в 05:45/).waitFor();
    expect((await api.call<Profile>('GET', '/api/health/profile')).schedule.wake).toBe('05:45');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
