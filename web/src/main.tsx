import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { App } from './app/App';
import { type AppDeps, AppProvider } from './app/AppContext';
import { prefetchOnSignIn } from './app/prefetch';
import { createQueryClient } from './app/query-client';
import { createSession, type TelegramLaunch } from './auth/session';
import { fallbackLocale } from './i18n/plural';
import { isTelegramLaunch } from './telegram/detect';
import './styles/index.css';

/** Inside Telegram only: the SDK is a separate download, never fetched by a browser visit. */
const telegram: Promise<TelegramLaunch | null> = isTelegramLaunch()
  ? import('./telegram/start-telegram')
      .then((sdk) => sdk.startTelegram())
      .catch(() => ({ initData: undefined, languageCode: undefined }))
  : Promise.resolve(null);

// `/?signin=expired`: the server's answer to a used or expired one-time link. Read once, then
// taken off the address so a reload does not repeat it.
const params = new URLSearchParams(window.location.search);
const linkExpired = params.get('signin') === 'expired';
if (params.has('signin')) window.history.replaceState(null, '', window.location.pathname + window.location.hash);

const session = createSession({ telegram, linkExpired });
const deps: AppDeps = {
  session,
  api: createApi(session),
  telegramLanguage: telegram.then((launch) => launch?.languageCode),
};
// Settled before the session signs in (it waits for the launch too), so the prefetch asks in the first render's language.
let telegramLanguage: string | undefined;
void deps.telegramLanguage.then((code) => (telegramLanguage = code));
const client = createQueryClient();
prefetchOnSignIn({ session, api: deps.api, client, locale: () => fallbackLocale(telegramLanguage) });

/** Signing in usually takes a few milliseconds: wait this long for it, so the first render is the app itself. */
const SIGN_IN_WAIT_MS = 400;

const root = createRoot(document.getElementById('root')!);
let rendered = false;
const render = () => {
  if (rendered) return;
  rendered = true;
  root.render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <AppProvider deps={deps}>
          <App />
        </AppProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
};
// One render with the session settled (the dashboard's reads already under way) rather than a
// sign-in screen at once and the app right after: on a slow phone each render costs a frame budget.
void Promise.race([session.start(), new Promise((resolve) => window.setTimeout(resolve, SIGN_IN_WAIT_MS))]).then(
  render,
);
