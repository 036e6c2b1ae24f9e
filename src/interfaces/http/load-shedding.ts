import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from './error-handler.js';

/** How much work the server takes on before it refuses more (0 switches a bound off). */
export interface LoadLimits {
  /** HTTP_MAX_IN_FLIGHT: requests being answered at once (and taken in one turn past `turnBudgetMs`). */
  maxInFlight: number;
  /**
   * HTTP_MAX_EVENT_LOOP_DELAY_MS: the event loop's mean delay, over two checks in a row. Off by default: on a
   * busy shared machine, or while a lazily loaded model is read, the loop lags for seconds without any
   * flood, and every request meanwhile would be refused (the API's test suites saw it at a 1 s bound).
   */
  maxEventLoopDelayMs: number;
  /**
   * How long one turn of the event loop may spend on the requests it took before the ones past
   * `maxInFlight` in that turn are refused (see `shedLoad`).
   */
  turnBudgetMs: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxInFlight: 64, maxEventLoopDelayMs: 0, turnBudgetMs: 100 };

/** Past this share of V8's heap limit the process is close to running out of memory: take nothing new. */
const MAX_HEAP_SHARE = 0.9;
/** How often the event loop's delay and the heap are looked at. */
const CHECK_EVERY_MS = 250;
/** The histogram's resolution: its own timer's granularity, taken off the mean (as @fastify/under-pressure does). */
const RESOLUTION_MS = 10;
/** When a refused client may try again (seconds): a burst passes within moments. */
export const OVERLOADED_RETRY_AFTER_S = 1;

/**
 * Operations endpoints answer whatever the load (a load balancer must tell "busy" from "dead"), and
 * live sockets have their own cap (connections.ts) and stay open for hours: neither is counted.
 */
const NEVER_SHED = new Set(['/healthz', '/readyz', '/metrics', '/api/ws']);

const BODY: ErrorBody = { error: 'overloaded', message: 'the server is busy; try again in a moment' };
const REFUSAL = JSON.stringify(BODY);

/**
 * Bounded work: past `maxInFlight` requests at once, or while the event loop lags by more than
 * `maxEventLoopDelayMs` or the heap is nearly full, a new request is answered at once with 503
 * `overloaded` and Retry-After, before any of its work starts. Without it a flood queued without
 * bound: writes waited ten seconds and more, reads got no answer, /healthz answered after seconds.
 * A refusal costs microseconds, so the requests taken keep their usual latency.
 *
 * The queue is also counted where SQLite keeps it. There a request's work is synchronous, so requests
 * are hardly ever in flight together: a flood waits in its sockets, and one turn of the event loop reads
 * every socket that is ready and answers each request in turn. With 400 clients a turn lasted seconds,
 * and /healthz waited for all of it. So past `maxInFlight` requests taken in one turn, once that turn
 * has spent `turnBudgetMs`, the rest of the turn is refused: a turn stays near the budget and the
 * operations endpoints answer within a turn or two. Both must be passed: a single slow request (a
 * model read on first use) holds a turn without any queue, and many cheap cached reads in one turn are
 * no queue either.
 */
export function shedLoad(http: FastifyInstance, limits: LoadLimits): void {
  let inFlight = 0;
  const turn = { open: false, startedAt: 0, taken: 0 };
  // Runs in the check phase right after the poll phase that read the sockets: the next turn starts afresh.
  const endTurn = () => void (turn.open = false);
  let strained = false;
  let laggedBefore = false;
  const delay = limits.maxEventLoopDelayMs > 0 ? monitorEventLoopDelay({ resolution: RESOLUTION_MS }) : undefined;
  delay?.enable();
  const heapLimit = getHeapStatistics().heap_size_limit;
  const check = setInterval(() => {
    const lagged = delay !== undefined && Math.max(0, delay.mean / 1e6 - RESOLUTION_MS) > limits.maxEventLoopDelayMs;
    delay?.reset();
    // Two checks in a row: one long pause (a collection, a synchronous start-up step) is not a flood.
    strained = (lagged && laggedBefore) || getHeapStatistics().used_heap_size > MAX_HEAP_SHARE * heapLimit;
    laggedBefore = lagged;
  }, CHECK_EVERY_MS);
  check.unref();
  http.addHook('onClose', async () => {
    clearInterval(check);
    delay?.disable();
  });
  // Released once per request, by whichever comes first: Fastify's onResponse (also for injected
  // requests) or the socket's 'close' (a client that went away before its answer).
  const counted = new WeakSet<object>();
  const release = (req: object) => {
    if (counted.delete(req)) inFlight -= 1;
  };
  http.addHook('onResponse', (req, _reply, done) => {
    release(req);
    done();
  });
  http.addHook('onRequest', (req, reply, done) => {
    if (NEVER_SHED.has(req.routeOptions.url ?? '')) return done();
    const now = performance.now();
    if (!turn.open) {
      Object.assign(turn, { open: true, startedAt: now, taken: 0 });
      setImmediate(endTurn);
    }
    const bounded = limits.maxInFlight > 0;
    const queued = bounded && turn.taken >= limits.maxInFlight && now - turn.startedAt > limits.turnBudgetMs;
    if (strained || queued || (bounded && inFlight >= limits.maxInFlight)) {
      // Sent as text: a route's own schema for 503 must not reshape it.
      void reply
        .code(503)
        .header('retry-after', String(OVERLOADED_RETRY_AFTER_S))
        .type('application/json; charset=utf-8')
        .send(REFUSAL);
      return;
    }
    inFlight += 1;
    turn.taken += 1;
    counted.add(req);
    reply.raw.once('close', () => release(req));
    done();
  });
}
