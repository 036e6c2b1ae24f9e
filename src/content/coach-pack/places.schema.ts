// Where a step's text works: the countries a goal may name, the asides written for one thing, a step's countries.
import { z } from 'zod';
import { CountryId, Localized, Stems } from './text.schema.js';

/**
 * `places.yaml`: the countries a goal may name — by name, city, region, or an institution only that country has
 * (HMRC, a TFSA, «Госуслуги») — so a step written for one country is not given to someone who lives in another.
 */
export const PlacesPack = z.strictObject({
  countries: z
    .array(z.strictObject({ id: CountryId, name: Localized, match: Stems }))
    .min(1)
    .refine((list) => new Set(list.map((item) => item.id)).size === list.length, 'a country is listed twice'),
});
export type PlacesPack = z.infer<typeof PlacesPack>;

/**
 * `asides.yaml`: the parts of a step written for one thing among several it covers (", or casting on and the knit
 * stitch if you knit", "; for a bike, a stand or a hook"), each with the stems that name that thing. A goal that never
 * names it gets the step without them: the blind reads scored such parts as words pasted from another goal.
 */
export const AsidesPack = z.strictObject({
  asides: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]+$/),
        about: Stems,
        en: z.array(z.string().min(3)).default([]),
        ru: z.array(z.string().min(3)).default([]),
      }),
    )
    .min(1)
    .refine((list) => new Set(list.map((item) => item.id)).size === list.length, 'an aside is listed twice'),
});
export type AsidesPack = z.infer<typeof AsidesPack>;

/**
 * The countries a step's text is written for, per language (`{ en: [gb], ru: [ru] }`): a step that only works there
 * (a UK council's form, «Госуслуги») is skipped for a person who names other countries and none of these. A language
 * left out is for everyone.
 */
export const StepCountries = z
  .strictObject({ en: z.array(CountryId).min(1).optional(), ru: z.array(CountryId).min(1).optional() })
  .refine((where) => where.en || where.ru, 'name the countries for at least one language');
