import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTelegram, pageProblems, signInByLink, tgUser } from './people.js';
import { startWebStack, type WebStack } from './stack.js';

describe('notes about changes made elsewhere (Chromium, the real server, the fake Bot API)', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('names the track in the person’s words on a screen that never read the program list', async () => {
    const vera = tgUser(7301, 'Vera');
    const chat = inTelegram(stack, vera);
    await chat.say('/recovery', 2);
    await chat.press('primary:self_work', 2);
    const page = await stack.newPage();
    const problems = pageProblems(page);
    await signInByLink(stack, page, vera);
    // A fresh load of Settings: nothing on it reads the programs, so no track name is cached.
    await page.goto('/settings');
    await page.locator('html[data-live="ready"]').waitFor({ state: 'attached' });

    await chat.say('/log');
    await chat.press('act:calm_moment');
    const notes = page.getByTestId('live-announcements');
    await notes.getByText(/: 0% → \d+%/).waitFor();
    const text = await notes.textContent();
    expect(text).not.toContain('self_work');
    expect(text).toMatch(/🧠 Self Work: 0% → \d+%/);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
