import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Locale } from '../api/contract/common';
import { I18nProvider } from '../i18n/I18nProvider';
import { fallbackLocale } from '../i18n/plural';
import { SignIn } from '../screens/signin/SignIn';
import { AnnouncerProvider } from '../ui/Announcer';
import { useSessionState, useTelegramLanguage } from './AppContext';
import { Shell } from './Shell';
import { useMe } from './useMe';

/** Before /api/me answers (or when signed out): Telegram's language, then the browser's. */
function useFallbackLocale(): Locale {
  const telegramLanguage = useTelegramLanguage();
  const [locale, setLocale] = useState<Locale>(() => fallbackLocale());
  useEffect(() => {
    let open = true;
    void telegramLanguage.then((code) => {
      if (open) setLocale(fallbackLocale(code));
    });
    return () => {
      open = false;
    };
  }, [telegramLanguage]);
  return locale;
}

/** Signed in: the person's own language and time zone from /api/me, then the app. */
function SignedIn(props: { fallback: Locale }) {
  const user = useMe().data?.user;
  return (
    <I18nProvider locale={user?.locale ?? props.fallback} timeZone={user?.time_zone}>
      <AnnouncerProvider>
        <Shell />
      </AnnouncerProvider>
    </I18nProvider>
  );
}

/** The sign-in screen or the app, as the session stands. */
export function App() {
  const state = useSessionState();
  const fallback = useFallbackLocale();
  const client = useQueryClient();
  useEffect(() => {
    // Nothing of one person's data stays in memory after they sign out.
    if (state.status === 'signed_out') client.clear();
  }, [state.status, client]);
  if (state.status === 'signed_in') return <SignedIn fallback={fallback} />;
  return (
    <I18nProvider locale={fallback}>
      <SignIn state={state} />
    </I18nProvider>
  );
}
