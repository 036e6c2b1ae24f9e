import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, signInByLink, tgUser, tokenOf } from './people.js';
import { startWebStack, type WebStack } from './stack.js';

describe('Settings → Your data in Chromium: download everything, erase everything', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('downloads the JSON and the page, then erases: signed out calmly, and nothing old works any more', async () => {
    const page = await stack.newPage();
    const link = await signInByLink(stack, page, tgUser(7301, 'Irina'));
    const token = await tokenOf(page.context());
    const api = apiAs(stack, token);
    await api.enroll();
    await api.checkIn('worried, steady, loved');
    const [cookie] = (await page.context().cookies()).filter((item) => item.name === 'stepwise_session');
    expect(cookie).toBeDefined();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Your data' });
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download everything (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^stepwise-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as { format: string };
    expect(exported.format).toBe('stepwise-export');
    expect(JSON.stringify(exported)).toContain('worried, steady, loved');
    await section
      .getByRole('status')
      .filter({ hasText: `Downloaded: ${json.suggestedFilename()}` })
      .waitFor();

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download as a page (Markdown)' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    const readable = await readFile(await markdown.path(), 'utf8');
    expect(readable).toContain('worried, steady, loved');
    // The exercise by its name, never its ids.
    expect(readable).toContain('### Emotional check-in');
    expect(readable).not.toMatch(/emotional_checkin|three_words/);

    await section.getByRole('button', { name: 'Erase everything' }).click();
    const ask = section.getByRole('group', { name: /cannot be undone/ });
    expect(await ask.textContent()).toContain('download it first');
    // The safe answer has the focus.
    await expect.poll(() => page.locator(':focus').textContent()).toBe('No, keep it');
    await ask.getByRole('button', { name: 'Yes, erase everything' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: 'Everything Stepwise kept about you is erased, and you’re signed out everywhere.' })
      .waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Stepwise' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    // Neither the old token, nor the old session cookie, nor the old link signs anyone in.
    expect((await fetch(`${stack.base}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    const session = await fetch(`${stack.base}/api/auth/session`, {
      method: 'POST',
      headers: { cookie: `stepwise_session=${cookie!.value}` },
    });
    expect(session.status).toBe(401);
    const again = await stack.newPage();
    await again.goto(link);
    await again.getByRole('alert').filter({ hasText: 'That sign-in link has expired or was already used' }).waitFor();
    await again.context().close();
    await page.context().close();
  }, 60_000);

  it('keeps everything when the person says no to erasing', async () => {
    const page = await stack.newPage();
    await signInByLink(stack, page, tgUser(7302, 'Karl'));
    const token = await tokenOf(page.context());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Your data' });
    await section.getByRole('button', { name: 'Erase everything' }).click();
    await section.getByRole('button', { name: 'No, keep it' }).click();
    // Focus goes back to the button that asked.
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Erase everything');
    expect((await fetch(`${stack.base}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await page.context().close();
  }, 30_000);
});
