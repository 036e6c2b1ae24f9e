import { silentLog } from '../../src/core/ports.js';
import { type AppContent, loadAppContent } from '../../src/main/app.js';

let shared: AppContent | undefined;

/**
 * The shipped content packs, checked, with the goal model and the offline coach built over them: once per test worker
 * (files share a worker's modules, `isolate: false`), shared by every app its files open. Building them was most of
 * each test app's start; the apps themselves (database, services, caches) stay one per test.
 */
export function sharedContent(): AppContent {
  return (shared ??= loadAppContent(silentLog));
}
