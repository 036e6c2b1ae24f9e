// `npm start` (prestart) and `npm test`: builds the web app once when web/dist is missing, so
// `npm install && npm start` is all it takes. A later `npm run build:web` rebuilds it on purpose.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('web/dist/index.html')) {
  process.stderr.write('Building the web app (first start only)…\n');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    process.stderr.write('The web app could not be built; the API and the bot still work. Try: npm run build:web\n');
    process.exit(build.status ?? 1);
  }
}
