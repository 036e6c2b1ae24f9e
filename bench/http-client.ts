// A lean HTTP/1.1 client for the load benchmarks: node:http with kept-alive sockets, so the client's
// own cost per request stays small and the same for the baseline and the API.
import http from 'node:http';

export interface Answer {
  status: number;
  body: string;
  retryAfter?: string;
  ms: number;
}

/** One client's connection pool (`sockets` at most), against one server. */
export function httpClient(base: string, sockets: number) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const send = (
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
  ): Promise<Answer> =>
    new Promise((resolve) => {
      const started = performance.now();
      const body = options.body;
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: {
            ...options.headers,
            ...(body !== undefined && {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
              ...(res.headers['retry-after'] !== undefined && { retryAfter: String(res.headers['retry-after']) }),
              ms: performance.now() - started,
            }),
          );
        },
      );
      // A request nobody answers in time counts as unanswered (status 0), not as a hung benchmark.
      req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}
