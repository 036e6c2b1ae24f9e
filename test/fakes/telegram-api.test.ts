import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from './telegram-api.js';

// Plain fetch, not grammY: this checks the wire protocol itself.
type Answer = {
  ok: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method answers a differently shaped result
  result?: any;
  error_code?: number;
  description?: string;
  parameters?: { retry_after: number };
};

describe('the fake Telegram Bot API', () => {
  let tg: FakeTelegram;
  const ann = { id: 501, first_name: 'Ann', language_code: 'en' };
  const call = async (
    method: string,
    params: Record<string, unknown> = {},
    init: { token?: string; signal?: AbortSignal } = {},
  ) => {
    const res = await fetch(`${tg.apiRoot}/bot${init.token ?? tg.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
      ...(init.signal && { signal: init.signal }),
    });
    return { status: res.status, body: (await res.json()) as Answer };
  };
  const expectError = async (method: string, params: Record<string, unknown>, status: number, description: string) => {
    expect(await call(method, params)).toEqual({ status, body: { ok: false, error_code: status, description } });
  };

  beforeEach(async () => {
    tg = await startFakeTelegram({ botUsername: 'step_bot' });
  });
  afterEach(() => tg.close());

  it('answers getMe, 401 for a wrong token, 404 for an unknown method, and takes form and query parameters', async () => {
    expect(await call('getMe')).toEqual({
      status: 200,
      body: {
        ok: true,
        result: expect.objectContaining({ id: 123456, is_bot: true, username: 'step_bot', can_join_groups: true }),
      },
    });
    expect(await call('getMe', {}, { token: '123456:wrong' })).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect(await call('sendMessages')).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found' },
    });
    expect((await call('GETME')).status).toBe(200); // method names are case-insensitive
    tg.sendText(ann, 'hi');
    const form = await fetch(`${tg.apiRoot}/bot${tg.token}/sendMessage?chat_id=501`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        text: 'by form',
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] }),
      }),
    });
    expect(((await form.json()) as Answer).result).toMatchObject({
      message_id: 2,
      text: 'by form',
      reply_markup: { inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] },
    });
    expect(tg.calls.map((apiCall) => [apiCall.method, apiCall.status])).toEqual([
      ['getMe', 200],
      ['getMe', 401],
      ['sendMessages', 404],
      ['getMe', 200],
      ['sendMessage', 200],
    ]);
  });

  it('holds a long poll until an update arrives, and an offset confirms and forgets older updates', async () => {
    const started = Date.now();
    const poll = call('getUpdates', { timeout: 10, allowed_updates: ['message', 'callback_query'] });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect([tg.calls.at(-1)!.method, tg.calls.at(-1)!.status]).toEqual(['getUpdates', undefined]); // still held
    const id = tg.sendText(ann, '/start@step_bot now');
    const { body } = await poll;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(body.result).toEqual([
      {
        update_id: id,
        message: {
          message_id: 1,
          from: { id: 501, is_bot: false, first_name: 'Ann', language_code: 'en' },
          chat: { id: 501, type: 'private', first_name: 'Ann' },
          date: expect.any(Number),
          text: '/start@step_bot now',
          entities: [{ type: 'bot_command', offset: 0, length: 15 }],
        },
      },
    ]);
    expect(tg.pendingUpdates()).toBe(0);
    // Unconfirmed, the same update comes again; an offset above its id forgets it for good.
    expect((await call('getUpdates')).body.result.map((update: { update_id: number }) => update.update_id)).toEqual([
      id,
    ]);
    expect((await call('getUpdates', { offset: id + 1 })).body.result).toEqual([]);
    expect((await call('getUpdates')).body.result).toEqual([]);
    // A poll that runs out answers an empty list.
    const t0 = Date.now();
    expect((await call('getUpdates', { offset: id + 1, timeout: 1 })).body).toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    // allowed_updates persists: an edited_message is never generated.
    tg.editText(ann, 1, 'edited');
    expect((await call('getUpdates', { offset: id + 1 })).body.result).toEqual([]);
  });

  it('answers the older of two concurrent polls with 409, and drops an aborted poll without losing updates', async () => {
    const older = call('getUpdates', { timeout: 10 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const abort = new AbortController();
    const newer = call('getUpdates', { timeout: 10 }, { signal: abort.signal }).catch((error: Error) => error.name);
    expect(await older).toEqual({
      status: 409,
      body: {
        ok: false,
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      },
    });
    abort.abort();
    expect(await newer).toBe('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const id = tg.sendText(ann, 'still here');
    expect(tg.pendingUpdates()).toBe(1);
    expect((await call('getUpdates', { timeout: 1 })).body.result[0].update_id).toBe(id);
  });

  it('validates sendMessage like Telegram', async () => {
    await expectError('sendMessage', { chat_id: 501, text: 'hi' }, 400, 'Bad Request: chat not found');
    tg.sendText(ann, 'hello');
    await expectError('sendMessage', { text: 'hi' }, 400, 'Bad Request: chat_id is empty');
    await expectError('sendMessage', { chat_id: 501, text: '' }, 400, 'Bad Request: message text is empty');
    await expectError('sendMessage', { chat_id: 501, text: ' \n ' }, 400, 'Bad Request: message text is empty');
    await expectError(
      'sendMessage',
      { chat_id: 501, text: '😀'.repeat(2049) },
      400,
      'Bad Request: message is too long',
    ); // 4098 UTF-16 units
    await expectError(
      'sendMessage',
      { chat_id: 501, text: 'x', parse_mode: 'html5' },
      400,
      'Bad Request: unsupported parse_mode',
    );
    await expectError(
      'sendMessage',
      { chat_id: 501, text: '<b>x</i>', parse_mode: 'HTML' },
      400,
      'Bad Request: can\'t parse entities: Unmatched end tag, expected "</b>", found "</i>" at byte offset 4',
    );
    await expectError(
      'sendMessage',
      { chat_id: 501, text: 'Done.', parse_mode: 'MarkdownV2' },
      400,
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    const keyboard = (...row: Record<string, unknown>[]) => ({
      chat_id: 501,
      text: 'pick',
      reply_markup: { inline_keyboard: [row] },
    });
    await expectError(
      'sendMessage',
      keyboard({ text: 'A', callback_data: 'é'.repeat(33) }),
      400,
      'Bad Request: BUTTON_DATA_INVALID',
    ); // 66 bytes
    await expectError(
      'sendMessage',
      keyboard({ text: 'A', callback_data: '' }),
      400,
      'Bad Request: BUTTON_DATA_INVALID',
    );
    await expectError(
      'sendMessage',
      keyboard({ text: 'A' }),
      400,
      'Bad Request: text buttons are unallowed in the inline keyboard',
    );
    await expectError(
      'sendMessage',
      keyboard({ text: 'A', callback_data: 'a', url: 'https://x.org' }),
      400,
      "Bad Request: can't parse inline keyboard button: only one of callback_data, url may be used",
    );
    await expectError(
      'sendMessage',
      keyboard(...Array.from({ length: 101 }, (_, i) => ({ text: `${i}`, callback_data: `${i}` }))),
      400,
      'Bad Request: too many buttons',
    );
    expect(tg.sent).toEqual([]);

    const ok = await call('sendMessage', { chat_id: '501', text: 'x'.repeat(4096) });
    expect(ok.body.result).toMatchObject({
      message_id: 2,
      from: { id: 123456, is_bot: true },
      chat: { id: 501, type: 'private' },
    });
    const html = await call('sendMessage', {
      chat_id: 501,
      text: '<b>Hi</b> &amp; bye',
      parse_mode: 'HTML',
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'é'.repeat(32) }]] }),
    });
    expect(html.body.result).toMatchObject({
      message_id: 3,
      text: 'Hi & bye',
      entities: [{ type: 'bold', offset: 0, length: 2 }],
    });
    expect(tg.sent.map((message) => [message.chatId, message.messageId, message.text.length])).toEqual([
      [501, 2, 4096],
      [501, 3, 8],
    ]);
    expect(tg.messagesTo(501)[1]).toBe('Hi & bye');
  });

  it('fails the next calls like Telegram with failNext, counting them in calls', async () => {
    tg.sendText(ann, 'hi');
    tg.failNext('sendMessage', 1, { status: 429, retryAfter: 3 });
    tg.failNext('sendMessage', 1, { status: 502 });
    expect(await call('sendMessage', { chat_id: 501, text: 'a' })).toEqual({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 3',
        parameters: { retry_after: 3 },
      },
    });
    expect(await call('sendMessage', { chat_id: 501, text: 'a' })).toEqual({
      status: 502,
      body: { ok: false, error_code: 502, description: 'Bad Gateway' },
    });
    expect((await call('sendMessage', { chat_id: 501, text: 'a' })).status).toBe(200);
    expect(tg.calls.map((apiCall) => apiCall.status)).toEqual([429, 502, 200]);
    expect(() => tg.failNext('sendMesage', 1, { status: 500 })).toThrow(/unknown method/);
  });

  it('redelivers a confirmed update with the same update_id', async () => {
    const id = tg.sendText(ann, '/done');
    expect((await call('getUpdates')).body.result).toHaveLength(1);
    expect((await call('getUpdates', { offset: id + 1 })).body.result).toEqual([]);
    const poll = call('getUpdates', { offset: id + 1, timeout: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    tg.redeliver(id);
    const again = (await poll).body.result;
    expect(
      again.map((update: { update_id: number; message: { text: string } }) => [update.update_id, update.message.text]),
    ).toEqual([[id, '/done']]);
    // Once delivered again, the next offset forgets it as usual.
    expect((await call('getUpdates', { offset: id + 1 })).body.result).toEqual([]);
    expect(() => tg.redeliver(42)).toThrow(/no update 42/);
  });

  it('presses existing buttons only, and a callback query can be answered once', async () => {
    tg.sendText(ann, 'hi');
    expect(() => tg.pressButton(ann, 'go')).toThrow(/no button with data "go"/);
    await call('sendMessage', {
      chat_id: 501,
      text: 'pick',
      reply_markup: { inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] },
    });
    const id = tg.pressButton(ann, 'go');
    const [update] = (await call('getUpdates', { offset: id })).body.result;
    expect(update.callback_query).toMatchObject({
      from: { id: 501 },
      data: 'go',
      chat_instance: expect.any(String),
      message: { message_id: 2, text: 'pick' },
    });
    expect(
      (await call('answerCallbackQuery', { callback_query_id: update.callback_query.id, text: 'ok' })).body,
    ).toEqual({ ok: true, result: true });
    const tooOld = 'Bad Request: query is too old and response timeout expired or query ID is invalid';
    await expectError('answerCallbackQuery', { callback_query_id: update.callback_query.id }, 400, tooOld);
    await expectError('answerCallbackQuery', { callback_query_id: '123' }, 400, tooOld);
    expect(tg.callbackAnswers).toEqual([expect.objectContaining({ data: 'go', text: 'ok', showAlert: false })]);
    // Editing without reply_markup removes the keyboard, and an identical edit is refused.
    expect(
      (await call('editMessageText', { chat_id: 501, message_id: 2, text: 'picked' })).body.result,
    ).not.toHaveProperty('reply_markup');
    await expectError(
      'editMessageText',
      { chat_id: 501, message_id: 2, text: 'picked' },
      400,
      expect.stringMatching(/^Bad Request: message is not modified/) as unknown as string,
    );
    expect(() => tg.pressButton(ann, 'go')).toThrow(/buttons on screen: none/);
  });

  it('validates and stores bot commands per language', async () => {
    const commands = [{ command: 'start', description: 'Start' }];
    expect((await call('setMyCommands', { commands, language_code: 'ru' })).body.result).toBe(true);
    expect((await call('setMyCommands', { commands })).body.result).toBe(true);
    for (const bad of [
      { command: 'Start', description: 'x' },
      { command: 'start', description: '' },
      { command: 'a'.repeat(33), description: 'x' },
    ]) {
      await expectError('setMyCommands', { commands: [bad] }, 400, 'Bad Request: BOT_COMMAND_INVALID');
    }
    expect(tg.commands).toEqual({ '': commands, ru: commands });
    expect((await call('getMyCommands', { language_code: 'de' })).body.result).toEqual([]);
    await call('deleteMyCommands', { language_code: 'ru' });
    expect(Object.keys(tg.commands)).toEqual(['']);
  });

  it('keeps getUpdates off while a webhook is set, and posts updates to it with the secret', async () => {
    await expectError(
      'setWebhook',
      { url: 'http://bot.example.org/hook' },
      400,
      'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    );
    expect(
      (await call('setWebhook', { url: 'https://bot.example.org/hook', secret_token: 'sEcret_123' })).body.result,
    ).toBe(true);
    expect(tg.webhook).toMatchObject({ url: 'https://bot.example.org/hook', secretToken: 'sEcret_123' });
    await expectError(
      'getUpdates',
      {},
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
    const id = tg.sendText(ann, 'via hook');
    expect((await call('getWebhookInfo')).body.result).toMatchObject({
      url: 'https://bot.example.org/hook',
      pending_update_count: 1,
    });

    const seen: { secret: unknown; body: string }[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ secret: req.headers['x-telegram-bot-api-secret-token'], body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const { status } = await tg.postToWebhook(`http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`);
      expect(status).toBe(200);
      expect(seen).toEqual([{ secret: 'sEcret_123', body: expect.stringContaining(`"update_id":${id}`) }]);
      expect(tg.pendingUpdates()).toBe(0);
      expect(tg.calls.at(-1)!.method).toBe('getWebhookInfo'); // the post itself is no API call
    } finally {
      hook.close();
    }
    await call('deleteWebhook');
    expect((await call('getUpdates')).body.result).toEqual([]);
  });

  it('waits for messages and explains a timeout with what did arrive', async () => {
    tg.sendText(ann, 'hi');
    setTimeout(() => void call('sendMessage', { chat_id: 501, text: 'one' }), 50);
    expect(await tg.waitForMessages(501, 1)).toEqual(['one']);
    await call('sendMessage', { chat_id: 501, text: '' });
    await expect(tg.waitForMessages(501, 2, 200)).rejects.toThrow(
      /expected 2 messages in chat 501 within 200 ms, got 1:\n {2}1\. "one"\nrefused calls for this chat:\n {2}sendMessage → 400 Bad Request: message text is empty/,
    );
  });
});
