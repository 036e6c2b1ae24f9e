import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { holdTickRecord } from './tick-record.js';

/**
 * A process that makes ticks, collects its heap fully eight times while idle (start-up's garbage, then V8's own
 * collections of a quiet server), makes ticks again, and reports what V8 knows of the shapes `process.nextTick`'s
 * record literal has seen, key by key: "MONOMORPHIC" while the fast path holds, "MEGAMORPHIC" once it has gone generic.
 */
function tickLiteralStates(hold: boolean): string[] {
  const module = pathToFileURL(join(import.meta.dirname, 'tick-record.ts')).href;
  const script = `
    if (${hold}) await (await import(${JSON.stringify(module)})).holdTickRecord();
    const idle = () => new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < 10000; i++) process.nextTick(() => {});
    await idle();
    for (let i = 0; i < 8; i++) { gc(); await idle(); }
    for (let i = 0; i < 10000; i++) process.nextTick(() => {});
    await idle();
    %DebugPrint(process.nextTick);
  `;
  // V8 prints through C's buffered stdout, whose tail a pipe loses at exit; a file gets all of it.
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-tick-'));
  const out = openSync(join(dir, 'printed'), 'w');
  try {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', '--allow-natives-syntax', '--input-type=module', '-e', script],
      { stdio: ['ignore', out, 'inherit'] },
    );
    const printed = readFileSync(join(dir, 'printed'), 'utf8');
    return [...printed.matchAll(/DefineKeyedOwnPropertyInLiteral (\w+)/g)].map((match) => match[1]!);
  } finally {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the next-tick record held for the life of the server', () => {
  it('is one of Node’s own tick records', async () => {
    const record = await holdTickRecord();
    expect(record).toBeDefined();
    // (An AsyncLocalStorage in use adds a symbol of its own to every record: the test runner's, here.)
    expect(Object.getOwnPropertySymbols(record).map(String).slice(0, 2)).toEqual([
      'Symbol(async_id_symbol)',
      'Symbol(trigger_async_id_symbol)',
    ]);
    expect(Object.keys(record!)).toEqual(['callback', 'args']);
  });

  it('keeps process.nextTick on its fast path through idle collections', () => {
    // Without it the literal's later shapes die with the last record and the site goes generic: the slow path this
    // record exists to prevent (if a Node release stops doing this, this line says so and the record can go).
    expect(tickLiteralStates(false)).toContain('MEGAMORPHIC');
    expect(tickLiteralStates(true)).toEqual(['MONOMORPHIC', 'MONOMORPHIC', 'MONOMORPHIC', 'MONOMORPHIC']);
  }, 30_000);
});
