import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { User } from '../../src/core/goals/model.js';
import { requiredAnswers } from '../factories/answers.js';
import { type ApiHarness, craftJwt, inMinutes, startApi } from './api-harness.js';

/** A WebSocket client that keeps every message and how the socket closed. */
class Client {
  readonly messages: Array<Record<string, unknown>> = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: Array<() => void> = [];
  readonly socket: WebSocket;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()));
      this.waiters.splice(0).forEach((word) => word());
    });
    this.closed = new Promise((resolve) =>
      this.socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  opened = () =>
    new Promise<void>((resolve, reject) =>
      this.socket.readyState === WebSocket.OPEN
        ? resolve()
        : this.socket.once('open', () => resolve()).once('error', reject),
    );

  async send(message: unknown) {
    await this.opened();
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Resolves once `n` messages have arrived in all. */
  async received(count: number) {
    while (this.messages.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.messages.slice(0, count);
  }
}

describe('the live WebSocket at /api/ws (a real port, a real ws client)', () => {
  let harness: ApiHarness;
  let base: string;
  let ann: User;
  let vera: User;
  const clients: Client[] = [];
  const connect = () => {
    const client = new Client(`${base.replace('http', 'ws')}/api/ws`);
    clients.push(client);
    return client;
  };
  /** Answers for one of the pack's exercises (a check-in, a quest and a letter are recorded by doing them). */
  const answers = (exerciseId: string) =>
    requiredAnswers(harness.app.tracks.program('recovery')!.exercises.find((exercise) => exercise.id === exerciseId)!);
  const post = (user: User, path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${harness.token(user.id)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    harness = await startApi('sqlite');
    base = await harness.http.listen({ host: '127.0.0.1', port: 0 });
    ann = await harness.user(1001);
    vera = await harness.user(1002, 'ru');
    for (const user of [ann, vera]) expect((await post(user, '/api/programs/recovery/enroll', {})).status).toBe(201);
  });
  afterAll(async () => {
    for (const client of clients) client.socket.terminate();
    await harness?.dispose();
  });

  it('authenticates with the first message, then pushes the user’s progress and milestones from the API', async () => {
    const client = connect();
    await client.send({ type: 'auth', token: harness.token(ann.id) });
    expect(await client.received(1)).toEqual([{ type: 'ready' }]);

    expect(
      (await post(ann, '/api/exercises/emotional_checkin/entries', { answers: answers('emotional_checkin') })).status,
    ).toBe(201);
    const [, progress, milestone] = await client.received(3);
    expect(progress).toEqual({
      type: 'progress_updated',
      program: 'recovery',
      track: 'self_work',
      old: 0,
      new: 10,
      delta: 10,
      phase: 'awareness',
      action_type: 'emotional_checkin',
      source: 'api',
      at: '2026-03-01T09:00:00.000Z',
    });
    expect(milestone).toEqual({
      type: 'milestone_achieved',
      program: 'recovery',
      track: 'self_work',
      milestone: 'first_checkin',
      name: 'First check-in',
      description: expect.stringContaining('Your first milestone'),
      at: '2026-03-01T09:00:00.000Z',
    });
  });

  it('reaches every open socket of the user, for actions from any interface, in the user’s language', async () => {
    const [phone, laptop] = [connect(), connect()];
    for (const socket of [phone, laptop]) {
      await socket.send({ type: 'auth', token: harness.token(vera.id) });
      await socket.received(1);
    }
    // As the Telegram bot records it: straight through the services, no HTTP involved.
    await harness.app.tracks.recordAction(vera.id, { actionType: 'emotional_checkin', source: 'telegram' });
    for (const client of [phone, laptop]) {
      const [, progress, milestone] = await client.received(3);
      expect(progress).toMatchObject({ type: 'progress_updated', track: 'self_work', source: 'telegram' });
      expect(milestone).toMatchObject({
        type: 'milestone_achieved',
        milestone: 'first_checkin',
        name: 'Первая сверка с собой',
      });
    }
  });

  it('sends another user’s events to nobody else', async () => {
    const annSocket = connect();
    const veraSocket = connect();
    await annSocket.send({ type: 'auth', token: harness.token(ann.id) });
    await veraSocket.send({ type: 'auth', token: harness.token(vera.id) });
    await Promise.all([annSocket.received(1), veraSocket.received(1)]);

    await post(ann, '/api/exercises/quest_builder/entries', { answers: answers('quest_builder') });
    await post(vera, '/api/exercises/letter_to_child/entries', { answers: answers('letter_to_child') });
    // Messages on one socket arrive in order: if Ann's quest had leaked to Vera, it would come first.
    const [, first] = await veraSocket.received(2);
    expect(first).toMatchObject({
      type: 'progress_updated',
      action_type: 'letter_to_child',
      track: 'child_connection',
    });
    expect(veraSocket.messages.every((message) => message.action_type !== 'quest_created')).toBe(true);
    const [, annFirst] = await annSocket.received(2);
    expect(annFirst).toMatchObject({ action_type: 'quest_created' });
  });

  it('closes with 4401 on a bad or expired token, or a first message that is not auth', async () => {
    const cases: Array<[string, unknown]> = [
      [
        'bad signature',
        {
          type: 'auth',
          token: craftJwt(
            { alg: 'HS256', typ: 'JWT' },
            { sub: ann.id, exp: inMinutes(5) },
            'not-the-secret-not-the-secret-123',
          ),
        },
      ],
      ['expired', { type: 'auth', token: harness.token(ann.id, { exp: inMinutes(-1) }) }],
      ['not auth', { type: 'subscribe', token: harness.token(ann.id) }],
      ['not JSON', 'hello'],
    ];
    for (const [why, message] of cases) {
      const client = connect();
      await client.send(message);
      expect({ why, ...(await client.closed) }).toMatchObject({ why, code: 4401 });
      expect(client.messages).toEqual([]);
    }
  });

  it('gives a refused socket nothing, and keeps serving the others', async () => {
    const refused = connect();
    await refused.send({ type: 'auth', token: 'nope' });
    expect((await refused.closed).code).toBe(4401);
    const ok = connect();
    await ok.send({ type: 'auth', token: harness.token(ann.id) });
    expect(await ok.received(1)).toEqual([{ type: 'ready' }]);
    expect(refused.messages).toEqual([]);
  });

  it('closes an open dashboard when the person erases everything through the bot or the terminal', async () => {
    const gone = await harness.user(1099);
    const stays = connect();
    await stays.send({ type: 'auth', token: harness.token(ann.id) });
    const erased = connect();
    await erased.send({ type: 'auth', token: harness.token(gone.id) });
    expect(await erased.received(1)).toEqual([{ type: 'ready' }]);
    expect(await stays.received(1)).toEqual([{ type: 'ready' }]);
    // /forget_me and `stepwise forget` call the same service; the API route is not involved.
    expect(await harness.app.dataRights.forget(gone.id)).toBe(true);
    expect(await erased.closed).toEqual({ code: 4401, reason: 'account closed' });
    // Someone else's dashboard stays open.
    expect(stays.socket.readyState).toBe(WebSocket.OPEN);
  });
});
