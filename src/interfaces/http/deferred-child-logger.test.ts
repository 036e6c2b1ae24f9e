import { PassThrough } from 'node:stream';
import Fastify, { LogController } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../main/logger.js';
import { deferredChildLogger } from './deferred-child-logger.js';

/** A server logging to memory with the request loggers made on first use, as the real one does. */
async function loggingServer(level: string) {
  const out = new PassThrough();
  const lines: Array<Record<string, unknown>> = [];
  out.on('data', (buffer: Buffer) => {
    for (const line of buffer.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
  });
  const http = Fastify({
    loggerInstance: createLogger(level, out),
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: deferredChildLogger,
  });
  http.get('/quiet', async () => ({ ok: true }));
  http.get('/talks', async (req) => {
    req.log.warn({ event: 'probe', title: 'My secret goal' }, 'a request says something');
    req.log.debug({ event: 'below the level' }, 'not written');
    return { level: req.log.level };
  });
  await http.ready();
  return { http, lines, flushed: () => new Promise((resolve) => setImmediate(resolve)) };
}

describe('request loggers made on first use', () => {
  it('write what a request logs with its request id, the service and the redaction, at the server’s level', async () => {
    const { http, lines, flushed } = await loggingServer('info');
    const first = await http.inject({ method: 'GET', url: '/talks' });
    const second = await http.inject({ method: 'GET', url: '/talks' });
    await flushed();
    expect(first.json()).toEqual({ level: 'info' });
    expect(second.statusCode).toBe(200);
    expect(lines.map((line) => line.event)).toEqual(['probe', 'probe']);
    expect(lines.map((line) => line.reqId)).toEqual(['req-1', 'req-2']);
    expect(lines[0]).toMatchObject({ service: 'stepwise', level: 40, msg: 'a request says something' });
    expect(JSON.stringify(lines)).not.toContain('My secret goal');
    await http.close();
  });

  it('write nothing for requests that log nothing', async () => {
    const { http, lines, flushed } = await loggingServer('trace');
    expect((await http.inject({ method: 'GET', url: '/quiet' })).statusCode).toBe(200);
    await flushed();
    expect(lines).toEqual([]);
    await http.close();
  });
});
