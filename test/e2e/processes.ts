import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `stepwise <args>` from the sources (`npm start` runs the same code compiled into dist/). */
export function stepwise(args: string[], env: Record<string, string>, cwd = ROOT): ChildProcess {
  return spawn(TSX, [join(ROOT, 'src', 'main', 'cli.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/**
 * `stepwise <args>` as one process: node with tsx's loader rather than the tsx wrapper, whose child
 * would outlive a SIGKILL sent to it (the wrapper cannot pass that signal on). For kill -9 tests.
 */
export function stepwiseProcess(
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  /** `openFiles`: the process runs under this open-files limit (`ulimit -n` in a shell that then execs node). */
  limits: { openFiles?: number } = {},
): ChildProcess {
  const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  const command = [process.execPath, '--import', loader, join(ROOT, 'src', 'main', 'cli.ts'), ...args];
  const [file, ...rest] = limits.openFiles
    ? ['bash', '-c', `ulimit -n ${limits.openFiles} && exec "$@"`, 'stepwise', ...command]
    : command;
  return spawn(file!, rest, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Collects a process's output and resolves when it exits. */
export function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (buffer: Buffer) => (stdout += buffer.toString()));
  child.stderr?.on('data', (buffer: Buffer) => (stderr += buffer.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
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
