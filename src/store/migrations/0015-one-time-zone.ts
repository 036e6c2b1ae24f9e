import type { Kysely } from 'kysely';

interface Tables {
  users: { id: string; time_zone: string | null; updated_at: string | Date };
  health_profiles: { user_id: string; schedule: string | null; updated_at: string | Date };
}

const zoneOf = (schedule: string | null): string | undefined => {
  try {
    const zone = (JSON.parse(schedule ?? 'null') as { timeZone?: unknown } | null)?.timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
};
const time = (stamp: string | Date) => new Date(stamp).getTime();

/**
 * One time zone per account. The health set-up kept its own zone inside the schedule while Settings
 * kept the account's (`users.time_zone`), so a zone chosen in the set-up read "Not set" in Settings.
 * From here the account's zone is the one; this copies the set-up's zone over when the account had
 * none, and when both were set and differ keeps the one changed last. Nothing else is touched.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<Tables>;
  const rows = await typed
    .selectFrom('health_profiles')
    .innerJoin('users', 'users.id', 'health_profiles.user_id')
    .select([
      'users.id as id',
      'users.time_zone as account_zone',
      'users.updated_at as account_changed',
      'health_profiles.schedule as schedule',
      'health_profiles.updated_at as schedule_changed',
    ])
    .where('health_profiles.schedule', 'is not', null)
    .execute();
  for (const row of rows) {
    const setUpZone = zoneOf(row.schedule);
    if (!setUpZone || setUpZone === row.account_zone) continue;
    const keepSetUp = !row.account_zone || time(row.schedule_changed) > time(row.account_changed);
    if (keepSetUp) await typed.updateTable('users').set({ time_zone: setUpZone }).where('id', '=', row.id).execute();
  }
}

/** The schedule still holds its zone (it is written there too), so going back needs nothing undone. */
export async function down(): Promise<void> {}
