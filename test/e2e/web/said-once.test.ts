import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, signInByLink, tgUser, tokenOf } from './people.js';
import { startWebStack, type WebStack } from './stack.js';

describe('each thing said once (Chromium, the real server)', () => {
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

  it('after Done, says the step is done and how to go on once each', async () => {
    const page = await stack.newPage();
    await signInByLink(stack, page, tgUser(7502, 'Oleg'));
    const api = apiAs(stack, await tokenOf(page.context()));
    type GoalReply = { goal: { id: string }; state: string; question?: { choices?: string[] } };
    let goal = await api.call<GoalReply>('POST', '/api/goals', { title: 'Learn to juggle' });
    for (let turn = 0; turn < 6 && goal.state === 'question'; turn++)
      goal = await api.call<GoalReply>('POST', `/api/goals/${goal.goal.id}/clarification`, {
        answer: goal.question?.choices?.[0] ?? 'beginner',
      });
    if (goal.state !== 'step') goal = await api.call<GoalReply>('POST', `/api/goals/${goal.goal.id}/step/next`);
    await page.goto('/goals');
    await page.getByRole('button', { name: '✅ Done' }).click();
    await page.getByRole('button', { name: '👣 Next step' }).waitFor();
    const said = (await page.locator('.current-goal p').allTextContents()).join('\n');
    expect(said).toContain('1 step done on «Learn to juggle»');
    // "Done" is said by the note, "ask for the next one" by the card: neither twice.
    expect(said.match(/next/gi), said).toHaveLength(1);
    expect(said.match(/step( is)? done/gi), said).toHaveLength(1);
    await page.context().close();
  }, 60_000);
});
