import { z } from 'zod';

/**
 * The three Oura API v2 documents we read, as published in the v2 OpenAPI schema
 * (https://cloud.ouraring.com/v2/docs: `PublicDailyReadiness`, `PublicDailySleep`, `PublicSleep`
 * of `/v2/usercollection/{daily_readiness,daily_sleep,sleep}`). Only the fields used are checked;
 * everything the schema marks nullable may be null, and a null is a missing value, never a zero.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
/** Oura's LocalizedDateTime: ISO 8601 with the wearer's offset, e.g. "2024-03-05T07:12:40+02:00". */
const LocalizedDateTime = z.iso.datetime({ offset: true, local: false });

export const OuraDailyReadiness = z.object({
  id: z.string().min(1),
  day: IsoDate,
  score: z.number().int().nullable().optional(),
  timestamp: LocalizedDateTime,
  contributors: z.object({}).loose(),
});
export type OuraDailyReadiness = z.infer<typeof OuraDailyReadiness>;

export const OuraDailySleep = OuraDailyReadiness;
export type OuraDailySleep = z.infer<typeof OuraDailySleep>;

/** `type` of a sleep period; `rest` (rest mode) and `deleted` are not sleep. */
export const OURA_SLEEP_TYPES = ['deleted', 'sleep', 'long_sleep', 'late_nap', 'rest'] as const;

export const OuraSleep = z.object({
  id: z.string().min(1),
  day: IsoDate,
  bedtime_start: LocalizedDateTime,
  bedtime_end: LocalizedDateTime,
  type: z.enum(OURA_SLEEP_TYPES).nullable().optional(),
  average_hrv: z.number().nullable().optional(),
  lowest_heart_rate: z.number().nullable().optional(),
  total_sleep_duration: z.number().nullable().optional(),
});
export type OuraSleep = z.infer<typeof OuraSleep>;

export const OURA_ENDPOINTS = ['daily_readiness', 'daily_sleep', 'sleep'] as const;
export type OuraEndpoint = (typeof OURA_ENDPOINTS)[number];

/** A page of `/v2/usercollection/<endpoint>`: `{ data: [...], next_token }`. */
export const OuraResponse = z.object({ data: z.array(z.unknown()), next_token: z.string().nullable().optional() });
