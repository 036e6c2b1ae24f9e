import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `stepwise <args>` from the sources, as `npm start` / `npm run chat` do. */
export function stepwise(args: string[], env: Record<string, string>, cwd = ROOT): ChildProcess {
  return spawn(TSX, [join(ROOT, 'src', 'main', 'cli.ts'), ...args], {
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

/** Resolves with the output so far once `pattern` shows up on stdout. */
export function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}; stdout: ${out}; stderr: ${err}`)),
      timeoutMs,
    );
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
