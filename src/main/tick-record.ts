import { createHook } from 'node:async_hooks';

/**
 * One of Node's next-tick records, held for the life of the process.
 *
 * `process.nextTick` builds each record as an object literal with two computed (symbol) keys. V8 optimises such a
 * literal only while the site has seen one shape, and it holds that shape weakly: a few full collections while no
 * record is alive (the two that free start-up's garbage in serve.ts, V8's own while the server idles) drop it, the
 * next record gets a new shape, and the site goes generic for good. From then on every tick (a request makes about 15)
 * takes a slow path in the runtime: measured with callgrind, a quarter of a cached read's instructions (150k → 112k a
 * request with this record held). A live record keeps its shape, and so the fast path, alive.
 */
const held: object[] = [];

/** Captures a next-tick record as Node makes one (the async hook is on for that one tick) and keeps it. */
export function holdTickRecord(): Promise<object | undefined> {
  return new Promise((resolve) => {
    let record: object | undefined;
    const hook = createHook({
      init(_id, type, _trigger, resource: object) {
        if (type !== 'TickObject' || record) return;
        record = resource;
        held.push(resource);
      },
    });
    hook.enable();
    process.nextTick(() => {
      hook.disable();
      resolve(record);
    });
  });
}
