import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../src/core/ports.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, craftJwt, inMinutes, startApi, unsignedJwt } from './api-harness.js';
import { httpBytes, rawRequest } from './raw-http.js';

/** One hostile request: a label for the failure message, and its bytes. */
interface Hostile {
  name: string;
  bytes: Buffer;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Bodies a careless or malicious client sends: broken JSON, wrong types, NUL, lone surrogates, poison keys… */
const BODIES: Array<string | Buffer> = [
  '{',
  '{"title":}',
  '[1,2',
  'nul',
  '',
  'null',
  '[]',
  '"just a string"',
  '{"title":"a\\u0000b","action_type":"a\\u0000b","track":"a\\u0000b"}',
  '{"title":"q\\ud801","source_id":"q\\ud801","display_name":"\\udc00x"}',
  '{"\\u0000key":"v","title":"x"}',
  Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xed, 0xa0, 0x80, 0xff, 0xfe]), Buffer.from('"}')]),
  '{"title":5,"description":[],"action_type":{},"track":null,"answers":"x"}',
  '{"title":{"$gt":""},"action_type":{"$ne":null}}',
  '{"__proto__":{"admin":true},"title":"x"}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  `${'['.repeat(30_000)}${']'.repeat(30_000)}`,
  `{"title":"${'x'.repeat(2 * 1024 * 1024)}"}`,
  `{"title":"${'я'.repeat(20_000)}","description":"${'x'.repeat(9_000)}"}`,
  '{"mood":1e999,"anxiety":-1e308,"hope":0.5,"answers":{"mood":1e999},"at":"9999-99-99T99:99:99Z"}',
];

/** Routes that take a body. `{entry}`, `{goal}` are filled in with real ids. */
const WRITES = [
  'POST /api/goals',
  'POST /api/tracks/actions',
  'POST /api/tracks/set-primary',
  'POST /api/exercises/emotional_checkin/entries',
  'PATCH /api/entries/{entry}',
  'PATCH /api/me',
  'PUT /api/health/profile',
  'POST /api/goals/{goal}/clarification',
];

/** Paths that try to escape, smuggle bytes, or be too long. */
const PATHS = [
  'GET /api/../../etc/passwd',
  'GET /../../../etc/passwd',
  'DELETE /api/entries/..%2F..%2Fetc%2Fpasswd',
  'GET /%2e%2e/%2e%2e/etc/passwd',
  'DELETE /api/entries/....//....//etc/passwd',
  'POST /api/goals/..%5c..%5cwindows/activate',
  'GET /assets/../../package.json',
  'GET /assets/..%2f..%2fpackage.json',
  'GET /api/docs/../../.env',
  'GET //etc/passwd',
  'DELETE /api/entries/%00',
  'DELETE /api/entries/%00%00',
  'POST /api/goals/%ED%A0%80/activate',
  'DELETE /api/entries/%',
  'DELETE /api/entries/%G1',
  'DELETE /api/entries/%C3%28',
  'DELETE /api/entries/%E6%97%A5%E6%9C%AC%E8%AA%9E',
  'POST /api/goals/%F0%9F%98%80/activate',
  'GET /api/goals/%E2%80%AE%E2%80%AD/history',
  'GET /api/goals/%EF%BB%BF/step',
  'POST /api/programs/%F0%9F%98%80/enroll',
  'POST /api/exercises/..%2f/entries',
  'POST /api/exercises/%00/entries',
  `DELETE /api/entries/${'a'.repeat(101)}`,
  `GET /api/entries/${'a'.repeat(20_000)}`,
  `GET /api/entries?limit=${'9'.repeat(10_000)}`,
  'GET /api/entries?limit=-1',
  'GET /api/entries?limit=1e308',
  'GET /api/entries?limit=NaN',
  'GET /api/entries?cursor=%00',
  'GET /api/entries?cursor=%ZZ',
  'GET /api/entries?limit=1&limit=2',
  'GET /api/tracks/history?before=not-a-date',
  'GET /api/tracks/history?track[]=x&track[$ne]=y',
  'GET /api/goals?lang=%ED%A0%80',
  'GET /api/health/plan/today?date=9999-99-99',
  'GET /auth/link/%00',
  `GET /auth/link/${'x'.repeat(100)}`,
  'GET /api/ws',
  'GET /api/health/plan.ics?token=%00',
];

/** Methods a path does not take, and methods no one should send. */
const METHODS = [
  'PUT /api/goals',
  'DELETE /api/goals',
  'PATCH /healthz',
  'POST /healthz',
  'DELETE /metrics',
  'PUT /readyz',
  'POST /api/entries',
  'PUT /api/entries/x',
  'GET /api/tracks/actions',
  'GET /api/tracks/set-primary',
  'OPTIONS /api/goals',
  'TRACE /api/goals',
  'FOO /api/goals',
  'PROPFIND /api/goals',
  'SEARCH /api/goals',
  'PURGE /api/goals',
  'COPY /api/me',
  'MKCOL /api',
  'DELETE /api/me/export',
  'PATCH /api/goals/x/history',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data',
  'application/json; charset=utf-16',
  'application/x-www-form-urlencoded',
];
const TYPED_WRITES = [
  'POST /api/goals',
  'POST /api/tracks/actions',
  'PATCH /api/me',
  'POST /api/health/imports',
  'POST /api/auth/telegram',
];

/** Bytes that are barely HTTP, or not at all. */
const MALFORMED: string[] = [
  'HELLO\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n',
  'GET /healthz HTTP/1.1\r\nHost: x\r\nX: a\u0000b\r\n\r\n',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://evil.example/healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'z'.repeat(20_000)}\r\n\r\n`,
  `GET /healthz HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3000 }, (_, i) => `X-${i}: 1\r\n`).join('')}\r\n`,
  'GET /healthz HTTP/1.1\nHost: x\n\n',
  'GET /he althz HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /healthz\r\n\r\n',
  '\r\n\r\n\r\nGET /api/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003',
  'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  'GET /api/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n',
  'GET /api/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 99\r\n\r\n',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnope',
  'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
  'GET /healthz HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n',
  'GET /healthz?%%%%=%%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
];

/** Tokens that are absent, broken, forged, expired, or claim too much. */
function tokens(api: ApiHarness, userId: string): string[] {
  const header = { alg: 'HS256', typ: 'JWT' };
  const claims = { sub: userId, iat: inMinutes(0), exp: inMinutes(15) };
  return [
    '',
    'Bearer',
    'Bearer ',
    'Bearer x.y.z',
    'Basic dXNlcjpwYXNz',
    `Bearer ${unsignedJwt(claims)}`,
    `Bearer ${craftJwt({ alg: 'HS512', typ: 'JWT' }, claims, api.secret, 'sha512')}`,
    `Bearer ${api.token(userId, { iat: inMinutes(-60), exp: inMinutes(-30) })}`,
    `Bearer ${craftJwt(header, { ...claims, exp: 1e308 }, api.secret)}`,
    `Bearer ${craftJwt(header, { ...claims, iat: inMinutes(600) }, api.secret)}`,
    `Bearer ${craftJwt(header, { ...claims, sub: 123 }, api.secret)}`,
    `Bearer ${craftJwt(header, { ...claims, sub: '' }, api.secret)}`,
    `Bearer ${api.token('00000000-0000-4000-8000-000000000000')}`,
    `Bearer ${craftJwt(header, claims, 'not-the-secret')}`,
    `Bearer ${'A'.repeat(8000)}`,
  ];
}

const request = (line: string, headers: Record<string, string>, body?: string | Buffer): Hostile => {
  const [method, path] = line.split(' ') as [string, string];
  return {
    name: `${line.slice(0, 80)}${body === undefined ? '' : ' + body'}`,
    bytes: httpBytes(method, path, headers, body),
  };
};

/** 300 hostile requests, built from the lists above with real ids and a real user's token. */
function hostileRequests(api: ApiHarness, userId: string, ids: { entry: string; goal: string }): Hostile[] {
  const auth = { authorization: `Bearer ${api.token(userId)}` };
  const fill = (line: string) => line.replace('{entry}', ids.entry).replace('{goal}', ids.goal);
  const all: Hostile[] = [];
  for (const write of WRITES)
    for (const body of BODIES) all.push(request(fill(write), { ...auth, ...JSON_TYPE }, body));
  for (const line of PATHS) all.push(request(line, auth, line.startsWith('GET') ? undefined : '{}'));
  for (const token of tokens(api, userId))
    for (const line of ['GET /api/entries', 'POST /api/goals'])
      all.push(
        request(
          line,
          { ...(token && { authorization: token }), ...JSON_TYPE },
          line.startsWith('POST') ? '{"title":"x"}' : undefined,
        ),
      );
  for (const line of METHODS) all.push(request(line, { ...auth, ...JSON_TYPE }, '{}'));
  for (const type of CONTENT_TYPES)
    for (const line of TYPED_WRITES) all.push(request(line, { ...auth, 'content-type': type }, '<a>title=x</a>'));
  for (const raw of MALFORMED) all.push({ name: JSON.stringify(raw.slice(0, 60)), bytes: Buffer.from(raw, 'latin1') });
  return all;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: 300 hostile requests at a real server`, () => {
    let api: ApiHarness;
    let port: number;
    const failures: Array<Record<string, unknown>> = [];
    const log: Log = {
      info: () => undefined,
      warn: () => undefined,
      error: (fields) => void failures.push(fields),
    };
    const webRoot = mkdtempSync(join(tmpdir(), 'stepwise-web-'));
    beforeAll(async () => {
      // A built dashboard of its own: without one, `/` (and `GET *`) says "not built yet" with a 503 on purpose, and
      // whether web/dist exists depends on which test ran first, not on the server.
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stepwise</title>');
      api = await startApi(dialect, {}, log, { webRoot });
      await api.http.listen({ host: '127.0.0.1', port: 0 });
      port = (api.http.server.address() as { port: number }).port;
    }, 120_000);
    afterAll(async () => {
      await api?.dispose();
      rmSync(webRoot, { recursive: true, force: true });
    });

    it('answers none with 5xx, and every refusal in the one error shape', async () => {
      const ann = await api.user(7401);
      await api.call('POST', '/api/programs/recovery/enroll', ann, {});
      const goal = (await api.call('POST', '/api/goals', ann, { title: 'Learn Spanish' })).body.goal.id as string;
      const entry = await api.call('POST', '/api/exercises/emotional_checkin/entries', ann, {
        answers: { mood: 5, anxiety: 4, hope: 6, three_words: 'tired but here' },
      });
      const cases = hostileRequests(api, ann.id, { entry: entry.body.entry?.id ?? entry.body.id, goal });
      expect(cases).toHaveLength(300);

      const statuses: Record<number, number> = {};
      const wrong: string[] = [];
      for (const hostile of cases) {
        const answer = await rawRequest(port, hostile.bytes);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status >= 500 || answer.status < 100) wrong.push(`${answer.status} ${hostile.name}`);
        else if (answer.status >= 400) {
          const body = parse(answer.body);
          // The one shape: a snake_case code and words; never Fastify's or Node's own (`statusCode`, "Bad Request").
          const shaped =
            typeof body?.error === 'string' &&
            /^[a-z][a-z_]*$/.test(body.error) &&
            typeof body.message === 'string' &&
            !('statusCode' in body) &&
            !('code' in body);
          if (!shaped || !answer.headers['content-type']?.startsWith('application/json'))
            wrong.push(`${answer.status} not the one shape: ${hostile.name} → ${answer.body.slice(0, 120)}`);
        }
      }
      console.log(`${dialect}: statuses over ${cases.length} hostile requests: ${JSON.stringify(statuses)}`);
      expect(wrong).toEqual([]);
      expect(failures).toEqual([]);
      expect((await rawRequest(port, httpBytes('GET', '/healthz'))).status).toBe(200);
    }, 120_000);
  });
}

function parse(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
