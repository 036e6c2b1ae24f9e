import {
  DICTIONARY_SLOTS,
  type DictionarySlot,
  RU_CASES,
  type RuCase,
  type SlotNameForms,
} from './coach-pack.schema.js';

/** `{slot}` or `{slot.case}`, e.g. `{relation.dat}` for «родителям». */
export const SLOT_PLACEHOLDER = /\{([a-zA-Z_]+)(?:\.([a-z]+))?\}/g;

const isDictionarySlot = (name: string): name is DictionarySlot =>
  (DICTIONARY_SLOTS as readonly string[]).includes(name);
const isCase = (name: string): name is RuCase => (RU_CASES as readonly string[]).includes(name);

/**
 * Fills the dictionary slots `nameOf` knows; leaves the rest, and any Russian case form the value
 * lacks, as they were — so the content check sees the hole instead of a wrongly declined word.
 */
export function fillSlots(
  template: string,
  lang: 'en' | 'ru',
  nameOf: (slot: DictionarySlot) => SlotNameForms | undefined,
): string {
  return template.replaceAll(SLOT_PLACEHOLDER, (whole, slot: string, form: string | undefined) => {
    if (!isDictionarySlot(slot)) return whole;
    const name = nameOf(slot);
    if (!name) return whole;
    if (!form || lang === 'en') return name[lang];
    return (isCase(form) && name.cases?.[form]) || whole;
  });
}
