import { sql } from 'kysely';

/**
 * The two places a person gives a time zone, as scalar subqueries: their health schedule's (the
 * deliberate one, 0010) and their goal reminder's (0009). Selected beside other columns (any
 * statement's select list or RETURNING), so no caller spends a round trip on the zone alone.
 */
export const zoneColumns = (userId: string) => [
  sql<string | null>`(select schedule from health_profiles where user_id = ${userId})`.as('schedule'),
  sql<string | null>`(select time_zone from goal_reminders where user_id = ${userId})`.as('reminder_zone'),
];

/** The zone those columns give: the schedule's, else the reminder's; undefined (UTC) without either. */
export function zoneOf(row: { schedule: string | null; reminder_zone: string | null }): string | undefined {
  const zone = row.schedule ? (JSON.parse(row.schedule) as { timeZone?: unknown }).timeZone : undefined;
  if (typeof zone === 'string') return zone;
  return row.reminder_zone ?? undefined;
}
