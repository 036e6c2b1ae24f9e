#!/usr/bin/env node
// `npx stepwise …`: runs the compiled server (dist/, `npm run build`; `npm start` builds it when the sources changed)
// and otherwise the TypeScript sources through tsx (a runtime dependency), so a checkout runs with no build step.
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
const { builtIsFresh } = await import('../scripts/server-build.mjs');

if (builtIsFresh()) {
  await import('../dist/main/cli.js');
} else {
  // A stale build is never run: it would be code other than the sources beside it.
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main/cli.ts');
}
