import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { blockingViolations as blocking, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';
import { goalWithStep, heading } from './home.js';

describe('Today: what to do now, each program’s next thing, kept current', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });
  it('shows the active goal’s current step on Today, and Done moves it on to the next step', async () => {
    const page = await stack.newPage(PHONE);
    const errors = pageProblems(page);
    await signInByLink(stack, page, tgUser(7604, 'Oleg'));
    const goal = await goalWithStep(apiAs(stack, await tokenOf(page.context())), 'Learn to play guitar');
    await page.reload();
    await heading(page, 'Today').waitFor();
    const card = page.getByRole('region', { name: /Learn to play guitar/ });
    await card.getByText(goal.step!.text, { exact: true }).waitFor();
    await card.getByText('0 steps done').waitFor();
    await settled(page);
    expect(await blocking(page)).toEqual([]);

    await card.getByRole('button', { name: /^Done/ }).click();
    await card.getByText('1 step done').waitFor();
    await card.getByRole('status').getByText('Well done. The step is saved.').waitFor();
    // A moment, not a line: a card of its own that moves in, and stays still for someone who asked for less motion.
    await card.locator('.celebration').waitFor();
    const animation = () => page.evaluate(`getComputedStyle(document.querySelector('.celebration')).animationName`);
    // The stack's pages ask for reduced motion (steady screenshots): the card stands still there.
    expect(await animation()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await animation()).toBe('celebration-in');
    // The day adds up: what was done is listed under what to do now.
    await page.getByRole('region', { name: 'Done today' }).getByText(`🎯 ${goal.step!.text}`).waitFor();
    await card.getByRole('button', { name: 'Show my next step' }).click();
    const next = card.getByRole('button', { name: /^Done/ }).or(card.getByRole('link', { name: 'Answer it' }));
    await next.first().waitFor();
    expect(await card.getByText(goal.step!.text, { exact: true }).count()).toBe(0);
    // The programs not joined are a quiet link each, not an error.
    const start = page.getByRole('navigation', { name: 'You can also start' });
    await start.getByRole('link', { name: 'A daily health plan' }).waitFor();
    await start.getByRole('link', { name: 'Support for parents separated from their children' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  for (const size of [
    { name: 'phone', viewport: PHONE },
    { name: 'desktop', viewport: DESKTOP },
  ]) {
    it(`lists today’s open health tasks with the next one marked, and marking it done moves on (${size.name})`, async () => {
      const page = await stack.newPage(size.viewport);
      const errors = pageProblems(page);
      await signInByLink(stack, page, tgUser(size.name === 'phone' ? 7605 : 7606, 'Petra'));
      const api = apiAs(stack, await tokenOf(page.context()));
      await api.call('POST', '/api/programs/health/enroll', {});
      await api.call('PUT', '/api/health/profile', {
        archetype: 'foundation_builder',
        schedule: { time_zone: 'UTC', wake: '07:00', sleep: '23:00' },
      });
      await page.reload();
      const card = page.getByRole('region', { name: /Today’s health plan/ });
      const bar = card.getByRole('progressbar', { name: 'Today’s health plan progress' });
      await bar.waitFor();
      expect(await bar.getAttribute('aria-valuenow')).toBe('0');
      const next = card.locator('.today-task--next');
      expect(await next.count()).toBe(1);
      expect(await next.locator('.badge').textContent()).toMatch(/^(Now|Next)$/);
      const first = await next.locator('.today-task__title').textContent();
      await settled(page);
      expect(await blocking(page)).toEqual([]);

      await next.getByRole('button', { name: /^Mark as done/ }).click();
      await expect.poll(() => bar.getAttribute('aria-valuenow')).not.toBe('0');
      await expect.poll(() => next.locator('.today-task__title').textContent()).not.toBe(first);
      expect(await card.getByText(first!, { exact: true }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 60_000);
  }

  it('updates Today when the socket reports progress made elsewhere, without a reload', async () => {
    const page = await stack.newPage(PHONE);
    await signInByLink(stack, page, tgUser(7607, 'Roman'));
    const api = apiAs(stack, await tokenOf(page.context()));
    await api.enroll('self_work');
    await page.reload();
    await page.locator('html[data-live="ready"]').waitFor({ state: 'attached' });
    const bar = page.getByRole('progressbar', { name: 'Recovery program progress' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    // The focus track's next action, with its one way to act.
    const progress = await api.call<{ tracks: Record<string, { next_action: { suggestion: string } }> }>(
      'GET',
      '/api/tracks/progress?program=recovery',
    );
    const card = page.locator('section.today-card').filter({ has: bar });
    await card.getByText('Your focus: 🧠 Self Work').waitFor();
    await card.getByText(progress.tracks.self_work!.next_action.suggestion, { exact: true }).waitFor();
    await card
      .getByRole('link', { name: 'Open the program' })
      .or(card.getByRole('button', { name: /^I did it/ }))
      .waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    // Another device: a check-in counted through the API, which the socket reports.
    await api.checkIn();
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 5_000 }).not.toBe('0');
    expect(navigations).toEqual([]);
    await page.context().close();
  }, 60_000);
});
