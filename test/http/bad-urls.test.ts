import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { httpBytes, rawRequest } from './raw-http.js';

const get = (method: string, path: string, headers: Record<string, string> = {}) => httpBytes(method, path, headers);

describe('refusals made before any route runs (a real port)', () => {
  let api: ApiHarness;
  let port: number;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startApi('sqlite');
    await api.http.listen({ host: '127.0.0.1', port: 0 });
    port = (api.http.server.address() as { port: number }).port;
    auth = { authorization: `Bearer ${api.token((await api.user(7301)).id)}` };
  }, 120_000);
  afterAll(() => api?.dispose());

  /** Sends, and checks the one error shape: JSON, `error` and `message` only, and the path never echoed. */
  const refusal = async (bytes: string | Buffer, echo: string) => {
    const answer = await rawRequest(port, bytes);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(answer.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['error', 'message']);
    expect(answer.body).not.toContain(echo);
    expect(answer.body).not.toContain('secret');
    return { status: answer.status, ...body };
  };

  it('answers a broken %-escape with 400 invalid_url, never the path', async () => {
    for (const path of ['/api/entries/%', '/api/entries/%zz-secret', '/api/entries/%E0%A4%A-secret'])
      expect(await refusal(get('DELETE', path, auth), '/api/entries')).toEqual({
        status: 400,
        error: 'invalid_url',
        message: 'the URL path has a broken %-escape: "%" must be followed by two hex digits that spell UTF-8',
      });
  });

  it('answers an over-long id with 414 uri_too_long', async () => {
    const id = `secret-${'a'.repeat(200)}`;
    expect(await refusal(get('DELETE', `/api/entries/${id}`, auth), id)).toEqual({
      status: 414,
      error: 'uri_too_long',
      message: 'a part of the URL path is over 100 characters',
    });
  });

  it('answers an over-long URL or headers with 431 headers_too_large, readable even mid-send', async () => {
    const expected = {
      status: 431,
      error: 'headers_too_large',
      message: 'the URL and headers together are over 16 KB; send a shorter URL or fewer headers',
    };
    const long = `secret${'b'.repeat(20_000)}`;
    expect(await refusal(get('GET', `/api/entries/${long}`, auth), long.slice(0, 40))).toEqual(expected);
    expect(await refusal(get('GET', `/api/entries?q=${'c'.repeat(200_000)}`, auth), 'ccc')).toEqual(expected);
    expect(await refusal(get('GET', '/api/entries', { ...auth, 'x-big': long }), long.slice(0, 40))).toEqual(expected);
  });

  it('answers a 10 MB header sent over 3 s with 431, never resetting the client while it still sends', async () => {
    // Half-open allowed: like curl, the client goes on sending after the server's answer and FIN.
    const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    let received = '';
    const failures: string[] = [];
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => failures.push(error.code ?? error.message));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: `);
    const piece = 'z'.repeat(350 * 1024);
    for (let sent = 0; sent < 30 && !socket.destroyed; sent++) {
      socket.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    socket.end('\r\n\r\n');
    await closed;
    expect(failures).toEqual([]);
    expect(received).toMatch(/^HTTP\/1\.1 431 /);
    expect(received).toContain('"error":"headers_too_large"');
  }, 30_000);

  it('answers what is not HTTP at all with 400 bad_request', async () => {
    expect(await refusal('HELLO\r\n\r\n', 'HELLO')).toEqual({
      status: 400,
      error: 'bad_request',
      message: 'the request is not valid HTTP/1.1',
    });
  });

  it('answers a request refused from its headers once, though its body turns out broken', async () => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    const closed = new Promise((resolve) => socket.on('close', resolve));
    // No token: the 401 is sent from the headers alone, while the parser has yet to reach the broken chunk.
    socket.write('POST /api/goals HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n');
    await closed;
    expect(received.match(/HTTP\/1\.1 \d+/g)).toEqual(['HTTP/1.1 401']);
    expect(received.endsWith('}')).toBe(true);
  });

  it('still serves the next request normally', async () => {
    const answer = await rawRequest(port, get('GET', '/api/entries', auth));
    expect(answer.status).toBe(200);
  });
});
