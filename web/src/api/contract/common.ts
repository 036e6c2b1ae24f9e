/**
 * The HTTP contract as the web app reads it: hand-kept mirrors of the zod schemas under
 * src/interfaces/http/routes/** (the app imports no server code). Keep them in step.
 */

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const TONES = ['friendly', 'serious', 'motivational'] as const;
export type Tone = (typeof TONES)[number];

/** Crisis language found in what the user wrote: shown before anything else (common.schema.ts). */
export interface Safety {
  level: 'imminent' | 'child' | 'concern';
  category: string;
  /** The help resources for this level, in the request's language. */
  resources: string;
  /** The whole crisis reply, resources included, worded for a page: it points to the people above, not to a chat. */
  message: string;
  channel: 'page';
}

/** The one error shape: `{"error":code,"message":text}`, a refused crisis entry with `safety`. */
export interface ErrorBody {
  error: string;
  message: string;
  safety?: Safety;
}
