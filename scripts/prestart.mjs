// `npm start`'s prestart, in one process (each node start is ~70 ms of a restart): the web app built when missing,
// the server compiled when a source changed since the last build.
await import('./ensure-web.mjs');
const { builtIsFresh, buildServer } = await import('./server-build.mjs');
if (!builtIsFresh()) {
  const count = await buildServer();
  process.stderr.write(`Built the server from ${count} sources into dist/\n`);
}
