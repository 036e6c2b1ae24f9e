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
  for (const url of launchUrls()) {
    const query = url.replace(/^[^?#]*[?#]/, '').replace(/[?#]/g, '&');
    const data = new URLSearchParams(query).get('tgWebAppData');
    if (data) {
      storage()?.setItem(INIT_DATA_KEY, data);
      return data;
    }
  }
  return storage()?.getItem(INIT_DATA_KEY) ?? undefined;
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
