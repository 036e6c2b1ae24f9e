import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, stepwise, waitFor } from './processes.js';

/** Does anything accept a connection on this port now? */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

// HEALTH_PORT: a real `stepwise serve` with the operations endpoints on a listener of their own.
describe('the health listener (HEALTH_PORT)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-health-port-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers /healthz, /readyz and /metrics as the main port does, nothing else, and closes on SIGTERM', async () => {
    const token = (await finished(stepwise(['token', '--local'], { LOG_LEVEL: 'silent' }, dir))).stdout
      .trim()
      .split('\n')
      .at(-1)!;
    const env = { PORT: '0', HEALTH_PORT: '0', LOG_LEVEL: 'silent', SHUTDOWN_GRACE_SECONDS: '10' };
    const child = stepwise(['serve'], env, dir);
    const done = finished(child);
    const banner = await waitFor(child, /interfaces.*\n/, 110_000);
    const main = `http://127.0.0.1:${/listening +http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]}`;
    const healthPort = Number(/health +http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]);
    const health = `http://127.0.0.1:${healthPort}`;

    for (const path of ['/healthz', '/readyz']) {
      const [onMain, onHealth] = await Promise.all([fetch(main + path), fetch(health + path)]);
      expect([onHealth.status, await onHealth.json()], path).toEqual([onMain.status, await onMain.json()]);
    }
    expect((await fetch(`${health}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${health}/readyz`)).json()).toMatchObject({ status: 'ready' });
    expect(await (await fetch(`${health}/metrics`)).text()).toContain('stepwise_coach_fallback_total');
    // The API, its documents and the web app are served on the main port only.
    const headers = { authorization: `Bearer ${token}` };
    expect((await fetch(`${main}/api/me`, { headers })).status).toBe(200);
    for (const path of ['/api/me', '/api/docs/openapi.json', '/']) {
      const answer = await fetch(health + path, { headers });
      expect([answer.status, await answer.json()], path).toEqual([
        404,
        expect.objectContaining({ error: 'not_found' }),
      ]);
    }

    // A request still in flight on the main port (its body held back) keeps the process in its grace…
    const held = connect({ host: '127.0.0.1', port: Number(new URL(main).port) });
    held.on('error', () => undefined);
    held.write(
      `PATCH /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 15\r\n\r\n{"locale"',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    // …while the health port already refuses connections: a load balancer's probe fails and it sends no more traffic.
    const deadline = Date.now() + 5_000;
    while ((await accepts(healthPort)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(child.exitCode, 'still shutting down').toBeNull();
    expect(await accepts(healthPort)).toBe(false);
    held.end(':"ru"}');
    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Stepwise stopped.');
  });

  it('is off unless set: the banner names no health listener', async () => {
    const child = stepwise(['serve'], { PORT: '0', LOG_LEVEL: 'silent' }, dir);
    const done = finished(child);
    const banner = await waitFor(child, /interfaces.*\n/, 110_000);
    expect(banner).not.toMatch(/^ {2}health /m);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });

  it('refuses a malformed HEALTH_PORT, or the same port as PORT, with the other settings’ problems', async () => {
    const malformed = await finished(stepwise(['serve'], { HEALTH_PORT: 'nine', LOG_LEVEL: 'silent' }, dir));
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('HEALTH_PORT: expected a whole number from 0 to 65535');
    expect(malformed.stderr).toContain('(got "nine")');
    const clash = await finished(stepwise(['serve'], { PORT: '8123', HEALTH_PORT: '8123', LOG_LEVEL: 'silent' }, dir));
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('HEALTH_PORT: must differ from PORT (8123)');
  });

  it('says the health port is taken, in one line, and does not start', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await finished(
        stepwise(['serve'], { PORT: '0', HEALTH_PORT: String(port), LOG_LEVEL: 'silent' }, dir),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `Stepwise cannot listen on 127.0.0.1:${port} (HEALTH_PORT, for health checks): the port is taken (set HEALTH_PORT to another one)\n`,
      );
      expect(result.stdout).not.toContain('Stepwise is running');
    } finally {
      taken.close();
    }
  });
});
