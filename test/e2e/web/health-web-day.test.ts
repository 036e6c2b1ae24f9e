import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { blockingViolations as blocking, followNav, photograph, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';
import { morningZone } from './health-web.js';

describe('the health program in the web: a day lived in it, and its tracks in History', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  for (const size of [
    { name: 'phone', viewport: PHONE, id: 7704 },
    { name: 'desktop', viewport: DESKTOP, id: 7705 },
  ]) {
    it(`lives a day: a task’s how and why, a check-in that changes the plan, Accept, then a rest day (${size.name})`, async () => {
      const page = await stack.newPage(size.viewport);
      const errors = pageProblems(page);
      await signInByLink(stack, page, tgUser(size.id, 'Dana'));
      const api = apiAs(stack, await tokenOf(page.context()));
      await api.call('PUT', '/api/health/profile', {
        archetype: 'foundation_builder',
        schedule: { time_zone: morningZone(), wake: '06:00', sleep: '23:30' },
      });
      const planned = await api.call<{ tasks: Array<{ task_id: string }> }>('GET', '/api/health/plan/today');
      await page.goto('/health');
      // At about 9 in the morning, one "now" marker: on the block under way, or between two blocks.
      const now = page.locator('.timeline [aria-current="time"]');
      await now.waitFor();
      expect(await now.count()).toBe(1);
      expect(await now.locator('.timeline__now-badge').first().textContent()).toBe('Now');
      const first = page.locator('.task').first();
      await first.getByText('How and why').click();
      await first.getByRole('heading', { level: 4, name: 'How:' }).waitFor();
      expect(await first.locator('.task__guide ol > li').count()).toBeGreaterThan(0);
      await first.getByText('It counts as done when:').waitFor();
      await first.getByRole('heading', { level: 4, name: 'Get ready:' }).waitFor();
      // The guide links the pieces that explain the task: each opens to its text and its public sources.
      const reading = first.locator('.task__article').first();
      await reading.locator('summary').click();
      const source = reading.getByRole('link').first();
      await source.waitFor();
      expect(await source.getAttribute('href')).toMatch(
        /^https:\/\/([\w-]+\.)*(who\.int|nhs\.uk|cdc\.gov|nih\.gov|fda\.gov)\//,
      );

      const checkin = page.locator('form', { has: page.getByRole('heading', { name: 'Quick check-in' }) });
      const answer = async (energy: string, stress: string, sleep: string) => {
        await checkin
          .getByRole('group', { name: /energy/ })
          .getByRole('radio', { name: energy })
          .check();
        await checkin
          .getByRole('group', { name: /stressed/ })
          .getByRole('radio', { name: stress })
          .check();
        await checkin.getByRole('group', { name: /sleep/ }).getByRole('radio', { name: sleep }).check();
        await checkin.getByRole('button', { name: 'Save check-in' }).click();
      };
      await answer('5 · full of energy', '2 · a little', '4 · well');
      await checkin
        .getByRole('status')
        .getByText(/^✅ Check-in saved/)
        .waitFor();
      await settled(page);
      expect(await blocking(page)).toEqual([]);
      await answer('1 · drained', '2 · a little', '4 · well');
      await checkin
        .getByRole('status')
        .getByText(/suggests a change to today’s plan/)
        .waitFor();
      const changes = page.getByRole('region', { name: 'Plan changes' });
      await changes.getByText('waiting for you').waitFor();
      await settled(page);
      expect(await blocking(page)).toEqual([]);
      await photograph(page, `health-day-${size.name}`);
      await changes.getByRole('button', { name: '✅ Accept' }).click();
      await changes.getByText('accepted', { exact: true }).waitFor();
      expect(await changes.getByRole('button', { name: '✅ Accept' }).count()).toBe(0);

      await page.getByRole('button', { name: '🛌 Rest day' }).click();
      // Every task of the day gets the mark, the gentle session the accepted change added among them.
      const shown = await page.locator('li.task').count();
      expect(shown).toBeGreaterThanOrEqual(planned.tasks.length);
      await expect.poll(() => page.locator('.task--rest').count()).toBe(shown);
      // A day all marked gets out of the way: each block folds to its line, one tap to open again.
      const folded = page.locator('details.timeline__settled');
      await expect.poll(() => folded.count()).toBeGreaterThan(0);
      expect(await page.evaluate(`[...document.querySelectorAll('details.timeline__settled[open]')].length`)).toBe(0);
      expect(await page.locator('li.task').first().isVisible()).toBe(false);
      await expect
        .poll(() => page.getByRole('button', { name: '🛌 Rest day' }).getAttribute('aria-pressed'))
        .toBe('true');
      const marks = await api.call<{ tasks: Array<{ task_id: string; outcome: string | null }> }>(
        'GET',
        '/api/health/plan/today',
      );
      const outcomes = planned.tasks.map((task) => marks.tasks.find((mark) => mark.task_id === task.task_id)?.outcome);
      expect(new Set(outcomes)).toEqual(new Set(['rest']));
      expect(errors).toEqual([]);
      await page.context().close();
    }, 90_000);
  }

  it('in Russian: a guide, a check-in in the bot’s words, and Keep my plan leaves the plan as it was', async () => {
    const page = await stack.newPage(PHONE);
    const errors = pageProblems(page);
    await signInByLink(stack, page, tgUser(7707, 'Vika'));
    const api = apiAs(stack, await tokenOf(page.context()));
    await api.call('PATCH', '/api/me', { locale: 'ru' });
    await api.call('PUT', '/api/health/profile', {
      archetype: 'foundation_builder',
      schedule: { time_zone: morningZone(), wake: '06:00', sleep: '23:30' },
    });
    const before = await api.call<{ tasks: Array<{ duration_minutes: number }> }>('GET', '/api/health/plan/today');
    await page.goto('/health');
    const first = page.locator('.task').first();
    await first.getByText('Как и зачем').click();
    await first.getByRole('heading', { level: 4, name: 'Как:' }).waitFor();
    await first.getByRole('heading', { level: 4, name: 'Почитать:' }).waitFor();

    const checkin = page.locator('form', { has: page.getByRole('heading', { name: 'Быстрая отметка самочувствия' }) });
    const answer = async (energy: string) => {
      await checkin
        .getByRole('group', { name: /энергии/ })
        .getByRole('radio', { name: energy })
        .check();
      await checkin
        .getByRole('group', { name: /напряжён/ })
        .getByRole('radio', { name: '2 · немного' })
        .check();
      await checkin.getByRole('group', { name: /спал/ }).getByRole('radio', { name: '4 · хорошо' }).check();
      await checkin.getByRole('button', { name: 'Сохранить' }).click();
    };
    await answer('5 · полно сил');
    await checkin
      .getByRole('status')
      .getByText(/^✅ Отметка сохранена/)
      .waitFor();
    await answer('1 · без сил');
    await checkin
      .getByRole('status')
      .getByText(/план на сегодня стоит поменять/)
      .waitFor();
    const changes = page.getByRole('region', { name: 'Изменения плана' });
    await changes.getByText('ждёт твоего ответа').waitFor();
    await settled(page);
    expect(await blocking(page)).toEqual([]);
    await changes.getByRole('button', { name: '↩️ Оставить мой план' }).click();
    await changes.getByText('план оставлен', { exact: true }).waitFor();
    const after = await api.call<{ tasks: Array<{ duration_minutes: number }> }>('GET', '/api/health/plan/today');
    expect(after.tasks.map((task) => task.duration_minutes)).toEqual(before.tasks.map((task) => task.duration_minutes));

    // A sick day, in the bot's words: every task of the day gets the mark, and nothing counts against the person.
    const sick = page.getByRole('button', { name: '🤒 Болею' });
    await sick.click();
    await page.getByText('🤒 Больничный день. Отдыхай и поправляйся').first().waitFor();
    // The day's note may show before the button re-renders from the re-read plan.
    await expect.poll(() => sick.getAttribute('aria-pressed')).toBe('true');
    const marks = await api.call<{ tasks: Array<{ outcome: string | null }> }>('GET', '/api/health/plan/today');
    expect(new Set(marks.tasks.slice(0, before.tasks.length).map((task) => task.outcome))).toEqual(new Set(['sick']));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('shows the health tracks in History beside the recovery program’s, a task done there', async () => {
    const page = await stack.newPage(PHONE);
    const errors = pageProblems(page);
    await signInByLink(stack, page, tgUser(7706, 'Lena'));
    const api = apiAs(stack, await tokenOf(page.context()));
    await api.enroll('self_work');
    await api.checkIn();
    await api.call('PUT', '/api/health/profile', {
      archetype: 'foundation_builder',
      schedule: { time_zone: 'UTC', wake: '06:00', sleep: '23:30' },
    });
    const plan = await api.call<{ tasks: Array<{ task_id: string }> }>('GET', '/api/health/plan/today');
    await api.call('POST', `/api/health/plan/today/tasks/${encodeURIComponent(plan.tasks[0]!.task_id)}`, {
      outcome: 'done',
    });
    const health = await api.call<{ tracks: Array<{ name: string; points: unknown[] }> }>(
      'GET',
      '/api/tracks/history?program=health',
    );
    const moved = health.tracks.find((track) => track.points.length > 0)!;
    await page.reload();
    await followNav(page, 'History');
    const programs = page.getByRole('group', { name: 'Which program' });
    expect(await programs.getByRole('radio', { name: 'Recovery' }).isChecked()).toBe(true);
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.getByText(moved.name).count()).toBe(0);
    await programs.getByRole('radio', { name: 'Health' }).check();
    await table.getByText(moved.name).first().waitFor();
    await settled(page);
    expect(await blocking(page)).toEqual([]);
    await photograph(page, 'history-health-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
