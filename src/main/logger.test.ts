import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { asLog, createLogger } from './logger.js';

describe('logs', () => {
  it('hide user texts and secrets even if a field slips into a log call', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (buffer: Buffer) => (written += buffer.toString()));
    const log = asLog(createLogger('info', out));
    log.info(
      { event: 'x', title: 'My secret goal', apiKey: 'sk-123', nested: { text: 'a letter to my son', token: 't-1' } },
      'probe',
    );
    await new Promise((result) => setImmediate(result));
    expect(written).toContain('"event":"x"');
    for (const secret of ['My secret goal', 'sk-123', 'a letter to my son', 't-1'])
      expect(written).not.toContain(secret);
  });
});
