#!/usr/bin/env node
// `npx stepwise …`: runs the TypeScript sources through tsx (a runtime dependency), no build step.
// The loader reads the working directory as it loads: when that folder was deleted it would die with a
// stack trace, so the plain words come first (exit 2, as for any setting the operator must fix).
try {
  process.cwd();
} catch {
  process.stderr.write(
    'Stepwise cannot start: the folder it was started in no longer exists; cd to an existing folder (the one with your .env) and start it again\n',
  );
  process.exit(2);
}
const { register } = await import('tsx/esm/api');

register();
await import('../src/main/cli.ts');
