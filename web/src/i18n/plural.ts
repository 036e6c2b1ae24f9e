import type { Locale } from '../api/contract/common';

/** The forms a word takes after a number: English has one/other; Russian one/few/many (as src/i18n/plural.ts). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/** "1 step", "2 steps"; "1 шаг", "2 шага", "5 шагов", "21 шаг" (CLDR rules via Intl). */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(count) as keyof PluralForms;
  return `${count} ${forms[category] ?? forms.other}`;
}

/** Picks a supported locale from a language tag (Telegram's `language_code`, `navigator.language`). */
export function pickLocale(tag: string | undefined | null): Locale | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'en' ? base : undefined;
}

/** The language before /api/me answers: Telegram's for its user, then the browser's, then English. */
export const fallbackLocale = (telegramCode?: string): Locale =>
  pickLocale(telegramCode) ?? pickLocale(navigator.language) ?? 'en';
