import type { Locale } from '../core/goals/model.js';
import { en, type Messages } from './en.js';
import { ru } from './ru.js';

export type { Messages };

const CATALOG: Record<Locale, Messages> = { en, ru };

/** The one message catalog shared by the bot, the terminal chat and the web app. */
export const messages = (locale: Locale): Messages => CATALOG[locale];

/** Picks a supported locale from a client's language tag (Telegram's `language_code`, `--lang`). */
export function pickLocale(tag: string | undefined | null, fallback: Locale): Locale {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'en' ? base : fallback;
}
