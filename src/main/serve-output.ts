import { Writable } from 'node:stream';

/**
 * The server's log stream while it starts. `npm start` is read by a person first: the banner
 * (where it listens, which database, coach and bot) must be the first thing on the screen, not a
 * JSON line such as Fastify's "Server listening at …" that comes out a moment before it. So log
 * lines written while starting wait here and follow the banner, in order; after it they pass
 * straight through, as JSON, for whatever collects the logs. Nothing is dropped: `release()` runs
 * on every way out of the start, failures included.
 */
export function heldUntilBanner(out: NodeJS.WritableStream) {
  let held: (string | Uint8Array)[] | undefined = [];
  const stream = new Writable({
    write(chunk: string | Uint8Array, _encoding, done) {
      if (held) held.push(chunk);
      else out.write(chunk);
      done();
    },
  });
  return {
    stream,
    /** Writes what waited, and lets every later line through at once. */
    release() {
      if (!held) return;
      const lines = held;
      held = undefined;
      for (const line of lines) out.write(line);
    },
  };
}
