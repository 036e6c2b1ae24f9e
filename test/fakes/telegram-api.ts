import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type {
  Chat,
  ForceReply,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  Update,
  User,
} from 'grammy/types';

/** A user the test plays; chat id = user id (a private chat), as in Telegram. */
export interface FakeUser {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** How the next calls of a method fail, shaped like Telegram's own errors. */
export type Failure =
  { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { status: 400; description: string };

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** One successful sendMessage, as the user's chat shows it (text after parse_mode). */
export interface SentMessage {
  chatId: number;
  text: string;
  /** A sent file (sendDocument): its name and bytes; `text` is then its caption. */
  document?: { name: string; bytes: Buffer };
  replyMarkup?: ReplyMarkup;
  messageId: number;
  at: number;
}

/** One HTTP call to the Bot API; `status` is set once answered (a held long poll has none yet). */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
  status?: number;
  description?: string;
}

type Params = Record<string, unknown>;
type Kind = 'message' | 'edited_message' | 'callback_query';
interface Queued {
  update: Update;
  delivered: boolean;
  /** Put back by redeliver(): survives the client's offset until it has been delivered again. */
  sticky: boolean;
}
interface ChatState {
  user: User;
  chat: Chat.PrivateChat;
  blocked: boolean;
  /** Telegram numbers a private chat's messages in one sequence, the user's and the bot's alike. */
  nextId: number;
  messages: Map<number, Message>;
}

class TelegramError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }
}
const bad = (what: string) => new TelegramError(400, `Bad Request: ${what}`);

const MAX_TEXT = 4096;
const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const CHAT_ACTIONS = [
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
];
const BUTTON_ACTIONS = [
  'callback_data',
  'url',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
  'disabled',
];
const HTML_TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  span: 'spoiler',
  'tg-spoiler': 'spoiler',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const seconds = () => Math.floor(Date.now() / 1000);
const clip = (text: string) => JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);

// Parameters arrive as JSON, form fields or a query string, so every reader accepts both the typed
// value and its string form, as Telegram does.
function intParam(params: Params, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  throw bad(`field "${name}" must be of type Integer`);
}
function strParam(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw bad(`field "${name}" must be of type String`);
}
const boolParam = (params: Params, name: string) =>
  params[name] === true || params[name] === 'true' || params[name] === 1 || params[name] === '1';
function jsonParam(params: Params, name: string, what = `${name} JSON object`): unknown {
  const value = params[name];
  if (typeof value !== 'string') return value ?? undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw bad(`can't parse ${what}`);
  }
}

/** HTML parse mode: Telegram's tag set, balanced tags, entities in UTF-16 offsets. */
function parseHtml(src: string): { text: string; entities: MessageEntity[] } {
  const fail = (why: string, at: number): never => {
    throw bad(`can't parse entities: ${why} at byte offset ${Buffer.byteLength(src.slice(0, at))}`);
  };
  const open: { tag: string; type: string; offset: number; attrs: string }[] = [];
  const entities: MessageEntity[] = [];
  let text = '';
  let last = 0;
  for (const match of src.matchAll(/<(\/?)([A-Za-z][\w-]*)([^<>]*)>|<|&(#[xX][0-9a-fA-F]+|#\d+|lt|gt|amp|quot);/g)) {
    text += src.slice(last, match.index);
    last = match.index + match[0].length;
    const [, closing, rawTag, attrs = '', entity] = match;
    if (entity) {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
      text +=
        named[entity] ??
        String.fromCodePoint(
          entity[1]!.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
      continue;
    }
    if (!rawTag) fail('Unexpected end of name token', match.index);
    const tag = rawTag!.toLowerCase();
    const type = HTML_TAGS[tag] ?? fail(`Unsupported ${closing ? 'end' : 'start'} tag "${tag}"`, match.index);
    if (!closing) {
      if (tag === 'span' && !/class\s*=\s*["']tg-spoiler["']/.test(attrs))
        fail('Tag "span" must have class "tg-spoiler"', match.index);
      open.push({ tag, type, offset: text.length, attrs });
      continue;
    }
    const top = open.pop();
    if (top?.tag !== tag) fail(`Unmatched end tag, expected "</${top?.tag ?? ''}>", found "</${tag}>"`, match.index);
    const attr = (name: string) => new RegExp(`${name}\\s*=\\s*["']([^"']*)["']`).exec(top!.attrs)?.[1];
    const entityFields =
      type === 'text_link'
        ? { url: attr('href') ?? '' }
        : type === 'custom_emoji'
          ? { custom_emoji_id: attr('emoji-id') ?? '' }
          : {};
    if (text.length > top!.offset)
      entities.push({ type, offset: top!.offset, length: text.length - top!.offset, ...entityFields } as MessageEntity);
  }
  text += src.slice(last);
  if (open.length) fail(`Can't find end tag corresponding to start tag "${open.at(-1)!.tag}"`, src.length);
  return { text, entities: entities.sort((left, right) => left.offset - right.offset) };
}

/** Markdown modes: MarkdownV2's reserved characters must be escaped; the visible text is approximated. */
function parseMarkdown(src: string, v2: boolean): { text: string } {
  if (v2) {
    let inCode = false;
    let inUrl = false;
    for (let i = 0; i < src.length; i++) {
      const char = src[i]!;
      if (char === '\\') i++;
      else if (char === '`') inCode = !inCode;
      else if (inCode) continue;
      else if (inUrl) inUrl = char !== ')';
      else if (char === '(' && src[i - 1] === ']') inUrl = true;
      else if (
        '#+-={}.!()'.includes(char) ||
        (char === '>' && i > 0 && src[i - 1] !== '\n') ||
        (char === '|' && src[i + 1] !== '|' && src[i - 1] !== '|')
      ) {
        throw bad(`can't parse entities: Character '${char}' is reserved and must be escaped with the preceding '\\'`);
      }
    }
  }
  const noLinks = src.replace(/\[([^\]]*)\]\((?:\\.|[^)\\])*\)/g, '$1');
  return {
    text: v2
      ? noLinks.replace(/\\(.)|[*_~|`]|^>/gms, (_m, escaped: string | undefined) => escaped ?? '')
      : noLinks.replace(/[*_`]/g, ''),
  };
}

/** Reads `text` + `parse_mode` (+ `entities`) and applies Telegram's emptiness and length rules to the visible text. */
function readText(params: Params, tooLong: string): { text: string; entities?: MessageEntity[] } {
  const raw = strParam(params, 'text') ?? '';
  const mode = (strParam(params, 'parse_mode') ?? '').toLowerCase();
  if (!['', 'html', 'markdownv2', 'markdown'].includes(mode)) throw bad('unsupported parse_mode');
  const given = jsonParam(params, 'entities');
  const parsed: { text: string; entities?: MessageEntity[] } =
    mode === 'html'
      ? parseHtml(raw)
      : mode
        ? parseMarkdown(raw, mode === 'markdownv2')
        : { text: raw, entities: Array.isArray(given) ? (given as MessageEntity[]) : [] };
  if (!parsed.text.trim()) throw bad('message text is empty');
  if (parsed.text.length > MAX_TEXT) throw bad(tooLong); // UTF-16 code units, like Telegram
  return parsed.entities?.length ? parsed : { text: parsed.text };
}

/** Validates reply_markup like Telegram; only inline keyboards are echoed back in the Message. */
function readMarkup(params: Params, inlineOnly = false): ReplyMarkup | undefined {
  const markup = jsonParam(params, 'reply_markup', 'reply keyboard markup JSON object');
  if (markup === undefined) return undefined;
  if (!isObject(markup)) throw bad("can't parse reply keyboard markup JSON object");
  if (!('inline_keyboard' in markup)) {
    if (inlineOnly) throw bad('inline keyboard expected');
    if (Array.isArray(markup.keyboard) || markup.remove_keyboard === true || markup.force_reply === true)
      return markup as unknown as ReplyMarkup;
    throw bad("can't parse reply keyboard markup JSON object");
  }
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray))
    throw bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
  let count = 0;
  for (const button of rows.flat() as unknown[]) {
    if (++count > 100) throw bad('too many buttons');
    if (!isObject(button)) throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    if (typeof button.text !== 'string' || !button.text.trim())
      throw bad("can't parse inline keyboard button: Text must be non-empty");
    const actions = BUTTON_ACTIONS.filter((key) => button[key] !== undefined);
    if (actions.length === 0) throw bad('text buttons are unallowed in the inline keyboard');
    if (actions.length > 1)
      throw bad(`can't parse inline keyboard button: only one of ${actions.join(', ')} may be used`);
    const data = button.callback_data;
    if (data !== undefined && (typeof data !== 'string' || data.length === 0 || Buffer.byteLength(data) > 64))
      throw bad('BUTTON_DATA_INVALID');
    if (button.url !== undefined && !(typeof button.url === 'string' && /^(https?|tg):\/\/\S+$/.test(button.url)))
      throw bad('BUTTON_URL_INVALID');
  }
  return markup as unknown as InlineKeyboardMarkup;
}

/** RFC 7578 form parts: a text field is its string, a file is its name and bytes. */
function multipartFields(body: Buffer, contentType: string): Params {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw bad('multipart request without a boundary');
  const fields: Params = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after and before
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /(?:^|;)\s*name="?([^";\r\n]*)"?/.exec(head)?.[1];
    // Quoted or not: grammY writes `filename=a.json`.
    const filename = /filename="?([^";\r\n]*)"?/.exec(head)?.[1];
    if (name) fields[name] = filename === undefined ? content.toString('utf8') : { name: filename, bytes: content };
    start = next;
  }
  // grammY, like the Bot API docs, may name a file part and point to it: `document=attach://<part>`.
  for (const [key, value] of Object.entries(fields))
    if (typeof value === 'string' && value.startsWith('attach://')) fields[key] = fields[value.slice(9)];
  return fields;
}

async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const raw = bytes.toString('utf8');
  if (!raw) return params;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    // File uploads (sendDocument): read the parts as Telegram does, files as name + bytes.
    return { ...params, ...multipartFields(bytes, req.headers['content-type']!) };
  }
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw bad("can't parse JSON request body");
    }
    if (!isObject(body)) throw bad('JSON object expected as request body');
    return { ...params, ...body };
  }
  if (type === 'application/x-www-form-urlencoded')
    return { ...params, ...Object.fromEntries(new URLSearchParams(raw)) };
  throw bad(`the fake Bot API does not accept Content-Type "${type}"`);
}

/**
 * A strict fake of the Telegram Bot API on loopback: long polling with Telegram's offset and 409
 * rules, webhook bookkeeping, Telegram's validation and error shapes for every method the bot uses,
 * and helpers with which a test plays the users. Anything Telegram would reject is rejected, with
 * Telegram's wording, and an unknown method is 404, so a test cannot pass on a call Telegram refuses.
 */
export async function startFakeTelegram(options: { token?: string; botUsername?: string } = {}) {
  const token = options.token ?? '123456:TEST-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
  if (!/^\d+:[\w-]+$/.test(token))
    throw new Error(`startFakeTelegram: "${token}" is not shaped like a bot token (<bot id>:<secret>)`);
  const bot: User = {
    id: Number(token.split(':')[0]),
    is_bot: true,
    first_name: 'Stepwise Test',
    username: options.botUsername ?? 'stepwise_test_bot',
  };

  const chats = new Map<number, ChatState>();
  const history = new Map<number, Update>(); // every update ever generated, for redeliver()
  let queue: Queued[] = []; // unconfirmed updates, by update_id
  let nextUpdateId = 700_000_001; // Telegram's ids do not start at 1; neither may a test assume they do
  let allowedUpdates: string[] = [];
  const queries = new Map<string, { data: string; answered: boolean }>();
  const failures: { method: string; left: number; failure: Failure }[] = [];
  let poll: { res: ServerResponse; call: ApiCall; limit: number; timer: NodeJS.Timeout } | undefined;
  let counter = 0;
  let latencyMs = 0;
  let held: { until: Promise<void>; release: () => void } | undefined;
  let onTheWay = 0; // calls delayed or held on the way in, not yet seen by Telegram

  const sent: SentMessage[] = [];
  const calls: ApiCall[] = [];
  const edits: { chatId: number; messageId: number; text?: string; replyMarkup?: InlineKeyboardMarkup; at: number }[] =
    [];
  const callbackAnswers: {
    queryId: string;
    data: string;
    text?: string;
    showAlert: boolean;
    url?: string;
    at: number;
  }[] = [];
  // Loosely typed on purpose: tests read commands back with `commands.ru.find(...).description`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const commands: Record<string, any[]> = {};
  const webhook: { url: string; secretToken?: string; allowedUpdates?: string[] } = { url: '' };

  // Waiters are re-checked on every change of the fake, and every 20 ms for predicates about other state.
  const waiters = new Set<{ check: () => void; fail: (error: Error) => void }>();
  const changed = () => [...waiters].forEach((waiter) => waiter.check());

  const send = (res: ServerResponse, call: ApiCall | undefined, status: number, body: unknown) => {
    if (call) call.status = status;
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, call: ApiCall | undefined, telegramError: TelegramError) => {
    if (call) call.description = telegramError.description;
    send(res, call, telegramError.code, {
      ok: false,
      error_code: telegramError.code,
      description: telegramError.description,
      ...(telegramError.retryAfter !== undefined && { parameters: { retry_after: telegramError.retryAfter } }),
    });
    changed();
  };

  const chatOf = (params: Params): ChatState => {
    const raw = params.chat_id;
    if (raw === undefined || raw === null || raw === '') throw bad('chat_id is empty');
    const chat = /^-?\d+$/.test(String(raw)) ? chats.get(Number(raw)) : undefined; // no @username for users
    if (!chat) throw bad('chat not found');
    if (chat.blocked) throw new TelegramError(403, 'Forbidden: bot was blocked by the user');
    return chat;
  };
  const chatFor = (fakeUser: FakeUser): ChatState => {
    if (!Number.isSafeInteger(fakeUser.id) || fakeUser.id <= 0)
      throw new Error(`fake Telegram: user id must be a positive integer, got ${fakeUser.id}`);
    const names = {
      first_name: fakeUser.first_name ?? 'Tester',
      ...(fakeUser.last_name && { last_name: fakeUser.last_name }),
      ...(fakeUser.username && { username: fakeUser.username }),
    };
    const user: User = {
      id: fakeUser.id,
      is_bot: false,
      ...names,
      ...(fakeUser.language_code && { language_code: fakeUser.language_code }),
    };
    const known = chats.get(fakeUser.id);
    if (known) return Object.assign(known, { user, chat: { id: fakeUser.id, type: 'private', ...names } });
    const state: ChatState = {
      user,
      chat: { id: fakeUser.id, type: 'private', ...names },
      blocked: false,
      nextId: 1,
      messages: new Map(),
    };
    chats.set(fakeUser.id, state);
    return state;
  };
  const botMessage = (params: Params): Message => {
    if (params.inline_message_id !== undefined) throw bad('MESSAGE_ID_INVALID'); // inline mode is not faked
    const chat = chatOf(params);
    const id = intParam(params, 'message_id');
    if (id === undefined) throw bad('message identifier is not specified');
    const msg = chat.messages.get(id);
    if (!msg) throw bad('message to edit not found');
    if (msg.from?.id !== bot.id) throw bad("message can't be edited");
    return msg;
  };

  // --- the update queue: Telegram keeps an update until a getUpdates `offset` above its id confirms it
  const undelivered = () => queue.filter((queued) => !queued.delivered).length;
  const takeBatch = (limit: number) => {
    const batch = queue.slice(0, limit);
    for (const queued of batch) Object.assign(queued, { delivered: true, sticky: false });
    return batch.map((queued) => queued.update);
  };
  const wake = () => {
    if (!poll || queue.length === 0) return;
    const { res, call, limit, timer } = poll;
    clearTimeout(timer);
    poll = undefined;
    if (res.destroyed) return; // the client went away: the updates stay queued
    send(res, call, 200, { ok: true, result: takeBatch(limit) });
  };
  const enqueue = (kind: Kind, payload: unknown): number => {
    const update = { update_id: nextUpdateId++, [kind]: structuredClone(payload) } as Update;
    history.set(update.update_id, update);
    // Telegram does not even generate updates of a type the bot has not asked for.
    if (allowedUpdates.length && !allowedUpdates.includes(kind)) return update.update_id;
    queue.push({ update, delivered: false, sticky: false });
    wake();
    changed();
    return update.update_id;
  };
  const userMessage = (fakeUser: FakeUser, content: Partial<Message>): Message => {
    const chat = chatFor(fakeUser);
    chat.blocked = false; // a user can only write after unblocking the bot
    const msg = { message_id: chat.nextId++, from: chat.user, chat: chat.chat, date: seconds(), ...content } as Message;
    chat.messages.set(msg.message_id, msg);
    return msg;
  };
  // What a Telegram app sends for typed text: a leading /command (with any @botname) is a bot_command entity.
  const typed = (text: string): Partial<Message> => {
    if (!text.trim()) throw new Error('fake Telegram: a Telegram app cannot send an empty message');
    if (text.length > MAX_TEXT)
      throw new Error(
        `fake Telegram: a Telegram app splits texts over ${MAX_TEXT} characters; this one has ${text.length}`,
      );
    const command = /^\/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?(?![\w/@])/.exec(text);
    return command ? { text, entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : { text };
  };
  const file = (prefix: string) => ({
    file_id: `${prefix}ACAgIAAxkBAAI${(++counter).toString(36).padStart(6, '0')}ZmFrZS1maWxl`,
    file_unique_id: `AgAD${counter.toString(36)}`,
  });

  function getUpdates(params: Params, res: ServerResponse, call: ApiCall) {
    if (webhook.url)
      throw new TelegramError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = intParam(params, 'offset') ?? 0;
    const limit = Math.min(100, Math.max(1, intParam(params, 'limit') ?? 100));
    const timeout = Math.max(0, intParam(params, 'timeout') ?? 0);
    const allowed = jsonParam(params, 'allowed_updates');
    if (allowed !== undefined) {
      if (!Array.isArray(allowed) || !allowed.every((updateType) => typeof updateType === 'string'))
        throw bad("can't parse allowed updates");
      allowedUpdates = allowed; // persists for later calls, as in Telegram
    }
    // The offset confirms on arrival, even if this request is aborted later.
    if (offset > 0)
      queue = queue.filter((queued) => queued.update.update_id >= offset || (queued.sticky && !queued.delivered));
    if (offset < 0) queue = queue.slice(Math.max(0, queue.length + offset));
    // Telegram answers the OLDER request with 409 and serves the newer one.
    if (poll) {
      const older = poll;
      clearTimeout(older.timer);
      poll = undefined;
      fail(
        older.res,
        older.call,
        new TelegramError(
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        ),
      );
    }
    if (queue.length || timeout === 0) return send(res, call, 200, { ok: true, result: takeBatch(limit) });
    const held = {
      res,
      call,
      limit,
      timer: setTimeout(() => {
        if (poll !== held) return;
        poll = undefined;
        send(res, call, 200, { ok: true, result: [] }); // the long poll ran out: an empty batch
        changed();
      }, timeout * 1000),
    };
    poll = held;
    res.on('close', () => {
      if (poll !== held) return;
      clearTimeout(held.timer); // aborted by the client (runner.stop): drop it quietly
      poll = undefined;
      call.description = 'aborted by the client';
    });
  }

  const methods: Record<string, (params: Params) => unknown> = {
    getMe: () => ({
      ...bot,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    }),
    setWebhook: (params) => {
      const url = strParam(params, 'url') ?? '';
      const secret = strParam(params, 'secret_token');
      if (url) {
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          throw bad('invalid webhook URL specified');
        }
        if (parsed.protocol !== 'https:') throw bad('bad webhook: An HTTPS URL must be provided for webhook');
        if (!['', '80', '88', '443', '8443'].includes(parsed.port))
          throw bad('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
      }
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
        throw bad('secret token contains unallowed characters');
      const allowed = jsonParam(params, 'allowed_updates');
      if (Array.isArray(allowed)) allowedUpdates = allowed as string[];
      if (boolParam(params, 'drop_pending_updates')) queue = [];
      Object.assign(webhook, {
        url,
        secretToken: url ? secret : undefined,
        allowedUpdates: url && Array.isArray(allowed) ? allowed : undefined,
      });
      if (url && poll) fail(poll.res, poll.call, new TelegramError(409, 'Conflict: terminated by setWebhook request'));
      if (url) poll = undefined;
      return true;
    },
    deleteWebhook: (params) => {
      if (boolParam(params, 'drop_pending_updates')) queue = [];
      Object.assign(webhook, { url: '', secretToken: undefined, allowedUpdates: undefined });
      return true;
    },
    getWebhookInfo: () => ({
      url: webhook.url,
      has_custom_certificate: false,
      pending_update_count: queue.length,
      ...(webhook.url && {
        max_connections: 40,
        ...(webhook.allowedUpdates && { allowed_updates: webhook.allowedUpdates }),
      }),
    }),
    sendMessage: (params) => {
      const chat = chatOf(params);
      const { text, entities } = readText(params, 'message is too long');
      const markup = readMarkup(params);
      const msg = {
        message_id: chat.nextId++,
        from: bot,
        chat: chat.chat,
        date: seconds(),
        text,
        ...(entities && { entities }),
        ...(markup && 'inline_keyboard' in markup && { reply_markup: markup }),
      } as Message;
      chat.messages.set(msg.message_id, msg);
      sent.push({
        chatId: chat.chat.id,
        text,
        ...(markup && { replyMarkup: markup }),
        messageId: msg.message_id,
        at: Date.now(),
      });
      return msg;
    },
    sendDocument: (params) => {
      const chat = chatOf(params);
      const file = params.document as { name?: string; bytes?: Buffer } | string | undefined;
      if (!file || typeof file === 'string' || !file.bytes) throw bad('there is no document in the request');
      if (file.bytes.length === 0) throw bad('file must be non-empty');
      const caption = typeof params.caption === 'string' ? params.caption : '';
      if (caption.length > 1024) throw bad('message caption is too long');
      const name = file.name ?? 'document';
      const msg = {
        message_id: chat.nextId++,
        from: bot,
        chat: chat.chat,
        date: seconds(),
        document: {
          file_name: name,
          file_id: `doc-${chat.nextId}`,
          file_unique_id: `u${chat.nextId}`,
          file_size: file.bytes.length,
        },
        ...(caption && { caption }),
      } as unknown as Message;
      chat.messages.set(msg.message_id, msg);
      sent.push({
        chatId: chat.chat.id,
        text: caption,
        document: { name, bytes: file.bytes },
        messageId: msg.message_id,
        at: Date.now(),
      });
      return msg;
    },
    setChatMenuButton: (params) => {
      const button = jsonParam(params, 'menu_button', 'menu button JSON object') as
        { type?: string; web_app?: { url?: string } } | undefined;
      if (button?.type === 'web_app' && !/^https:\/\//.test(button.web_app?.url ?? ''))
        throw bad('WEB_APP_URL_INVALID: only HTTPS links are allowed');
      return true;
    },
    editMessageText: (params) => {
      const msg = botMessage(params);
      const { text, entities } = readText(params, 'MESSAGE_TOO_LONG');
      const markup = readMarkup(params, true) as InlineKeyboardMarkup | undefined;
      if (msg.text === undefined) throw bad('there is no text in the message to edit');
      const same =
        msg.text === text &&
        JSON.stringify(msg.entities ?? []) === JSON.stringify(entities ?? []) &&
        JSON.stringify(msg.reply_markup) === JSON.stringify(markup);
      if (same) throw bad(NOT_MODIFIED);
      // Like Telegram, an edit without reply_markup removes the inline keyboard.
      Object.assign(msg, { text, entities, reply_markup: markup, edit_date: seconds() });
      edits.push({
        chatId: msg.chat.id,
        messageId: msg.message_id,
        text,
        ...(markup && { replyMarkup: markup }),
        at: Date.now(),
      });
      return msg;
    },
    editMessageReplyMarkup: (params) => {
      const msg = botMessage(params);
      const markup = readMarkup(params, true) as InlineKeyboardMarkup | undefined;
      if (JSON.stringify(msg.reply_markup) === JSON.stringify(markup)) throw bad(NOT_MODIFIED);
      Object.assign(msg, { reply_markup: markup, edit_date: seconds() });
      edits.push({
        chatId: msg.chat.id,
        messageId: msg.message_id,
        ...(markup && { replyMarkup: markup }),
        at: Date.now(),
      });
      return msg;
    },
    answerCallbackQuery: (params) => {
      const id = strParam(params, 'callback_query_id');
      const query = id === undefined ? undefined : queries.get(id);
      if (!query || query.answered) throw bad('query is too old and response timeout expired or query ID is invalid');
      const text = strParam(params, 'text');
      if (text !== undefined && text.length > 200) throw bad('MESSAGE_TOO_LONG');
      query.answered = true;
      const url = strParam(params, 'url');
      callbackAnswers.push({
        queryId: id!,
        data: query.data,
        ...(text && { text }),
        showAlert: boolParam(params, 'show_alert'),
        ...(url && { url }),
        at: Date.now(),
      });
      return true;
    },
    setMyCommands: (params) => {
      const list = jsonParam(params, 'commands', 'bot commands');
      if (list === undefined) throw bad('parameter "commands" is required');
      if (!Array.isArray(list)) throw bad("can't parse bot commands");
      if (list.length > 100) throw bad('BOT_COMMANDS_TOO_MUCH');
      for (const entry of list as unknown[]) {
        const ok =
          isObject(entry) &&
          typeof entry.command === 'string' &&
          /^[a-z0-9_]{1,32}$/.test(entry.command) &&
          typeof entry.description === 'string' &&
          entry.description.trim().length >= 1 &&
          entry.description.length <= 256;
        if (!ok) throw bad('BOT_COMMAND_INVALID');
      }
      const lang = language(params);
      if (list.length)
        commands[lang] = (list as { command: string; description: string }[]).map(({ command, description }) => ({
          command,
          description,
        }));
      else delete commands[lang]; // an empty list is how Telegram deletes them
      return true;
    },
    getMyCommands: (params) => commands[language(params)] ?? [],
    deleteMyCommands: (params) => {
      delete commands[language(params)];
      return true;
    },
    sendChatAction: (params) => {
      chatOf(params);
      if (!CHAT_ACTIONS.includes(strParam(params, 'action') ?? '')) throw bad('wrong parameter action in request');
      return true;
    },
  };
  const language = (params: Params) => {
    const lang = strParam(params, 'language_code') ?? '';
    if (!/^([a-z]{2})?$/.test(lang)) throw bad('LANGUAGE_CODE_INVALID');
    return lang; // `scope` is ignored: Stepwise registers only the default scope
  };
  // Bot API method names are case-insensitive.
  const canonical = new Map([...Object.keys(methods), 'getUpdates'].map((name) => [name.toLowerCase(), name]));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = /^\/bot([^/]*)\/([^/]*)$/.exec(url.pathname);
    if (!path) return fail(res, undefined, new TelegramError(404, 'Not Found'));
    let params: Params = {};
    let parseError: TelegramError | undefined;
    try {
      params = await readParams(req, url);
    } catch (problem) {
      parseError = problem as TelegramError;
    }
    const method = canonical.get(path[2]!.toLowerCase());
    // The network's delay before a call reaches Telegram. A client killed meanwhile has its
    // connection reset by its kernel, and what was still on the way is lost with it (the server
    // sees the connection end: a live HTTP client never half-closes while awaiting its answer).
    if ((latencyMs > 0 || held) && method !== 'getUpdates') {
      onTheWay += 1;
      changed();
      try {
        await new Promise((resolve) => setTimeout(resolve, latencyMs));
        await held?.until;
      } finally {
        onTheWay -= 1;
      }
      if (req.socket.destroyed || req.socket.readableEnded) return void req.socket.destroy();
    }
    const call: ApiCall = { method: method ?? path[2]!, params, at: Date.now() };
    calls.push(call);
    try {
      if (decodeURIComponent(path[1]!) !== token) throw new TelegramError(401, 'Unauthorized');
      if (!method || !['GET', 'POST'].includes(req.method ?? '')) throw new TelegramError(404, 'Not Found');
      if (parseError) throw parseError;
      const planned = failures.find((plan) => plan.method === method);
      if (planned) {
        if (--planned.left === 0) failures.splice(failures.indexOf(planned), 1);
        const failure = planned.failure;
        if (failure.status === 429)
          throw new TelegramError(429, `Too Many Requests: retry after ${failure.retryAfter}`, failure.retryAfter);
        if (failure.status === 400)
          throw new TelegramError(
            400,
            failure.description.startsWith('Bad Request: ')
              ? failure.description
              : `Bad Request: ${failure.description}`,
          );
        throw new TelegramError(
          failure.status,
          { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' }[failure.status],
        );
      }
      if (method === 'getUpdates') getUpdates(params, res, call);
      else send(res, call, 200, { ok: true, result: methods[method]!(params) });
      changed();
    } catch (error) {
      if (!(error instanceof TelegramError)) throw error;
      fail(res, call, error);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      fail(res, undefined, new TelegramError(500, `Internal Server Error: fake bug: ${(error as Error).message}`)),
    );
  });
  // grammY keeps connections alive; a longer server keep-alive avoids ECONNRESET races on reuse.
  server.keepAliveTimeout = 120_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const waitFor = (predicate: () => boolean, timeoutMs = 5000, explain?: () => string): Promise<void> =>
    new Promise((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        clearInterval(tick);
        waiters.delete(waiter);
        if (err) reject(err);
        else resolve();
      };
      const waiter = {
        check: () => {
          try {
            if (predicate()) done();
          } catch (error) {
            done(error as Error);
          }
        },
        fail: done,
      };
      const recent = () =>
        calls
          .slice(-8)
          .map(
            (call) => `  ${call.method} → ${call.status ?? 'pending'}${call.description ? ` ${call.description}` : ''}`,
          )
          .join('\n');
      const timer = setTimeout(
        () =>
          done(
            new Error(
              `${explain?.() ?? `waitFor: condition not met within ${timeoutMs} ms`}\nundelivered updates: ${undelivered()}; last API calls:\n${recent() || '  (none)'}`,
            ),
          ),
        timeoutMs,
      );
      const tick = setInterval(waiter.check, 20);
      waiters.add(waiter);
      waiter.check();
    });
  const messagesTo = (chatId: number) =>
    sent.filter((message) => message.chatId === chatId).map((message) => message.text);

  return {
    /** Pass as grammY's `client: { apiRoot }`. */
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    /** The bot user getMe answers with. */
    bot,
    /** Every successful sendMessage, in order (edits are in `edits`). */
    sent,
    /** Every HTTP call to the Bot API, failed ones included. */
    calls,
    edits,
    callbackAnswers,
    /** setMyCommands results by language code ('' = default). */
    commands,
    /** The webhook as set by setWebhook ('' url = none). */
    webhook,

    /** A text message from `user` in their private chat; a leading /command gets its bot_command entity. */
    sendText(user: FakeUser, text: string): number {
      return enqueue('message', userMessage(user, typed(text)));
    },
    sendSticker: (user: FakeUser) =>
      enqueue(
        'message',
        userMessage(user, {
          sticker: {
            ...file('CAAC'),
            type: 'regular',
            width: 512,
            height: 512,
            is_animated: false,
            is_video: false,
            emoji: '👍',
            set_name: 'HotCherry',
            file_size: 23_144,
          },
        }),
      ),
    sendPhoto: (user: FakeUser) =>
      enqueue(
        'message',
        userMessage(user, {
          photo: [
            [90, 67, 1_412],
            [320, 240, 17_864],
            [800, 600, 61_202],
          ].map(([width, height, file_size]) => ({
            ...file('AgAC'),
            width: width!,
            height: height!,
            file_size: file_size!,
          })),
        }),
      ),
    sendVoice: (user: FakeUser) =>
      enqueue(
        'message',
        userMessage(user, { voice: { ...file('AwAC'), duration: 3, mime_type: 'audio/ogg', file_size: 9_817 } }),
      ),
    /** The user edits one of their own messages (an `edited_message` update). */
    editText(user: FakeUser, messageId: number, newText: string): number {
      const msg = chatFor(user).messages.get(messageId);
      if (!msg || msg.from?.id !== user.id)
        throw new Error(`fake Telegram: chat ${user.id} has no message ${messageId} from this user to edit`);
      const edited = {
        message_id: messageId,
        from: msg.from,
        chat: msg.chat,
        date: msg.date,
        edit_date: seconds(),
        ...typed(newText),
      } as Message;
      chatFor(user).messages.set(messageId, edited);
      return enqueue('edited_message', edited);
    },
    /**
     * The user presses an inline button that exists: on `messageId`, or else the latest bot message
     * carrying `data`.
     */
    pressButton(user: FakeUser, data: string, messageId?: number): number {
      const chat = chatFor(user);
      const hasButton = (message: Message) =>
        !!message.reply_markup?.inline_keyboard
          .flat()
          .some((button) => 'callback_data' in button && button.callback_data === data);
      const botMessages = [...chat.messages.values()].filter((message) => message.from?.id === bot.id).reverse();
      const msg = messageId === undefined ? botMessages.find(hasButton) : chat.messages.get(messageId);
      if (!msg || msg.from?.id !== bot.id || !hasButton(msg)) {
        const offered = botMessages.flatMap(
          (message) =>
            message.reply_markup?.inline_keyboard
              .flat()
              .map(
                (button) => `#${message.message_id} ${'callback_data' in button ? button.callback_data : button.text}`,
              ) ?? [],
        );
        throw new Error(
          `fake Telegram: no button with data ${JSON.stringify(data)}${messageId ? ` on message ${messageId}` : ''} in chat ${user.id}; buttons on screen: ${offered.join(', ') || 'none'}`,
        );
      }
      const id = `${user.id}${(++counter).toString().padStart(7, '0')}`;
      queries.set(id, { data, answered: false });
      return enqueue('callback_query', {
        id,
        from: chat.user,
        message: msg,
        chat_instance: String(-(4_000_000_000_000 + user.id)),
        data,
      });
    },
    /** Puts an update back in the queue with its own update_id, to be delivered again even if confirmed. */
    redeliver(updateId: number): void {
      const update = history.get(updateId);
      if (!update) throw new Error(`fake Telegram: no update ${updateId} was ever generated`);
      const queued = queue.find((entry) => entry.update.update_id === updateId);
      if (queued) Object.assign(queued, { delivered: false, sticky: true });
      else
        queue = [...queue, { update, delivered: false, sticky: true }].sort(
          (left, right) => left.update.update_id - right.update.update_id,
        );
      wake();
      changed();
    },
    /** The user blocks the bot: sends to them then fail with 403 like Telegram. */
    blockBot: (user: FakeUser) => void (chatFor(user).blocked = true),
    /** A person who started the bot some time ago (their chat exists), without a new update now. */
    meet: (user: FakeUser) => void chatFor(user),
    /** Every later call (but getUpdates) waits this long on the way in; see `handle`. */
    setLatency: (ms: number) => void (latencyMs = ms),
    /** How many calls are on the way in (delayed by `setLatency` or held by `hold`), not yet seen by Telegram. */
    onTheWay: () => onTheWay,
    /** Calls on the way in wait (a congested network) until the returned release is called. */
    hold(): () => void {
      let release = () => undefined as void;
      const until = new Promise<void>((resolve) => (release = resolve));
      held = { until, release };
      return () => {
        held = undefined;
        release();
      };
    },
    /** The next `times` calls of `method` fail with Telegram's error shape for `failure`. */
    failNext(method: string, times: number, failure: Failure): void {
      const name = canonical.get(method.toLowerCase());
      if (!name) throw new Error(`fake Telegram: unknown method ${method}`);
      if (!Number.isInteger(times) || times < 1)
        throw new Error('fake Telegram: failNext needs a positive number of times');
      failures.push({ method: name, left: times, failure });
    },

    messagesTo,
    /** Resolves with all texts sent to `chatId` once there are at least `count`. */
    async waitForMessages(chatId: number, count: number, timeoutMs = 5000): Promise<string[]> {
      await waitFor(
        () => messagesTo(chatId).length >= count,
        timeoutMs,
        () => {
          const got = messagesTo(chatId);
          const refused = calls
            .filter((call) => String(call.params.chat_id) === String(chatId) && (call.status ?? 200) >= 400)
            .map((call) => `  ${call.method} → ${call.status} ${call.description}`);
          return [
            `waitForMessages: expected ${count} messages in chat ${chatId} within ${timeoutMs} ms, got ${got.length}:`,
            ...got.map((text, i) => `  ${i + 1}. ${clip(text)}`),
            ...(refused.length ? ['refused calls for this chat:', ...refused] : []),
          ].join('\n');
        },
      );
      return messagesTo(chatId);
    },
    /** Resolves once `predicate()` holds (checked on every change and every 20 ms). */
    waitFor: (predicate: () => boolean, timeoutMs = 5000) => waitFor(predicate, timeoutMs),
    /** Updates not yet handed to the bot (by getUpdates or postToWebhook). */
    pendingUpdates: undelivered,

    /**
     * Webhook mode: POSTs an update (the oldest undelivered, or `updateId`) to `url` as Telegram would,
     * with the secret header; a 2xx confirms it. A webhook reply (a method in the answer body) is refused.
     */
    async postToWebhook(
      url: string,
      updateId?: number,
      secret = webhook.secretToken,
    ): Promise<{ status: number; body: string }> {
      const entry =
        updateId === undefined
          ? queue.find((queued) => !queued.delivered)
          : queue.find((queued) => queued.update.update_id === updateId);
      const update = entry?.update ?? (updateId === undefined ? undefined : history.get(updateId));
      if (!update)
        throw new Error(
          `fake Telegram: ${updateId === undefined ? 'no undelivered update' : `no update ${updateId}`} to post`,
        );
      if (entry) entry.delivered = true;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret && { 'x-telegram-bot-api-secret-token': secret }) },
        body: JSON.stringify(update),
      });
      const body = await res.text();
      if (res.ok) queue = queue.filter((queued) => queued !== entry);
      else if (entry) entry.delivered = false; // Telegram retries later
      changed();
      // A method call in the answer (a "webhook reply") would be executed by Telegram; this fake does not.
      if (res.ok && /^\s*\{[^]*"method"\s*:/.test(body))
        throw new Error(`fake Telegram: webhook replies are not supported; the webhook answered ${clip(body)}`);
      return { status: res.status, body };
    },

    /** Stops the server, cutting open connections (held long polls included) and failing pending waits. */
    close: () =>
      new Promise<void>((resolve) => {
        if (poll) clearTimeout(poll.timer);
        poll = undefined;
        for (const waiter of [...waiters]) waiter.fail(new Error('fake Telegram closed while waiting'));
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The object startFakeTelegram resolves with. */
export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
