import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import type { Locale } from '../api/contract/common';
import { en, type Messages } from './en';
import { ru } from './ru';

const CATALOG: Record<Locale, Messages> = { en, ru };

export interface I18n {
  locale: Locale;
  t: Messages;
  /** "12 Mar 2026" in the reader's language and time zone. */
  date(iso: string): string;
  /** "12 Mar 2026, 14:05". */
  dateTime(iso: string): string;
  /** The account's zone every time is shown in; undefined: none set (or unknown), the device's own. */
  timeZone(): string | undefined;
}

const I18nContext = createContext<I18n | null>(null);

/** The texts and date formats of `locale`, in `timeZone` when the person has set one. */
export function I18nProvider(props: { locale: Locale; timeZone?: string | null; children: ReactNode }) {
  const { locale, timeZone } = props;
  const value = useMemo<I18n>(() => {
    // Built on first use: a DateTimeFormat costs tens of ms on a slow phone, and the first screen
    // (the track cards) shows no date.
    const zone = lazy(() => knownZone(timeZone));
    const day = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone() }));
    const moment = lazy(
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone() }),
    );
    return {
      locale,
      t: CATALOG[locale],
      date: (iso) => day().format(new Date(iso)),
      dateTime: (iso) => moment().format(new Date(iso)),
      timeZone: zone,
    };
  }, [locale, timeZone]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A zone Intl knows, else undefined (the device's own): a bad zone must not break every date. */
function knownZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
