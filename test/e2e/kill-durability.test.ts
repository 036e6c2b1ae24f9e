import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/dialect.js';
import { finished, stepwise, waitFor } from './processes.js';

const WRITERS = 8;

describe('kill -9 under load (the Stepwise server on its SQLite file)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses no action it acknowledged', async () => {
    const env = { PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' };
    const server = stepwise(['serve'], env, dir);
    const exited = finished(server);
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(await waitFor(server, /interfaces.*\n/, 110_000))![0];
    const token = (await finished(stepwise(['token', '--telegram-id', '9090'], { LOG_LEVEL: 'silent' }, dir))).stdout
      .trim()
      .split('\n')
      .at(-1)!;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const enrolled = await fetch(`${base}/api/programs/recovery/enroll`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ primary_track: 'self_work' }),
    });
    expect(enrolled.status).toBeLessThan(300);

    // Eight writers record actions as fast as the server answers; each 2xx is a promise kept.
    const acknowledged: string[] = [];
    let next = 0;
    const writer = async () => {
      for (;;) {
        const id = `kill-${next++}`;
        const answer = await fetch(`${base}/api/tracks/actions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ action_type: 'support_group_attended', source_id: id }),
        }).catch(() => undefined);
        if (!answer) return; // the server is gone
        if (answer.ok) acknowledged.push(id);
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 20));
    server.kill('SIGKILL');
    await Promise.all(writers);
    await exited;

    const database = openDatabase(`sqlite:${join(dir, 'data', 'stepwise.db')}`);
    try {
      const rows = await database.db.selectFrom('actions').select('source_id').execute();
      const stored = new Set(rows.map((row) => row.source_id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(200);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
