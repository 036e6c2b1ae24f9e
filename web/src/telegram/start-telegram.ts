import { init, miniApp, retrieveRawInitData, themeParams } from '@tma.js/sdk-react';
import type { TelegramLaunch } from '../auth/session';
import { launchInitData, launchThemeVars } from './detect';

/** Runs one SDK call; a client that lacks a method (or a test page outside Telegram) must not stop the app. */
const attempt = (call: () => unknown): boolean => {
  try {
    call();
    return true;
  } catch {
    // Not supported by this Telegram client: the app works without it.
    return false;
  }
};

const languageOf = (initData: string | undefined): string | undefined => {
  try {
    const user = new URLSearchParams(initData ?? '').get('user');
    return user ? (JSON.parse(user) as { language_code?: string }).language_code : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Inside Telegram (this module is loaded only there): starts the SDK, follows Telegram's theme
 * through the `--tg-theme-*` CSS variables, tells Telegram the app is ready, and returns the
 * raw initData the server checks, with the user's language.
 */
export function startTelegram(): TelegramLaunch {
  attempt(() => init());
  // Telegram's colours replace the browser theme when the SDK could bind them (it follows later theme changes), else
  // when the launch URL carries them.
  const root = document.documentElement;
  if (attempt(() => themeParams.mount()) && attempt(() => themeParams.bindCssVars())) root.classList.add('tg');
  else {
    const vars = Object.entries(launchThemeVars());
    for (const [name, value] of vars) root.style.setProperty(name, value);
    if (vars.length > 0) root.classList.add('tg');
  }
  attempt(() => miniApp.mount());
  attempt(() => miniApp.ready());
  let initData: string | undefined;
  attempt(() => (initData = retrieveRawInitData()));
  initData ??= launchInitData();
  return { initData, languageCode: languageOf(initData) };
}
