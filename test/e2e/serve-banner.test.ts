import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, stepwise, waitFor } from './processes.js';

describe('npm start prints its banner first', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-banner-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the banner before any log line, and the log lines (JSON) after it', { timeout: 60_000 }, async () => {
    const child = stepwise(['serve'], { PORT: '0', LOG_LEVEL: 'info' }, dir);
    const done = finished(child);
    await waitFor(child, /Server listening/, 45_000);
    child.kill('SIGTERM');
    const { code, signal, stdout, stderr } = await done;
    // A stop that does not end with exit 0 says how it ended and what it wrote last.
    expect({ code, signal }, `stdout: …${stdout.slice(-600)}\nstderr: …${stderr.slice(-600)}`).toEqual({
      code: 0,
      signal: null,
    });
    expect(stdout.startsWith('Stepwise is running\n')).toBe(true);
    const afterBanner = stdout.slice(stdout.indexOf('terminal chat: npm run chat\n') + 1).split('\n');
    const logLines = afterBanner.filter((line) => line.startsWith('{'));
    expect(logLines.map((line) => JSON.parse(line).msg)).toContain(
      `Server listening at ${/http:\/\/127\.0\.0\.1:\d+/.exec(stdout)![0]}`,
    );
    expect(stdout).toContain('npx stepwise token --telegram-id <id>, or --local for the terminal user');
    // Started with PORT in its environment and outside the package: the command says both.
    expect(stdout).toMatch(/ {2}sign in {5}PORT=\d+ node \S+\/bin\/stepwise\.js login-link --local /);
    expect(stdout).toMatch(/ {2}first run {3}http:\/\/127\.0\.0\.1:\d+\/auth\/link\/[\w-]{43} /);
  });
});
