import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, signInByLink, tgUser, tokenOf } from './people.js';
import { startWebStack, type WebStack } from './stack.js';

describe('the health plan’s words (Chromium, the real server)', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('says each task’s load in a word, not the same archetype sentence under every task', async () => {
    const page = await stack.newPage();
    await signInByLink(stack, page, tgUser(7501, 'Nina'));
    const api = apiAs(stack, await tokenOf(page.context()));
    await api.call('POST', '/api/programs/health/enroll', {});
    await api.call('PUT', '/api/health/profile', {
      archetype: 'foundation_builder',
      schedule: { time_zone: 'UTC', wake: '07:00', sleep: '23:00' },
    });
    await page.goto('/health');
    const lines = page.locator('.task .task__title .muted');
    await lines.first().waitFor();
    const said = await lines.allTextContents();
    expect(said.length).toBeGreaterThan(1);
    for (const line of said) expect(line.trim()).toMatch(/^· \d+ min · (easy|moderate|hard)$/);
    await page.context().close();
  }, 60_000);
});
