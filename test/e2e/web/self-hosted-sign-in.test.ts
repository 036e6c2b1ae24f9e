import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, ROOT } from '../processes.js';
import { DESKTOP, PHONE, startWebStack, type WebStack } from './stack.js';

/** Runs a command line as a person pastes it into a shell: only PATH and HOME besides what `env` adds. */
async function pasted(command: string, cwd: string, env: Record<string, string> = {}) {
  const child = spawn('bash', ['-c', command], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
  });
  return finished(child);
}

const signedIn = (page: Page) => page.getByRole('navigation', { name: 'Main' }).waitFor();

describe('signing in to a self-hosted server from its terminal (Chromium, the real server)', () => {
  let stack: WebStack;
  let port: string;
  beforeAll(async () => {
    stack = await startWebStack();
    port = new URL(stack.base).port;
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('prints a first-run link in the start banner on localhost, which signs this machine’s user in', async () => {
    const link = /first run\s+(\S+)/.exec(stack.banner)?.[1];
    expect(link, stack.banner).toMatch(/\/auth\/link\/[\w-]{43}$/);
    const page = await stack.newPage();
    await page.goto(`${stack.base}${new URL(link!).pathname}`);
    await signedIn(page);
    await page.context().close();
  }, 60_000);

  it('the command the banner prints, pasted in the server’s folder, gives a link that signs in', async () => {
    const command = /sign in\s+(.+?)\s{3}/.exec(stack.banner)?.[1];
    expect(command, stack.banner).toContain('login-link --local');
    const { code, stdout, stderr } = await pasted(command!, stack.dir);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`server http://127.0.0.1:${port}`);
    expect(stderr).toContain(`SQLite ${join(stack.dir, 'data', 'stepwise.db')}`);
    const page = await stack.newPage();
    await page.goto(stdout.trim());
    await signedIn(page);
    await page.context().close();
  }, 90_000);

  it('the command on the signed-out page, read on a phone as on a desktop, works as written from the repository folder', async () => {
    const commands: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await stack.newPage(viewport);
      await page.goto('/');
      const code = page.locator('.muted code').first();
      commands.push((await code.textContent()) ?? '');
      // All of it within the screen: a command cut at the phone's edge cannot be copied as written.
      const box = await code.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.context().close();
    }
    const [command] = commands;
    expect(command).toMatch(/^npx stepwise login-link/);
    expect(commands[1]).toBe(command);
    // The server's settings, as the folder's .env would give them to any command run there.
    const serverEnv = { DATABASE_URL: `sqlite:${join(stack.dir, 'data', 'stepwise.db')}`, PORT: port };
    const { code, stdout, stderr } = await pasted(command!, ROOT, serverEnv);
    expect(code, stderr).toBe(0);
    // The link opened on the phone signs in there.
    const phone = await stack.newPage(PHONE);
    await phone.goto(stdout.trim());
    await signedIn(phone);
    await phone.context().close();
  }, 90_000);

  it('refuses, naming the server and the database, when the link would be minted in another database', async () => {
    const otherEnv = { DATABASE_URL: `sqlite:${join(stack.dir, 'other.db')}`, PORT: port };
    const { code, stdout, stderr } = await pasted('npx stepwise login-link --local', ROOT, otherEnv);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`The server at http://127.0.0.1:${port} does not know this link`);
    expect(stderr).toContain(`SQLite ${join(stack.dir, 'other.db')}`);
  }, 60_000);

  it('refuses a Telegram id nobody with that id has used on this database, rather than minting a link for nobody', async () => {
    const serverEnv = { DATABASE_URL: `sqlite:${join(stack.dir, 'data', 'stepwise.db')}`, PORT: port };
    const { code, stdout, stderr } = await pasted('npx stepwise login-link --telegram-id 424242', ROOT, serverEnv);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('No Stepwise user is known as telegram 424242');
  }, 60_000);
});
