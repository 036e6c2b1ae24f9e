import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../processes.js';
import type { apiAs } from './people.js';

/** docs/screenshots/<screen>-<phone|desktop>.png, overwritten by every run. */
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** The main screens: the link that opens each in the navigation, and its heading. */
export const SCREENS = [
  { id: 'today', link: 'Today', heading: 'Today' },
  { id: 'recovery', link: 'Recovery', heading: 'Recovery program' },
  { id: 'goals', link: 'Goals', heading: 'Goals' },
  { id: 'history', link: 'History', heading: 'History' },
  { id: 'health', link: 'Health', heading: 'Health' },
  { id: 'settings', link: 'Settings', heading: 'Settings' },
] as const;

/**
 * Clicks a navigation item by its label; on a phone, items kept behind "More" are reached by opening it first
 * (`more`: its label, or both languages' by default). It waits for the navigation to show the item or "More" before
 * choosing: asked while the page still renders, neither is visible yet, and a desktop page has no "More" to wait for.
 */
export async function followNav(
  page: Page,
  label: string | RegExp,
  more: string | RegExp = /^(More|Ещё)$/,
): Promise<void> {
  const nav = page.getByRole('navigation', { name: /^(Main|Главное меню)$/ });
  const link = nav.getByRole('link', typeof label === 'string' ? { name: label, exact: true } : { name: label });
  const moreButton = nav.getByRole('button', { name: more });
  await link.or(moreButton).first().waitFor();
  if (!(await link.isVisible())) await moreButton.click();
  await link.click();
}

/** Opens a screen from the navigation and waits until nothing on it is loading any more. */
export async function openScreen(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  await followNav(page, screen.link);
  await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
  await settled(page);
}

/** No spinner on screen, fonts loaded (emoji included), the live socket ready when signed in. */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's violations on the page as it is now (WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.addScriptTag({ path: AXE });
  // Page code as text: the tests' TypeScript has no DOM types.
  return page.evaluate<AxeFinding[]>(`axe.run(document).then((result) =>
    result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    })))`);
}

/** axe-core's serious and critical findings on the page: the ones that block a person (the rest are advice). */
export const blockingViolations = async (page: Page): Promise<AxeFinding[]> =>
  (await axeViolations(page)).filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');

/**
 * How the first element matching `selector` (and holding `text`) looks, and what it is to a screen reader:
 * inside a live status region or not, its left frame's width, its background. Page code as text (no DOM types here).
 */
export const lookOf = (page: Page, selector: string, text = '') =>
  page.evaluate<{ inStatus: boolean; frame: string; background: string }>(`(() => {
    const element = Array.from(document.querySelectorAll(${JSON.stringify(selector)}))
      .find((candidate) => candidate.textContent.includes(${JSON.stringify(text)}));
    const style = getComputedStyle(element);
    return {
      inStatus: element.closest('[role=status]') !== null,
      frame: style.borderLeftWidth,
      background: style.backgroundColor,
    };
  })()`);

/** A viewport-only PNG of the page, for the docs. */
export async function photograph(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

type Api = ReturnType<typeof apiAs>;
interface GoalState {
  goal: { id: string };
  state: 'step' | 'question' | 'between' | 'closed';
  question: { choices: string[] } | null;
}

/**
 * Someone a few days into Stepwise, so every screen has something to show: the recovery program
 * with an exercise and things done outside the chat, a goal with a finished step, the health program.
 */
export async function seedPerson(api: Api): Promise<void> {
  await api.enroll('self_work');
  await api.checkIn('tired, hopeful, steady');
  for (const action of ['support_group_joined', 'memory_moment', 'case_note', 'reached_out']) await api.log(action);
  let goal = await api.call<GoalState>('POST', '/api/goals', {
    title: 'Learn to play guitar',
    description: 'I have an old acoustic guitar and I am a complete beginner',
  });
  const path = `/api/goals/${goal.goal.id}`;
  for (let turn = 0, done = 0; turn < 6 && !(done === 1 && goal.state === 'step'); turn++) {
    if (goal.state === 'question')
      goal = await api.call('POST', `${path}/clarification`, { answer: goal.question?.choices[0] ?? 'beginner' });
    else if (goal.state === 'step') {
      await api.call('POST', `${path}/step/done`);
      done += 1;
      goal = await api.call('POST', `${path}/step/next`);
    } else goal = await api.call('POST', `${path}/step/next`);
  }
  await api.call('POST', '/api/programs/health/enroll', {});
  await api.call('PUT', '/api/health/profile', {
    archetype: 'foundation_builder',
    schedule: { time_zone: 'UTC', wake: '07:00', sleep: '23:00' },
  });
}
