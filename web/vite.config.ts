import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsSize } from './build/initial-js-size.ts';
import { precompress } from './build/precompress.ts';

/** Where the Stepwise server listens during `vite` development (it serves `/api` and `/auth`). */
const server = process.env.STEPWISE_URL ?? 'http://127.0.0.1:3000';

/**
 * The web app: built into web/dist, which the Stepwise server serves at `/` (hashed files under
 * `/assets/` are cached for good; index.html is not). `npm run build:web` from the repository root.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), initialJsSize(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: server, ws: true },
      '/auth': server,
    },
  },
});
