import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { finished, freePort, stepwise, waitFor } from './processes.js';

describe('npm start with TELEGRAM_BOT_TOKEN', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-tg-'));
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts the bot in the server, says so, answers a user, and stops cleanly', async () => {
    const child = stepwise(
      ['serve'],
      { PORT: '0', LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot },
      dir,
    );
    const done = finished(child);
    const banner = await waitFor(child, /interfaces.*\n/);
    expect(banner).toContain(`telegram    @${fake.bot.username} via long polling (${fake.apiRoot})`);
    const user = { id: 5001, first_name: 'Olga', language_code: 'ru' };
    fake.sendText(user, '/start');
    const [hello] = await fake.waitForMessages(user.id, 1, 10_000);
    expect(hello).toContain('Привет, Olga!');
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Stepwise stopped.');
  });

  it('stops cleanly on a SIGTERM that comes while the bot is still starting, once it is up', async () => {
    const port = await freePort();
    // Telegram answers slowly: the server listens (and /healthz answers) well before the bot is up.
    fake.setLatency(1_500);
    try {
      const child = stepwise(
        ['serve'],
        { PORT: String(port), LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot },
        dir,
      );
      const done = finished(child);
      await expect
        .poll(
          () =>
            fetch(`http://127.0.0.1:${port}/healthz`).then(
              (response) => response.status,
              () => 0,
            ),
          {
            timeout: 45_000,
            interval: 50,
          },
        )
        .toBe(200);
      child.kill('SIGTERM');
      const result = await done;
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Stepwise stopped.');
    } finally {
      fake.setLatency(0);
    }
  });

  it('refuses to start when the Bot API rejects the token, saying what to check', async () => {
    const result = await finished(
      stepwise(
        ['serve'],
        {
          PORT: '0',
          LOG_LEVEL: 'silent',
          TELEGRAM_BOT_TOKEN: '999:WRONG-token-aaaaaaaaaaaaaaaaaaaaaa',
          TELEGRAM_API_ROOT: fake.apiRoot,
        },
        dir,
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Stepwise cannot start the Telegram bot');
    expect(result.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(result.stderr).not.toContain('WRONG-token');
  });
});
