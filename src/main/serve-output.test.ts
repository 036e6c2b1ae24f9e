import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { heldUntilBanner } from './serve-output.js';

describe('the server’s log while it starts', () => {
  it('holds log lines until the banner is out, then writes them in order and lets later ones through', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const held = heldUntilBanner(out);
    const logger = createLogger('info', held.stream);
    logger.info({ event: 'first' }, 'one');
    logger.info({ event: 'second' }, 'two');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toBe('');
    out.write('Stepwise is running\n');
    held.release();
    logger.info({ event: 'third' }, 'three');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = written.trim().split('\n');
    expect(lines[0]).toBe('Stepwise is running');
    expect(lines.slice(1).map((line) => JSON.parse(line).event)).toEqual(['first', 'second', 'third']);
  });
});
