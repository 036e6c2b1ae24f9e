import type { Locale } from '../api/contract/common';
import type { LiveMessage } from '../api/contract/live';
import { backoffMs } from './backoff';

/** The server closes with this when the token is missing, wrong or expired (ws.route.ts). */
const UNAUTHORIZED = 4401;

/**
 * `connecting` before the first `ready`; `offline` from a lost connection until `ready` again
 * (through every re-attempt, so the UI does not flicker between the two while the server is down).
 */
export type LiveStatus = 'connecting' | 'ready' | 'offline';

export interface LiveOptions {
  token(): string | undefined;
  /** A fresh token after a 4401; false when the session is over (then the socket stays closed). */
  refresh(): Promise<boolean>;
  lang: Locale;
  onMessage(message: LiveMessage): void;
  onStatus(status: LiveStatus): void;
}

/** What the socket needs from the browser; a test passes its own. */
export interface LiveEnv {
  url: string;
  createSocket(url: string): WebSocket;
  /** Where `online` fires. */
  window: EventTarget;
  /** Where `visibilitychange` fires, and whether the tab is shown. */
  document: EventTarget & { readonly visibilityState: string };
}

const browserEnv = (): LiveEnv => ({
  url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/ws`,
  createSocket: (url) => new WebSocket(url),
  window,
  document,
});

export interface LiveConnection {
  /** Skips the rest of the backoff wait and connects now (a no-op while connected or connecting). */
  reconnectNow(): void;
  /** Closes it for good. */
  stop(): void;
}

/**
 * `GET /api/ws`, kept open: the token goes in the first message (never the URL), `ready` resets
 * the backoff, and any close reconnects after 1 s, 2 s, 4 s … 30 s — after a fresh token when the
 * server said 4401. A tab coming back into view or the browser going online connects at once: that
 * is when the person looks, and a 30 s wait out of an old backoff would show a stale screen.
 */
export function connectLive(options: LiveOptions, env: LiveEnv = browserEnv()): LiveConnection {
  let socket: WebSocket | undefined;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lost = false;

  const open = () => {
    timer = undefined;
    if (stopped) return;
    // After a loss the status stays `offline` until `ready`, through each re-attempt.
    if (!lost) options.onStatus('connecting');
    const current = env.createSocket(env.url);
    socket = current;
    current.onopen = () =>
      current.send(JSON.stringify({ type: 'auth', token: options.token() ?? '', lang: options.lang }));
    current.onmessage = (event) => {
      const message = parse(event.data);
      if (!message) return;
      if (message.type === 'ready') {
        attempt = 0;
        lost = false;
        options.onStatus('ready');
      }
      options.onMessage(message);
    };
    current.onclose = (event) => void reconnect(event.code);
  };

  const reconnect = async (code: number) => {
    if (stopped) return;
    lost = true;
    options.onStatus('offline');
    if (code === UNAUTHORIZED && !(await options.refresh())) return;
    timer = setTimeout(open, backoffMs(attempt++));
  };

  const reconnectNow = () => {
    // Only while waiting out the backoff: an open or opening socket is left alone, never doubled.
    if (stopped || timer === undefined) return;
    clearTimeout(timer);
    open();
  };
  const onVisible = () => {
    if (env.document.visibilityState === 'visible') reconnectNow();
  };
  env.window.addEventListener('online', reconnectNow);
  env.document.addEventListener('visibilitychange', onVisible);

  open();
  return {
    reconnectNow,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      env.window.removeEventListener('online', reconnectNow);
      env.document.removeEventListener('visibilitychange', onVisible);
      socket?.close(1000, 'closed by the app');
    },
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
