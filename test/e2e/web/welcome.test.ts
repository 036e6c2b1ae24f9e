import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { blockingViolations as blocking, followNav, photograph, seedPerson, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';
import { goalWithStep, heading, NAV, signInInRussian as signInInRussianAt, SMALL_PHONE, spilling } from './home.js';

describe('the welcome: three ways in, in both languages, and a navigation that fits a small phone', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });
  const signInInRussian = (page: Parameters<typeof signInByLink>[1], person: ReturnType<typeof tgUser>) =>
    signInInRussianAt(stack, page, person);

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
