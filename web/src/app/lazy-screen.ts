import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** sessionStorage: when the app last reloaded itself onto a new version (ms since the epoch). */
const RELOADED_AT = 'stepwise:reloaded-for-new-version';
/** A second reload within this long is a loop (a broken deploy), so the screen's error shows instead. */
const RELOAD_GUARD_MS = 60_000;

/** The entry script in an index.html: its hashed name changes with every build. */
const entryOf = (html: string): string | undefined =>
  /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ??
  /<script[^>]*src="([^"]+)"[^>]*type="module"/.exec(html)?.[1];

/**
 * True when the server now serves another build than the one running: its chunks have new names,
 * so the old ones 404 for good and only a reload helps. False when the server is unreachable or
 * serves this same build (it is restarting or the network is down: Retry will do).
 */
async function redeployed(): Promise<boolean> {
  const running = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src');
  if (!running) return false;
  try {
    const response = await fetch('/', { cache: 'no-store' });
    if (!response.ok) return false;
    const served = entryOf(await response.text());
    return served !== undefined && served !== running;
  } catch {
    return false;
  }
}

/** Reloads onto the new version, once: after a reload within the last minute it does nothing. */
function reloadOnce(): boolean {
  try {
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < RELOAD_GUARD_MS) return false;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    // No sessionStorage (a locked-down browser): no guard against a loop, so no reload either.
    return false;
  }
  window.location.reload();
  return true;
}

let checking: Promise<boolean> | undefined;

/** After a chunk failed: reload if the app was redeployed meanwhile (one check at a time). */
export async function reloadIfRedeployed(): Promise<boolean> {
  checking ??= redeployed().finally(() => (checking = undefined));
  return (await checking) && reloadOnce();
}

export interface LazyScreen {
  /** The component to render now. */
  current(): LazyExoticComponent<ComponentType>;
  /** A fresh lazy component: React keeps a failed import's error for good, so Retry needs a new one. */
  retry(): void;
}

/**
 * A screen loaded when first opened. A failed load reloads the page when the server has a new
 * version (the old chunk will never come back); otherwise the error reaches the screen's error
 * boundary, which offers Retry.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>): LazyScreen {
  const make = () =>
    lazy(() =>
      // Vite's preload helper rejects here too when a chunk's CSS or a shared chunk fails (after firing
      // `vite:preloadError`), so this one catch covers the screen's whole download.
      load().catch(async (error: unknown) => {
        // While the reload is under way the error stays unthrown, so no error flashes before it.
        if (await reloadIfRedeployed()) return new Promise<never>(() => undefined);
        throw error;
      }),
    );
  let component = make();
  return {
    current: () => component,
    retry: () => {
      component = make();
    },
  };
}
