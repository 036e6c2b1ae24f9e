// What the benches that run Stepwise as a real process share: where it listens, and a token to call it with.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** The URL the start banner says the server listens on (`PORT=0` picks a free one). */
export function bannerUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening\s+(http:\/\/[^\s]+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

/** An API token for this machine's user, minted by `stepwise token --local` against the server's settings. */
export const localToken = (env: NodeJS.ProcessEnv): string =>
  execFileSync(process.execPath, [join(ROOT, 'bin', 'stepwise.js'), 'token', '--local'], { env })
    .toString()
    .trim()
    .split('\n')
    .at(-1)!;
