/**
 * Russian as people type it in Latin letters, in the two habits seen most: the "passport" one (`zh`, `sh`,
 * `ch`, `ya`) and the phone one (`j`, `w`, `4`, `x`, `q`). For tests: the screen must read both as the
 * Russian they are.
 */
const PASSPORT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'sch', ъ: '', ы: 'y', ь: "'", э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore
const PHONE: Readonly<Record<string, string>> = {
  ...PASSPORT, ё: 'e', ж: 'j', й: 'j', х: 'x', ц: 'c', ч: '4', ш: 'w', щ: 'w', ы: 'i', ь: '', ю: 'ju', я: 'q',
}; // prettier-ignore

export const LATIN_HABITS = { passport: PASSPORT, phone: PHONE } as const;

/** The text with every Cyrillic letter typed the habit's way (capitals kept as lower case). */
export function typeInLatin(text: string, habit: keyof typeof LATIN_HABITS): string {
  const table = LATIN_HABITS[habit];
  return text.replace(/[а-яё]/gi, (letter) => table[letter.toLowerCase()] ?? letter);
}
