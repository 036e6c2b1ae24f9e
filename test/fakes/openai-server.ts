import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One scripted reaction of the fake model server. */
export type Scripted =
  | { answer: Record<string, unknown> } // a JSON answer in message.content
  | { content: string } // raw message.content (malformed JSON, prose…)
  | { status: number; error?: string } // an HTTP error with OpenAI's error body
  | { hang: true }; // never answers (the client must time out)

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
}

/**
 * A strict fake of an OpenAI-compatible server (`POST /v1/chat/completions`): validates requests
 * like the real API (400 for a malformed body, 404 for other paths), answers from a script, and
 * when the script runs out it fails the request and remembers it, so a test can never pass by
 * accident on an unscripted call.
 */
export async function startFakeOpenAI() {
  const script: Scripted[] = [];
  const requests: ChatRequest[] = [];
  const sockets = new Set<Socket>();
  let unscripted = 0;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string, type = 'invalid_request_error') =>
    send(res, status, { error: { message, type, param: null, code: null } });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions')
      return error(res, 404, `Unknown request URL: ${req.method} ${req.url}`);
    let body: ChatRequest;
    try {
      const chunks: Buffer[] = [];
      for await (const item of req) chunks.push(item as Buffer);
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    } catch {
      return error(res, 400, 'We could not parse the JSON body of your request.');
    }
    if (typeof body.model !== 'string' || !Array.isArray(body.messages) || body.messages.length === 0) {
      return error(res, 400, "Missing required parameter: 'model' or 'messages'.");
    }
    requests.push(body);
    const next = script.shift();
    if (!next) {
      unscripted++;
      return error(res, 500, 'fake server: no scripted reply left', 'server_error');
    }
    if ('hang' in next) return; // keep the socket open until the client gives up
    if ('status' in next)
      return error(
        res,
        next.status,
        next.error ?? 'The server had an error while processing your request.',
        'server_error',
      );
    const content = 'answer' in next ? JSON.stringify(next.answer) : next.content;
    send(res, 200, {
      id: `chatcmpl-${requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  };

  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Queues reactions for the next requests, in order. */
    script: (...items: Scripted[]) => void script.push(...items),
    pending: () => script.length,
    unscripted: () => unscripted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export type FakeOpenAI = Awaited<ReturnType<typeof startFakeOpenAI>>;
