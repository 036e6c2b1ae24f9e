import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './error-handler.js';

/** A high surrogate not followed by a low one, or a low one not after a high one (no `u` flag: code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deep enough for every body the API takes (answers are one level under the body). */
const MAX_DEPTH = 8;

/**
 * The path of the first string that no database keeps as sent: a NUL (PostgreSQL refuses it, SQLite
 * cuts the text there) or a lone surrogate (stored as U+FFFD, so two different texts become one).
 */
export function badTextAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path : undefined;
  if (depth >= MAX_DEPTH || !isParsed(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = badTextAt(key, `${path}.${key}`) ?? badTextAt(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parsed text (a JSON body, the query, path parameters) holds strings to check; an upload's body is bytes
 * (`/api/health/imports`: a stream, a buffer once read). Walked as an object, a 4 MB export listed every byte as an
 * entry, seconds of CPU and memory for each upload, and its bytes are the import's to judge, not this guard's.
 */
function isParsed(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return false;
  return typeof (value as { pipe?: unknown }).pipe !== 'function';
}

/** The API's own doors: the Telegram webhook must never answer 400 (Telegram would redeliver). */
const guarded = (req: FastifyRequest) => /^\/(api|auth)\//.test(req.url);

/**
 * JSON bodies are read as bytes and refused with 400 when they are not UTF-8: decoded as they came,
 * each broken byte became U+FFFD before any check, so different bodies merged into one (the same
 * goal twice, "duplicate": true). Fastify's own JSON parser then reads the text (its
 * prototype-poisoning checks included). No route takes plain text, so Fastify's default text/plain
 * parser goes: such a body is refused with 415 naming what the route takes (`error-handler.ts`),
 * not read as a string and refused with a puzzling "body: must be an object".
 */
export function guardUtf8Bodies(http: FastifyInstance): void {
  const parseJson = http.getDefaultJsonParser('error', 'error');
  const decode = (req: FastifyRequest, body: Buffer): string => {
    if (guarded(req) && !isUtf8(body))
      throw new HttpProblem(400, 'invalid_text', 'the body is not valid UTF-8: send text encoded as UTF-8');
    return body.toString('utf8');
  };
  http.removeContentTypeParser(['application/json', 'text/plain']);
  http.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) =>
    parseJson(req, decode(req, body as Buffer), done),
  );
}

/**
 * Refuses such text at the door with 400, the same on SQLite and PostgreSQL, before any route, screen
 * or store sees it: the body, the path parameters and the query.
 */
export function guardText(http: FastifyInstance): void {
  // A callback hook (a throw is answered as from an async one): no promise per request.
  http.addHook('preValidation', (req, _reply, done) => {
    if (!guarded(req)) return done();
    const where = badTextAt(req.params, 'params') ?? badTextAt(req.query, 'query') ?? badTextAt(req.body, 'body', 0);
    if (where)
      throw new HttpProblem(
        400,
        'invalid_text',
        `${where.replace(/^(body|params|query)\./, '')}: contains a NUL character or a broken Unicode surrogate`,
      );
    done();
  });
}
