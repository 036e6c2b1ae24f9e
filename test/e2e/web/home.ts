import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiAs, signInByLink, type tgUser, tokenOf } from './people.js';
import type { WebStack } from './stack.js';

// What the welcome's and Today's suites share: the smallest phone, a screen's heading, a goal brought to its first
// step through the API, the navigation's items in both languages and the check that none spills off a small screen.

export const SMALL_PHONE = { width: 320, height: 640 };

export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

export type Api = ReturnType<typeof apiAs>;
export interface GoalState {
  goal: { id: string };
  state: 'step' | 'question' | 'between' | 'closed';
  step: { text: string } | null;
  question: { choices: string[] } | null;
}

/** A new goal through the API, its questions answered with their first choice, up to its first step. */
export async function goalWithStep(api: Api, title: string): Promise<GoalState> {
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
export const NAV = {
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
export const spilling = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('.nav > ul > li > a, .nav__more-button')]
    .filter((item) => item.offsetParent !== null)
    .filter((item) => {
      const box = item.getBoundingClientRect();
      const label = [...item.querySelectorAll('.nav__label')].find((span) => span.offsetParent !== null);
      const text = label.getBoundingClientRect();
      return box.left < 0 || box.right > window.innerWidth || text.left < box.left || text.right > box.right;
    })
    .map((item) => item.textContent)`);

/** Signs in (the bot's link) and switches the app to Russian, as Settings does. */
export async function signInInRussian(stack: WebStack, page: Page, person: ReturnType<typeof tgUser>): Promise<void> {
  await signInByLink(stack, page, person);
  await apiAs(stack, await tokenOf(page.context())).call('PATCH', '/api/me', { locale: 'ru' });
  await page.reload();
}
