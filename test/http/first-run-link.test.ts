import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRunLink } from '../../src/main/sign-in-hint.js';
import { createTestApp, type TestApp } from '../factories/app.js';

/** The start banner's first-run link on localhost: a way in for this machine's user, made only when opened. */
describe('the first-run sign-in link', () => {
  // Two databases: one where nobody exists yet, one where the terminal chat already made this machine's user.
  let fresh: TestApp;
  let chatted: TestApp;
  beforeAll(async () => {
    fresh = await createTestApp();
    chatted = await createTestApp();
  }, 60_000);
  afterAll(async () => {
    await fresh?.dispose();
    await chatted?.dispose();
  });

  const codeOf = async (on: TestApp) => {
    const link = await firstRunLink(on, 3000);
    expect(link).toMatch(/\/auth\/link\/[\w-]{43}$/);
    return link!.slice(link!.lastIndexOf('/') + 1);
  };
  const machineUser = (on: TestApp) => on.stores.users.byIdentity('cli', userInfo().username);

  it('adds nobody to the database until it is opened, then signs in this machine’s user, once', async () => {
    const app = fresh;
    const code = await codeOf(app);
    expect(await machineUser(app)).toBeUndefined();
    expect(await app.signIn.linkUsable(code)).toBe(true);
    const grant = await app.signIn.redeemLink(code);
    expect(grant?.userId).toBe((await machineUser(app))?.id);
    expect(await app.signIn.redeemLink(code)).toBeUndefined();
    expect(await app.signIn.linkUsable(code)).toBe(false);
    // Signed in once: later starts print no link.
    expect(await firstRunLink(app, 3000)).toBeUndefined();
  });

  it('signs in the machine’s user the terminal chat already made, rather than another', async () => {
    const app = chatted;
    const made = await app.goals.ensureUser({ provider: 'cli', subject: userInfo().username, locale: 'en' });
    const grant = await app.signIn.redeemLink(await codeOf(app));
    expect(grant?.userId).toBe(made.id);
  });
});
