import type { Config } from '../config/env.js';
import { createWorkGate } from '../services/work-gate.js';

/**
 * The bounds on heavy per-person work in this process (docs/configuration.md). Exports also pause a
 * person for 4× their last export's time: one person asking back to back gets at most a fifth of
 * the event loop, whoever else is waiting (an export of 10,000 entries is a few hundred ms of it).
 */
export function workGates(config: Readonly<Config>) {
  const monotonicMs = () => performance.now();
  return {
    imports: createWorkGate({
      total: config.heavyWork.importsAtOnce,
      retryAfterS: { yours: 10, full: 30 },
      words: {
        yours: 'an import of yours is still being read; send the next file when it has finished',
        full: 'the server is reading as many imports as it takes at once; please try again in a little while',
      },
      monotonicMs,
    }),
    exports: createWorkGate({
      total: config.heavyWork.exportsAtOnce,
      pauseFactor: 4,
      retryAfterS: { yours: 5, full: 10 },
      words: {
        yours: 'an export of yours is still being prepared; ask again when it has arrived',
        full: 'the server is preparing as many exports as it takes at once; please try again in a few seconds',
      },
      monotonicMs,
    }),
  };
}
