import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/**
 * `npx stepwise`'s own entry: it runs the compiled server (dist/) when that was built from the sources as they are now,
 * which the tests' global set-up makes sure of, and the sources through tsx otherwise. The compiled server is what
 * `npm start` runs, and it starts without the loader compiling every module first (about a second a start here,
 * paid by every server these tests start).
 */
const BIN = join(ROOT, 'bin', 'stepwise.js');

/** Runs `stepwise <args>` as one node process, so a SIGKILL sent to it reaches the server itself. */
export function stepwise(
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  /** `openFiles`: the process runs under this open-files limit (`ulimit -n` in a shell that then execs node). */
  limits: { openFiles?: number } = {},
): ChildProcess {
  const command = [process.execPath, BIN, ...args];
  const [file, ...rest] = limits.openFiles
    ? ['bash', '-c', `ulimit -n ${limits.openFiles} && exec "$@"`, 'stepwise', ...command]
    : command;
  return spawn(file!, rest, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Collects a process's output and resolves when it exits (`signal`: the one that ended it, if one did). */
export function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (buffer: Buffer) => (stdout += buffer.toString()));
  child.stderr?.on('data', (buffer: Buffer) => (stderr += buffer.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/**
 * Resolves with the output so far once `pattern` shows up on stdout. A first start may train the
 * classifiers when the content changed (tens of seconds on a busy 2-core machine), hence a minute.
 */
export function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    // A start that never finishes is killed, so no server outlives its test (and its temp folder).
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${pattern}; stdout: ${out}; stderr: ${err}`));
    }, timeoutMs);
    child.stderr?.on('data', (buffer: Buffer) => (err += buffer.toString()));
    child.stdout?.on('data', (buffer: Buffer) => {
      out += buffer.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before ${pattern}; stdout: ${out}; stderr: ${err}`)),
    );
  });
}

/** A port nobody listens on now (for a process that must be reached before it prints where it listens). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
