import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Named statements one connection keeps at most; past that, new texts run unnamed (PostgreSQL keeps each until the connection closes). */
const PER_CONNECTION = 300;
/** Texts longer than this (bulk inserts of many rows) are one-offs: preparing them saves nothing. */
const LONGEST = 8_000;
/** PostgreSQL's "cached plan must not change result type": a named statement outlived a migration. */
const planChanged = (error: unknown) =>
  (error as { code?: string }).code === '0A000' && /cached plan/.test((error as Error).message);
const BEGIN = /^\s*(begin|start transaction)\b/i;
const END = /^\s*(commit|rollback|end)\b/i;

/**
 * Which statements may be named. A `*` (other than `count(*)`) makes the result's columns those of
 * the table at the moment of preparing: once another instance's migration adds a column, every
 * execution on that connection fails with "cached plan must not change result type" until it
 * closes (a rolling upgrade). Statements that name their columns survive a migration (PostgreSQL
 * replans them). Statements without parameters (begin, commit) have nothing to plan again.
 */
export function preparable(text: string): boolean {
  return text.length <= LONGEST && text.includes('$1') && !text.replaceAll('count(*)', '').includes('*');
}

const names = new Map<string, string>();
/** A stable name for a text (the same on every connection), remembered for the hot few hundred. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `sw_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size >= 2_000) names.delete(names.keys().next().value!);
    names.set(text, name);
  }
  return name;
}

/**
 * Named (prepared) statements on every connection of `pool`: PostgreSQL parses and plans a named
 * statement once per connection, which was half of PostgreSQL's own CPU for a recorded action (measured:
 * 1.05 → 0.55 ms a transaction of four statements). Kysely's driver sends `query(text, values)`;
 * each new pooled client's `query` is wrapped to send `{ name, text, values }` for the texts that
 * `preparable` allows. A text refused as a changed plan (a column changed type under it) runs
 * unnamed from then on; outside a transaction this execution is retried unnamed at once (inside
 * one, the transaction is already aborted, so the error goes to its caller, whose retry succeeds).
 */
export function prepareStatements(pool: pg.Pool): void {
  const refused = new Set<string>();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
    const prepared = new Set<string>();
    let inTransaction = false;
    client.query = ((...args: unknown[]) => {
      const [text, values, callback] = args;
      if (typeof text === 'string' && BEGIN.test(text)) inTransaction = true;
      else if (typeof text === 'string' && END.test(text)) inTransaction = false;
      const plain = typeof text === 'string' && Array.isArray(values) && callback === undefined;
      if (!plain || refused.has(text) || !preparable(text)) return query(...args);
      if (!prepared.has(text) && prepared.size >= PER_CONNECTION) return query(...args);
      prepared.add(text);
      return query({ name: nameOf(text), text, values }).catch((error: unknown) => {
        if (!planChanged(error)) throw error;
        refused.add(text);
        if (inTransaction) throw error;
        return query(text, values);
      });
    }) as typeof client.query;
  });
}
