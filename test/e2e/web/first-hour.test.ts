import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { type AxeFinding, axeViolations, followNav, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';

/** The widths and themes each flow runs at. */
const SIZES = [
  { name: 'phone', viewport: PHONE, colorScheme: 'light' },
  { name: 'desktop', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
] as const;

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
};
const overlap = (one: Box, other: Box) =>
  one.x < other.x + other.width &&
  other.x < one.x + one.width &&
  one.y < other.y + other.height &&
  other.y < one.y + one.height;
/** The labels' tops, rounded: one distinct value is one row. */
const rowsOf = async (labels: Locator) =>
  new Set((await labels.all().then((all) => Promise.all(all.map(boxOf)))).map((box) => Math.round(box.y))).size;

const blocking = (findings: AxeFinding[]) =>
  findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');

describe('the first hour in the web app (real server, SQLite file, Chromium)', () => {
  let stack: WebStack;
  let people = 7600;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** A signed-in person at that size, their API, and every console error and page error the app logs. */
  const open = async (size: (typeof SIZES)[number] = SIZES[1], locale: 'en' | 'ru' = 'en') => {
    const context = await stack.newContext(size.viewport, { colorScheme: size.colorScheme });
    const page = await context.newPage();
    const errors = pageProblems(page);
    await signInByLink(stack, page, tgUser(++people, 'Ola'));
    const api = apiAs(stack, await tokenOf(context));
    if (locale === 'ru') {
      await api.call('PATCH', '/api/me', { locale: 'ru' });
      await page.reload();
    }
    await page.locator('html[data-live="ready"]').waitFor({ state: 'attached' });
    return { page, api, errors };
  };
  // On a phone, History and Settings sit behind "More", and the items show their short names.
  const goTo = async (page: Page, link: string | RegExp, heading: string) => {
    await followNav(page, link);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await settled(page);
  };

  for (const [locale, texts] of [
    [
      'en',
      {
        goals: 'Goals',
        title: 'Learn a new language',
        tap: 'Spanish',
        tapGroup: 'Tap an answer',
        own: 'Your answer',
        send: 'Answer',
        typed: 'Portuguese, to talk with my in-laws',
      },
    ],
    [
      'ru',
      {
        goals: 'Цели',
        title: 'Выучить иностранный язык',
        tap: 'Испанский',
        tapGroup: 'Выбери ответ',
        own: 'Твой ответ',
        send: 'Ответить',
        typed: 'Португальский, чтобы говорить с роднёй',
      },
    ],
  ] as const)
    it(`shows the coach’s question with its choices as buttons: a tap answers, typing still works (${locale}, ${locale === 'en' ? 'phone' : 'desktop'})`, async () => {
      const { page, api, errors } = await open(locale === 'en' ? SIZES[0] : SIZES[1], locale);
      const first = await api.call<{ goal: { id: string } }>('POST', '/api/goals', { title: texts.title });
      await goTo(page, texts.goals, texts.goals);
      const question = page.getByRole('group', { name: /A question first|Сначала вопрос/ });
      await question.waitFor();
      expect(await question.innerText()).not.toContain('•');
      const choices = question.getByRole('group', { name: texts.tapGroup }).getByRole('button');
      expect(await choices.count()).toBeGreaterThan(2);
      expect(blocking(await axeViolations(page))).toEqual([]);
      await choices.filter({ hasText: texts.tap }).click();
      // Answered: the question makes way for the first step.
      await expect.poll(() => question.count()).toBe(0);
      await page.locator('.step__text').first().waitFor();

      await api.call('POST', '/api/goals', { title: texts.title });
      await page.reload();
      await question.waitFor();
      await question.getByRole('textbox', { name: texts.own }).fill(texts.typed);
      await question.getByRole('button', { name: texts.send }).click();
      await expect.poll(() => question.count()).toBe(0);
      expect(first.goal.id).toBeTruthy();
      expect(errors).toEqual([]);
      await page.context().close();
    }, 90_000);

  for (const size of SIZES)
    it(`lines up the choice chips, keeps notes off the title, and shows where a new goal starts: ${size.name}`, async () => {
      const { page, api, errors } = await open(size);
      // Settings: the language chips sit on one row, each radio level with its words.
      await goTo(page, 'Settings', 'Settings');
      const language = page.getByRole('group', { name: 'Language' }).locator('label.choice');
      expect(await rowsOf(language)).toBe(1);
      for (const label of await language.all()) {
        const [radio, words] = [await boxOf(label.locator('input')), await boxOf(label.locator('span'))];
        expect(Math.abs(radio.y + radio.height / 2 - (words.y + words.height / 2))).toBeLessThan(2);
      }
      // A check-in's 1–10 scale is one row, even on a phone.
      await api.enroll('self_work');
      await goTo(page, 'Recovery', 'Recovery program');
      await page.getByRole('button', { name: /^Start: Emotional check-in 5 min$/ }).click();
      const mood = page.getByRole('radiogroup', { name: /How is your mood/ }).locator('label.choice');
      await mood.first().waitFor();
      expect(await mood.count()).toBe(10);
      expect(await rowsOf(mood)).toBe(1);
      expect(blocking(await axeViolations(page))).toEqual([]);

      // A second goal: the first one is paused, and the screen says so and where to resume it.
      // Someone with a few goals already: the list is long, and the form sits below it.
      for (const title of ['Read 12 books', 'Call grandma weekly', 'Fix the bike', 'Learn to juggle'])
        await api.call('POST', '/api/goals', { title });
      await goTo(page, 'Goals', 'Goals');
      await page.getByRole('button', { name: '➕ New goal' }).click();
      await page.getByRole('textbox', { name: 'What is your goal?' }).fill('Run a 5k in the spring');
      await page.getByRole('button', { name: '➕ Create goal' }).click();
      const toast = page
        .getByTestId('live-announcements')
        .getByText('🎯 New goal: «Run a 5k in the spring». Let’s begin.');
      await toast.waitFor();
      await page.getByText('«Learn to juggle» is paused, with its steps kept.').waitFor();
      // The new goal's step or question is on screen, and the form is closed.
      const card = page.locator('.current-goal');
      await card.getByRole('heading', { name: '🎯 Run a 5k in the spring' }).waitFor();
      const shown = card.locator('.step__text, .question__text').first();
      await shown.waitFor();
      const viewport = page.viewportSize()!;
      const step = await boxOf(shown);
      expect(step.y).toBeGreaterThanOrEqual(0);
      expect(step.y + Math.min(step.height, 40)).toBeLessThanOrEqual(viewport.height);
      expect(await page.getByRole('textbox', { name: 'What is your goal?' }).count()).toBe(0);
      // The note covers neither the title nor the header, at the top of the page.
      await page.evaluate('window.scrollTo(0, 0)');
      const heading = await boxOf(page.getByRole('heading', { level: 1 }));
      const topbar = await boxOf(page.locator('.topbar'));
      const note = await boxOf(toast);
      expect(overlap(note, heading)).toBe(false);
      expect(overlap(note, topbar)).toBe(false);
      // Resumed where the notice said: the paused goal is the current one again, and the notice is gone.
      await page
        .locator('li.goal')
        .filter({ hasText: 'Learn to juggle' })
        .getByRole('button', { name: 'Work on this' })
        .click();
      await card.getByRole('heading', { name: '🎯 Learn to juggle' }).waitFor();
      expect(await page.getByText('is paused, with its steps kept.').count()).toBe(0);
      expect(blocking(await axeViolations(page))).toEqual([]);

      // A task marked done in the health plan says so and takes less room.
      await api.call('POST', '/api/programs/health/enroll', {});
      await api.call('PUT', '/api/health/profile', {
        archetype: 'foundation_builder',
        schedule: { time_zone: 'UTC', wake: '07:00', sleep: '23:00' },
      });
      await goTo(page, 'Health', 'Health');
      const task = page.locator('li.task').first();
      await task.waitFor();
      const before = await boxOf(task);
      await task.getByRole('button', { name: '✅ Done' }).click();
      await task.getByText('✅ Done today').waitFor();
      expect(await task.locator('.task__description').count()).toBe(0);
      expect((await boxOf(task)).height).toBeLessThan(before.height);
      expect(blocking(await axeViolations(page))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);

  for (const [locale, texts] of [
    [
      'en',
      {
        size: SIZES[0],
        program: 'Recovery',
        heading: 'Recovery program',
        no: '👎 Not for me',
        another: 'Noted — here is something different to try.',
        none: 'That was the last idea for today',
        exercises: '🧩 All exercises',
        exercisesHeading: 'Guided exercises',
      },
    ],
    [
      'ru',
      {
        size: SIZES[1],
        program: /^(Восстановление|Путь)$/,
        heading: 'Программа восстановления',
        no: '👎 Не то',
        another: 'Учту — вот кое-что другое.',
        none: 'На сегодня идеи закончились',
        exercises: '🧩 Все упражнения',
        exercisesHeading: 'Упражнения с подсказками',
      },
    ],
  ] as const)
    it(`offers a different next action after “not for me”, and says kindly when none is left (${locale}, ${texts.size.name})`, async () => {
      const { page, api, errors } = await open(texts.size, locale);
      await api.enroll('self_work');
      // Most ideas are declined through the API (each track keeps its shown one and two others), so the page walks the
      // last ones: the same screens and answers as declining thirty by hand, in a fraction of the time.
      const progress = await api.call<{ tracks: Record<string, unknown> }>(
        'GET',
        `/api/tracks/progress?program=recovery&lang=${locale}`,
      );
      for (const track of Object.keys(progress.tracks)) {
        const query = `program=recovery&lang=${locale}&track=${track}`;
        const { others } = await api.call<{ others: { id: string; track: string; reason: string }[] }>(
          'GET',
          `/api/tracks/suggestions/others?${query}`,
        );
        for (const other of others.slice(2))
          await api.call('POST', '/api/tracks/suggestions/feedback?program=recovery', {
            track: other.track,
            suggestion_id: other.id,
            reason: other.reason,
            helpful: false,
          });
      }
      await page.reload();
      await goTo(page, texts.program, texts.heading);
      const box = page.locator('.next').first();
      const text = box.locator('.next__text');
      const seen = [await text.innerText()];
      await box.getByRole('button', { name: texts.no }).click();
      await box.getByText(texts.another).waitFor();
      await expect.poll(() => text.innerText()).not.toBe(seen[0]);
      seen.push(await text.innerText());
      expect(blocking(await axeViolations(page))).toEqual([]);
      for (let turn = 0; turn < 40 && (await box.getByText(texts.none).count()) === 0; turn++) {
        const shown = await text.innerText();
        await box.getByRole('button', { name: texts.no }).click();
        await expect
          .poll(async () => (await box.getByText(texts.none).count()) > 0 || (await text.innerText()) !== shown)
          .toBe(true);
        if ((await box.getByText(texts.none).count()) === 0) seen.push(await text.innerText());
      }
      await box.getByText(texts.none).waitFor();
      // Nothing left: not the idea just declined once more, but the way to every exercise.
      expect(await text.count()).toBe(0);
      expect(await box.getByRole('button', { name: texts.no }).count()).toBe(0);
      expect(blocking(await axeViolations(page))).toEqual([]);
      await box.getByRole('button', { name: texts.exercises }).click();
      await expect
        .poll(() => page.evaluate('document.activeElement?.tagName + " " + document.activeElement?.textContent'))
        .toBe(`H2 ${texts.exercisesHeading}`);
      await page
        .getByRole('button', { name: /^(Start|Начать):/ })
        .first()
        .waitFor();
      console.log(`${locale}: ${new Set(seen).size} different next actions before none was left`);
      expect(new Set(seen).size).toBeGreaterThan(2);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
});
