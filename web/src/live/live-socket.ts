import type { Locale } from '../api/contract/common';
import type { LiveMessage } from '../api/contract/live';
import { backoffMs } from './backoff';

/** The server closes with this when the token is missing, wrong or expired (ws.route.ts). */
const UNAUTHORIZED = 4401;

export type LiveStatus = 'connecting' | 'ready';

export interface LiveOptions {
  token(): string | undefined;
  /** A fresh token after a 4401; false when the session is over (then the socket stays closed). */
  refresh(): Promise<boolean>;
  lang: Locale;
  onMessage(message: LiveMessage): void;
  onStatus(status: LiveStatus): void;
}

const socketUrl = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/ws`;

/**
 * `GET /api/ws`, kept open: the token goes in the first message (never the URL), `ready` resets
 * the backoff, and any close reconnects after 1 s, 2 s, 4 s … 30 s — after a fresh token when the
 * server said 4401. Returns the function that closes it for good.
 */
export function connectLive(options: LiveOptions): () => void {
  let socket: WebSocket | undefined;
  let attempt = 0;
  let timer: number | undefined;
  let stopped = false;

  const open = () => {
    if (stopped) return;
    options.onStatus('connecting');
    const current = new WebSocket(socketUrl());
    socket = current;
    current.onopen = () =>
      current.send(JSON.stringify({ type: 'auth', token: options.token() ?? '', lang: options.lang }));
    current.onmessage = (event) => {
      const message = parse(event.data);
      if (!message) return;
      if (message.type === 'ready') {
        attempt = 0;
        options.onStatus('ready');
      }
      options.onMessage(message);
    };
    current.onclose = (event) => void reconnect(event.code);
  };

  const reconnect = async (code: number) => {
    if (stopped) return;
    options.onStatus('connecting');
    if (code === UNAUTHORIZED && !(await options.refresh())) return;
    timer = window.setTimeout(open, backoffMs(attempt++));
  };

  open();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    socket?.close(1000, 'closed by the app');
  };
}

function parse(data: unknown): LiveMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const message = JSON.parse(data) as { type?: unknown };
    return typeof message.type === 'string' ? (message as LiveMessage) : undefined;
  } catch {
    return undefined;
  }
}
