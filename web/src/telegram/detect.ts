/** Where the SDK keeps the launch parameters across reloads inside Telegram (@tma.js/toolkit). */
const SDK_STORAGE_KEY = 'tapps/launchParams';
/** Where this app keeps the raw initData it launched with, for a reload after in-app navigation. */
const INIT_DATA_KEY = 'stepwise.tgWebAppData';

const launchUrls = (): string[] => {
  const navigation = performance.getEntriesByType('navigation')[0];
  return [window.location.href, navigation?.name ?? ''];
};

const storage = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

/**
 * The raw `tgWebAppData` this page was launched with, read straight from the launch URL (the hash
 * Telegram opens the Mini App with), else as kept for this tab. The SDK reads it too, but refuses
 * launch parameters it finds incomplete; the server is the one that checks the signature.
 */
export function launchInitData(): string | undefined {
  const data = launchParam('tgWebAppData');
  if (data) {
    storage()?.setItem(INIT_DATA_KEY, data);
    return data;
  }
  return storage()?.getItem(INIT_DATA_KEY) ?? undefined;
}

/** One launch parameter as Telegram put it in the launch URL (the hash, or the query on some clients). */
function launchParam(name: string): string | undefined {
  for (const url of launchUrls()) {
    const query = url.replace(/^[^?#]*[?#]/, '').replace(/[?#]/g, '&');
    const value = new URLSearchParams(query).get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * The client's colours from the launch URL's `tgWebAppThemeParams`, as the `--tg-theme-*` variables the SDK would
 * bind (`bg_color` → `--tg-theme-bg-color`): for a client whose launch parameters the SDK refuses (a Telegram older
 * than Bot API 8.0 sends no `signature`), so the app still wears the person's theme. Only `#rrggbb` values are taken.
 */
export function launchThemeVars(): Record<string, string> {
  try {
    const theme = JSON.parse(launchParam('tgWebAppThemeParams') ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(theme)
        .filter(([key, value]) => /^[a-z_]+$/.test(key) && typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value))
        .map(([key, value]) => [`--tg-theme-${key.replace(/_/g, '-')}`, value as string]),
    );
  } catch {
    return {};
  }
}

/**
 * Whether this page was opened as a Telegram Mini App, without loading the SDK: Telegram puts
 * `tgWebAppData` in the launch URL, and it is kept in sessionStorage once read. The SDK itself is
 * loaded (lazily) only when this says yes.
 */
export function isTelegramLaunch(): boolean {
  if (launchInitData() !== undefined) return true;
  return storage()?.getItem(SDK_STORAGE_KEY) != null;
}
