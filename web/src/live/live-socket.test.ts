import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLive, type LiveEnv, type LiveStatus } from './live-socket';

/** A socket the test drives: it records what was sent and closes or says `ready` on demand. */
class FakeSocket {
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  sent: string[] = [];
  send(data: string) {
    this.sent.push(data);
  }
  close() {}
  ready() {
    this.onopen?.();
    this.onmessage?.({ data: JSON.stringify({ type: 'ready' }) });
  }
  lose(code = 1006) {
    this.onclose?.({ code });
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const statuses: LiveStatus[] = [];
  const windowTarget = new EventTarget();
  const documentTarget = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
  const env: LiveEnv = {
    url: 'ws://test/api/ws',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    window: windowTarget,
    document: documentTarget,
  };
  const live = connectLive(
    {
      token: () => 'token',
      refresh: () => Promise.resolve(true),
      lang: 'en',
      onMessage: () => undefined,
      onStatus: (status) => statuses.push(status),
    },
    env,
  );
  const show = () => {
    documentTarget.visibilityState = 'visible';
    documentTarget.dispatchEvent(new Event('visibilitychange'));
  };
  /** Drops the connection `times` times in a row, so the backoff has grown to 2^(times-1) s. */
  const loseRepeatedly = async (times: number) => {
    for (let i = 0; i < times; i += 1) {
      sockets.at(-1)!.lose();
      await vi.advanceTimersByTimeAsync(i === times - 1 ? 0 : 2 ** i * 1000);
    }
  };
  return {
    sockets,
    statuses,
    live,
    show,
    loseRepeatedly,
    online: () => windowTarget.dispatchEvent(new Event('online')),
  };
}

describe('the live socket reconnects at once when the person is back, not after its backoff', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('connects at once when the tab becomes visible while it waits out the backoff', async () => {
    const { sockets, show, loseRepeatedly, live } = harness();
    sockets[0]!.ready();
    await loseRepeatedly(4); // the next try would be 8 s away
    expect(sockets).toHaveLength(4);
    show();
    expect(sockets).toHaveLength(5);
    live.stop();
  });

  it('connects at once when the browser goes online while it waits out the backoff', async () => {
    const { sockets, online, loseRepeatedly, live } = harness();
    sockets[0]!.ready();
    await loseRepeatedly(3);
    expect(sockets).toHaveLength(3);
    online();
    expect(sockets).toHaveLength(4);
    live.stop();
  });

  it('opens no second socket when connected or already connecting, and none after stop', async () => {
    const { sockets, show, online, live, loseRepeatedly } = harness();
    online(); // still connecting: the opening socket is left alone
    expect(sockets).toHaveLength(1);
    sockets[0]!.ready();
    show();
    online();
    expect(sockets).toHaveLength(1);
    await loseRepeatedly(1);
    live.stop();
    online();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('Retry now skips the wait, and the status stays offline through re-attempts until ready', async () => {
    const { sockets, statuses, live, loseRepeatedly } = harness();
    sockets[0]!.ready();
    await loseRepeatedly(2);
    live.reconnectNow();
    expect(sockets).toHaveLength(3);
    sockets[2]!.ready();
    expect(statuses).toEqual(['connecting', 'ready', 'offline', 'offline', 'ready']);
    live.stop();
  });
});
