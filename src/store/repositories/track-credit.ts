import { sql } from 'kysely';

/** Verdicts that earned something; a row from before verdicts were kept (null) counted in full. */
export const EARNED = sql`(credit is null or credit in ('full', 'repeat', 'track_cap'))`;

/** Counts per action type for next actions: every action but those that came too soon to be real. */
export const notTooSoon = sql<boolean>`(credit is null or credit <> 'too_soon')`;
