import { connect } from 'node:net';

/** What came back over the wire: the status (0: closed without an answer), the headers (lower-case names), the body. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Gives up on a server that neither answers nor closes (a test then sees status 0). */
const PATIENCE_MS = 10_000;

/**
 * Sends bytes exactly as given over a fresh TCP connection (no client tidies the path, the
 * encoding or the framing), and resolves with the first complete final answer. The connection is
 * not half-closed while waiting: Node's server drops requests in flight when the client's side ends.
 */
export function rawRequest(port: number, bytes: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = Buffer.alloc(0);
    const finish = (answer: RawAnswer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => finish(parseAnswer(received, true) ?? closed), PATIENCE_MS);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const answer = parseAnswer(received, false);
      if (answer) finish(answer);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    socket.on('close', () => finish(parseAnswer(received, true) ?? closed));
    socket.write(bytes);
  });
}

const closed: RawAnswer = { status: 0, headers: {}, body: '' };

/** The final answer once it is complete (or whatever came, when the connection is over), else undefined. */
function parseAnswer(bytes: Buffer, over: boolean): RawAnswer | undefined {
  let text = bytes.toString('latin1');
  // An interim answer (100 Continue) may come first: the final one is what counts.
  text = text.replace(/^(HTTP\/1\.1 1\d\d [^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) return over && text ? { status: statusOf(text), headers: {}, body: '' } : undefined;
  const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const raw = text.slice(split + 4);
  const body = headers['transfer-encoding'] === 'chunked' ? unchunk(raw) : raw;
  const length = Number(headers['content-length'] ?? NaN);
  const complete = body !== undefined && (Number.isNaN(length) ? over : raw.length >= length);
  if (!complete && !over) return undefined;
  return { status: statusOf(statusLine), headers, body: Buffer.from(body ?? raw, 'latin1').toString('utf8') };
}

const statusOf = (line: string) => Number(/^HTTP\/1\.1 (\d+)/.exec(line)?.[1] ?? 0);

/** A chunked body's data once its last chunk arrived, else undefined. */
function unchunk(raw: string): string | undefined {
  let out = '';
  let rest = raw;
  for (;;) {
    const line = rest.indexOf('\r\n');
    if (line < 0) return undefined;
    const size = parseInt(rest.slice(0, line), 16);
    if (size === 0) return out;
    if (Number.isNaN(size) || rest.length < line + 2 + size + 2) return undefined;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}

/** An HTTP/1.1 request as bytes: the body's length is counted in bytes, unless a header sets it. */
export function httpBytes(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Buffer {
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const all: Record<string, string> = {
    host: 'localhost',
    connection: 'close',
    ...(body !== undefined && { 'content-length': String(payload.length) }),
    ...headers,
  };
  const head = Object.entries(all)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(`${method} ${path} HTTP/1.1\r\n${head}\r\n`, 'latin1'), payload]);
}
