import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Bodies smaller than this go out as they are: gzip would save too little to pay for itself. */
const GZIP_FROM_BYTES = 1024;

/**
 * A JSON body prepared once for sending many times: its UTF-8 bytes (encoded once, not per
 * request), a strong ETag and, when asked, gzip.
 */
export interface PreparedJson {
  readonly bytes: Buffer;
  readonly etag: string;
  /** When the view stops being true by the clock alone (epoch ms), if it does: a kept copy is not served after. */
  readonly validUntil?: number;
  gzip(): Buffer;
}

export function prepareJson(value: unknown, validUntil?: number): PreparedJson {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  let gzipped: Buffer | undefined;
  return {
    bytes,
    ...(validUntil !== undefined && { validUntil }),
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
    gzip: () => (gzipped ??= gzipSync(bytes)),
  };
}

const acceptsGzip = (header: string | undefined) =>
  header !== undefined && /(?:^|,)\s*gzip\s*(?:,|$|;\s*q=(?!0(?:\.0*)?\s*(?:,|$)))/i.test(header);

/**
 * Sends a prepared body the way a dashboard polling it wants: `304 Not Modified` when the client
 * already has this version (If-None-Match), gzip when it accepts it, and never a stored copy in a
 * shared cache (the body is one user's). Returns nothing: an async handler returning the reply resolves
 * through the reply's own `then`, one more promise job a request for nothing.
 */
export function sendPrepared(req: FastifyRequest, reply: FastifyReply, body: PreparedJson): void {
  const gzip = body.bytes.length >= GZIP_FROM_BYTES && acceptsGzip(req.headers['accept-encoding']);
  // Each representation has its own tag (RFC 9110); either one means the client has this version.
  const etag = gzip ? `${body.etag.slice(0, -1)}-gz"` : body.etag;
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
  const known = req.headers['if-none-match'];
  if (
    known !== undefined &&
    known.split(',').some((tag) => [body.etag, '*'].includes(tag.trim().replace(/^W\//, '').replace(/-gz"$/, '"')))
  )
    return void reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (gzip) return void reply.header('content-encoding', 'gzip').send(body.gzip());
  // A Buffer is sent as it is: Fastify serialises only objects.
  reply.send(body.bytes);
}
