import { sql } from 'kysely';

/**
 * Where a person's time zone is, as scalar subqueries: their account's (Settings and the health set-up
 * both write it, 0015), their health schedule's copy from before that, and their goal reminder's (0009). Selected beside other columns (any
 * statement's select list or RETURNING), so no caller spends a round trip on the zone alone.
 */
export const zoneColumns = (userId: string) => [
  sql<string | null>`(select time_zone from users where id = ${userId})`.as('account_zone'),
  sql<string | null>`(select schedule from health_profiles where user_id = ${userId})`.as('schedule'),
  sql<string | null>`(select time_zone from goal_reminders where user_id = ${userId})`.as('reminder_zone'),
];

/** The zone those columns give: the account's, else the schedule's, else the reminder's; undefined (UTC) without any. */
export function zoneOf(row: {
  account_zone?: string | null;
  schedule: string | null;
  reminder_zone: string | null;
}): string | undefined {
  if (row.account_zone) return row.account_zone;
  const zone = row.schedule ? (JSON.parse(row.schedule) as { timeZone?: unknown }).timeZone : undefined;
  if (typeof zone === 'string') return zone;
  return row.reminder_zone ?? undefined;
}
