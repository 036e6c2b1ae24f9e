import { buildServer, builtIsFresh, warmBuilt } from '../scripts/server-build.mjs';

/**
 * Checks the content packs and trains the models once, before the workers start: they are kept in the private temp
 * folder (keyed by content and code), so every worker's first app reads them instead of each worker checking and
 * training the same thing at once (two workers doing so took a first suite's set-up past its 30 s limit on the 2-core
 * machine). A pack with problems is not kept: the tests that load it list them.
 */
export default async function setUp(): Promise<void> {
  // The servers the end-to-end tests start run the compiled code (test/e2e/processes.ts): build it once here when the
  // sources changed since the last build, not in every test that starts one.
  if (!builtIsFresh()) await buildServer();
  // With the compiled code, in two processes at once (the crisis ensemble beside the rest): a minute instead of two.
  await warmBuilt(undefined);
}
