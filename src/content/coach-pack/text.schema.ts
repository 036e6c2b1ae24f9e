// The coach pack's building blocks: a text in both languages, word stems, a step's wording, a country's id.
import { z } from 'zod';

/** Text in both supported languages. Every user-facing string in a pack has both. */
export const Localized = z.object({
  en: z.string().trim().min(3),
  ru: z.string().trim().min(3),
});
export type Localized = z.infer<typeof Localized>;

/** Lower-case word stems per language; a text matches a stem when one of its words starts with it. */
export const Stems = z.object({
  en: z.array(z.string().trim().toLowerCase().min(2)).min(1),
  ru: z.array(z.string().trim().toLowerCase().min(2)).min(1),
});
export type Stems = z.infer<typeof Stems>;

export const Minutes = z.number().int().min(5).max(120);

/** One wording of a step: a single concrete action that takes 5–120 minutes. */
export const StepWording = Localized.extend({ minutes: Minutes });
export type StepWording = z.infer<typeof StepWording>;

export const TopicId = z.string().regex(/^[a-z_]+$/);

/** A country, by its ISO 3166-1 alpha-2 code in lower case (`gb`, `ru`, `kz`). */
export const CountryId = z.string().regex(/^[a-z]{2}$/, 'a country is its two-letter ISO code in lower case');
