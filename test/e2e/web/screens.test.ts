import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, pageProblems, signInByLink, tgUser, tokenOf } from './people.js';
import { type AxeFinding, axeViolations, openScreen, photograph, SCREENS, seedPerson, settled } from './screens.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';

/** The photographed sizes in the light theme, and the dark theme checked at phone width. */
const SIZES = [
  { name: 'phone', viewport: PHONE, colorScheme: 'light', photos: true },
  { name: 'desktop', viewport: DESKTOP, colorScheme: 'light', photos: true },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark', photos: false },
] as const;

/** Serious and critical findings fail the test; the others are printed. */
const BLOCKING = ['serious', 'critical'];

describe('every main screen at phone and desktop widths: axe-core, and screenshots for the docs', () => {
  let stack: WebStack;
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-web-state-'));
  /** The signed-in person's browser state (the session cookie), reused by each width's context. */
  const signedIn = join(dir, 'state.json');
  const report: string[] = [];

  beforeAll(async () => {
    stack = await startWebStack();
    const context = await stack.newContext();
    const page = await context.newPage();
    await signInByLink(stack, page, tgUser(7401, 'Maria'));
    await seedPerson(apiAs(stack, await tokenOf(context)));
    await context.storageState({ path: signedIn });
    await context.close();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    rmSync(dir, { recursive: true, force: true });
    if (report.length) console.log(`axe-core (violations by impact):\n${report.join('\n')}`);
  });

  const check = (findings: AxeFinding[], where: string) => {
    const count = (impact: string) => findings.filter((finding) => finding.impact === impact).length;
    report.push(
      `  ${where.padEnd(26)} critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')}` +
        (findings.length ? ` (${findings.map((finding) => finding.id).join(', ')})` : ''),
    );
    return findings.filter((finding) => BLOCKING.includes(finding.impact ?? ''));
  };

  for (const size of SIZES) {
    it(`the signed-in screens: ${size.name} (${size.viewport.width}×${size.viewport.height})`, async () => {
      const context = await stack.newContext(size.viewport, { storageState: signedIn, colorScheme: size.colorScheme });
      const page = await context.newPage();
      // A normal walk logs nothing: no console error, no uncaught exception, no refused request (all joined).
      const errors = pageProblems(page, { everyProgramJoined: true });
      await page.goto('/');
      await page.locator('html[data-live="ready"]').waitFor({ state: 'attached' });
      const blocking: Record<string, AxeFinding[]> = {};
      for (const screen of SCREENS) {
        await openScreen(page, screen);
        if (screen.id === 'recovery') await page.getByRole('progressbar', { name: 'Self Work progress' }).waitFor();
        if (screen.id === 'history') await page.getByRole('table').waitFor();
        const found = check(await axeViolations(page), `${screen.id}-${size.name}`);
        if (found.length) blocking[screen.id] = found;
        if (size.photos) {
          await page.evaluate('window.scrollTo(0, 0)');
          await photograph(page, `${screen.id}-${size.name}`);
        }
      }
      // The question before erasing everything (Settings is the last screen).
      await page.getByRole('button', { name: 'Erase everything' }).click();
      const found = check(await axeViolations(page), `erase-ask-${size.name}`);
      if (found.length) blocking['erase-ask'] = found;
      await page.getByRole('button', { name: 'No, keep it' }).click();
      await context.close();
      expect(blocking).toEqual({});
      expect(errors).toEqual([]);
    }, 90_000);

    it(`the sign-in screen, plain and after a used link: ${size.name}`, async () => {
      const context = await stack.newContext(size.viewport, { colorScheme: size.colorScheme });
      const page = await context.newPage();
      const blocking: Record<string, AxeFinding[]> = {};
      for (const [name, path] of [
        ['signin', '/'],
        ['signin-expired', '/?signin=expired'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: 'Welcome to Stepwise' }).waitFor();
        await settled(page);
        const found = check(await axeViolations(page), `${name}-${size.name}`);
        if (found.length) blocking[name] = found;
        if (size.photos && name === 'signin') await photograph(page, `signin-${size.name}`);
      }
      await context.close();
      expect(blocking).toEqual({});
    }, 30_000);
  }
});
