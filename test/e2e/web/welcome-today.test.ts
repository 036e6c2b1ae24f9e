import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { type AxeFinding, axeViolations, followNav, photograph, seedPerson, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';

const SMALL_PHONE = { width: 320, height: 640 };

/** axe-core's serious and critical findings (the ones that block, as in screens.test.ts). */
const blocking = async (page: Page): Promise<AxeFinding[]> =>
  (await axeViolations(page)).filter((finding) => ['serious', 'critical'].includes(finding.impact ?? ''));

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

type Api = ReturnType<typeof apiAs>;
interface GoalState {
  goal: { id: string };
  state: 'step' | 'question' | 'between' | 'closed';
  step: { text: string } | null;
  question: { choices: string[] } | null;
}

/** A new goal through the API, its questions answered with their first choice, up to its first step. */
async function goalWithStep(api: Api, title: string): Promise<GoalState> {
  let goal = await api.call<GoalState>('POST', '/api/goals', { title });
  for (let turn = 0; turn < 6 && goal.state !== 'step'; turn++) {
    const path = `/api/goals/${goal.goal.id}`;
    goal =
      goal.state === 'question'
        ? await api.call('POST', `${path}/clarification`, { answer: goal.question?.choices[0] ?? 'beginner' })
        : await api.call('POST', `${path}/step/next`);
  }
  expect(goal.state).toBe('step');
  return goal;
}

/** The navigation's items as a person sees them: label, where it leads, the heading there. */
const NAV = {
  en: {
    more: 'More',
    items: [
      { label: 'Today', path: '/', heading: 'Today' },
      { label: 'Goals', path: '/goals', heading: 'Goals' },
      { label: 'Recovery', path: '/recovery', heading: 'Recovery program' },
      { label: 'Health', path: '/health', heading: 'Health' },
      { label: 'History', path: '/history', heading: 'History' },
      { label: 'Settings', path: '/settings', heading: 'Settings' },
    ],
  },
  ru: {
    more: 'Ещё',
    items: [
      { label: 'Сегодня', path: '/', heading: 'Сегодня' },
      { label: 'Цели', path: '/goals', heading: 'Цели' },
      { label: 'Путь', path: '/recovery', heading: 'Программа восстановления' },
      { label: 'Здоровье', path: '/health', heading: 'Здоровье' },
      { label: 'История', path: '/history', heading: 'История' },
      { label: 'Настройки', path: '/settings', heading: 'Настройки' },
    ],
  },
} as const;

/** The bottom bar's visible items whose label spills out of its tab or whose tab leaves the screen. */
const spilling = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('.nav > ul > li > a, .nav__more-button')]
    .filter((item) => item.offsetParent !== null)
    .filter((item) => {
      const box = item.getBoundingClientRect();
      const label = [...item.querySelectorAll('.nav__label')].find((span) => span.offsetParent !== null);
      const text = label.getBoundingClientRect();
      return box.left < 0 || box.right > window.innerWidth || text.left < box.left || text.right > box.right;
    })
    .map((item) => item.textContent)`);

describe('the first hour: the welcome, Today, and a navigation that fits a small phone', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** Signs in (the bot's link) and switches the app to Russian, as Settings does. */
  const signInInRussian = async (page: Page, person: ReturnType<typeof tgUser>) => {
    await signInByLink(stack, page, person);
    await apiAs(stack, await tokenOf(page.context())).call('PATCH', '/api/me', { locale: 'ru' });
    await page.reload();
  };

  for (const size of [
    { name: 'phone', viewport: PHONE },
    { name: 'desktop', viewport: DESKTOP },
  ]) {
    it(`welcomes someone who has joined nothing with three ways in, each leading to its start (${size.name})`, async () => {
      const page = await stack.newPage(size.viewport);
      const errors = pageProblems(page);
      await signInByLink(stack, page, tgUser(size.name === 'phone' ? 7601 : 7602, 'Nina'));
      await heading(page, 'Where would you like to start?').waitFor();
      await page.getByText('one small step at a time').waitFor();
      await settled(page);
      expect(await blocking(page)).toEqual([]);
      await photograph(page, `welcome-${size.name}`);

      await page.getByRole('link', { name: 'Set a goal' }).click();
      await heading(page, 'Goals').waitFor();
      await page.getByRole('textbox', { name: 'What is your goal?' }).waitFor();

      await followNav(page, 'Today');
      await page.getByRole('link', { name: 'Start the health plan' }).click();
      await heading(page, 'Health').waitFor();
      await page.getByText('The health program isn’t set up yet.').waitFor();

      await followNav(page, 'Today');
      const recovery = page
        .getByRole('listitem')
        .filter({ hasText: 'Support for parents separated from their children' });
      await recovery.getByText('you are not alone').waitFor();
      await recovery.getByRole('link', { name: 'Learn about this program' }).click();
      await heading(page, 'Recovery program').waitFor();
      await page.getByRole('button', { name: '🧠 Self Work' }).waitFor();
      await settled(page);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 60_000);
  }

  it('sends the first screen’s JavaScript compressed, at most 150 kB on the wire, cached for good', async () => {
    const page = await stack.newPage(PHONE);
    const scripts: Array<{ url: string; encoding?: string; cache?: string; sent: Promise<number> }> = [];
    page.on('response', (response) => {
      if (!/\/assets\/.+\.js$/.test(response.url())) return;
      const headers = response.headers();
      const sent = response
        .request()
        .sizes()
        .then((sizes) => sizes.responseBodySize);
      scripts.push({
        url: response.url(),
        encoding: headers['content-encoding'],
        cache: headers['cache-control'],
        sent,
      });
    });
    await signInByLink(stack, page, tgUser(7615, 'Ilya'));
    await heading(page, 'Where would you like to start?').waitFor();
    await settled(page);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(['br', 'gzip'], script.url).toContain(script.encoding);
      expect(script.cache).toBe('public, max-age=31536000, immutable');
    }
    const bytes = (await Promise.all(scripts.map((script) => script.sent))).reduce((sum, size) => sum + size, 0);
    console.log(
      `initial JS: ${scripts.length} file(s), ${(bytes / 1000).toFixed(1)} kB on the wire (${scripts[0]!.encoding})`,
    );
    expect(bytes).toBeLessThanOrEqual(150_000);
    await page.context().close();
  }, 60_000);

  it('welcomes in Russian at 320 px in the dark theme, and a goal set from it turns home into Today', async () => {
    const page = await (await stack.newContext(SMALL_PHONE, { colorScheme: 'dark' })).newPage();
    const errors = pageProblems(page);
    await signInInRussian(page, tgUser(7603, 'Olga'));
    await heading(page, 'С чего начнём?').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await blocking(page)).toEqual([]);
    await page.getByRole('link', { name: 'Поставить цель' }).click();
    await heading(page, 'Цели').waitFor();
    await goalWithStep(apiAs(stack, await tokenOf(page.context())), 'Научиться играть на гитаре');
    await followNav(page, 'Сегодня');
    await heading(page, 'Сегодня').waitFor();
    await page.getByRole('heading', { level: 2, name: /Научиться играть на гитаре/ }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

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

  for (const [lang, id] of [
    ['ru', 7611],
    ['en', 7613],
  ] as const) {
    for (const width of [320, 360]) {
      it(`reaches every navigation item at ${width} px in ${lang}, More by the keyboard too`, async () => {
        const page = await stack.newPage({ width, height: 640 });
        const errors = pageProblems(page);
        const person = tgUser(id + (width === 320 ? 0 : 1), 'Vera');
        if (lang === 'ru') await signInInRussian(page, person);
        else await signInByLink(stack, page, person);
        await seedPerson(apiAs(stack, await tokenOf(page.context())));
        await page.reload();
        const nav = NAV[lang];
        await heading(page, nav.items[0].heading).waitFor();
        expect(await spilling(page)).toEqual([]);
        for (const item of nav.items) {
          await followNav(page, item.label, nav.more);
          await heading(page, item.heading).waitFor();
          expect(new URL(page.url()).pathname).toBe(item.path);
        }
        // More from the keyboard: Enter opens it, Escape closes it and gives the focus back.
        const more = page.getByRole('button', { name: nav.more });
        await more.focus();
        await page.keyboard.press('Enter');
        expect(await more.getAttribute('aria-expanded')).toBe('true');
        await page.keyboard.press('Tab');
        expect(await page.evaluate('document.activeElement?.getAttribute("href")')).toBe(nav.items[4].path);
        await page.keyboard.press('Escape');
        expect(await more.getAttribute('aria-expanded')).toBe('false');
        expect(await page.evaluate('document.activeElement?.getAttribute("aria-expanded")')).toBe('false');
        await more.press('Enter');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await heading(page, nav.items[4].heading).waitFor();
        if (lang === 'ru' && width === 320) {
          await more.click();
          await photograph(page, 'nav-more-phone-ru');
        }
        expect(errors).toEqual([]);
        await page.context().close();
      }, 60_000);
    }
  }
});
