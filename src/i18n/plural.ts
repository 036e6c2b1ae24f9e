import type { Locale } from '../core/goals/model.js';

/** The forms a word takes after a number: English has one/other; Russian one/few/many. */
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
