import type { Kysely, Selectable } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { Archetype, PlanMode, Schedule, TaskOutcome } from '../../core/health/model.js';
import type {
  HabitLog,
  HealthProfile,
  HealthProfilePatch,
  HealthStore,
  StoredDayPlan,
} from '../../core/health/stores.port.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { type ColumnCipher, sealedColumns } from '../crypto/sealed-columns.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { iso, toDate } from './rows.js';
import { createSendClaims } from './send-claims.js';

/** A profile row with its account's time zone, which the schedule follows. */
type ProfileRow = Selectable<Database['health_profiles']> & { account_zone: string | null };
type LogRow = Selectable<Database['health_habit_logs']>;

const parsed = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

/**
 * One time zone per account (migration 0015): the schedule keeps a copy of it, but the account's
 * zone — the one Settings shows and changes — is the one that counts.
 */
const withAccountZone = (schedule: Schedule | null, zone: string | null): Schedule | null =>
  schedule && zone ? { ...schedule, timeZone: zone } : schedule;

/** The profile's columns and its account's time zone. */
const profiles = (on: Kysely<Database>) =>
  on
    .selectFrom('health_profiles')
    .innerJoin('users', 'users.id', 'health_profiles.user_id')
    .selectAll('health_profiles')
    .select('users.time_zone as account_zone');

/** Reads a profile row; the declared health notes are sealed when a data key is set. */
const profileOf =
  (notes: ColumnCipher) =>
  (row: ProfileRow): HealthProfile => ({
    userId: row.user_id,
    archetype: row.archetype as Archetype | null,
    mode: row.mode as PlanMode | null,
    schedule: withAccountZone(parsed<Schedule>(row.schedule), row.account_zone),
    notes: parsed<string[]>(notes.open(row.notes, row.user_id)) ?? [],
    quizAnswers: parsed<Record<string, string>>(row.quiz_answers),
    startedOn: row.started_on,
    digestEnabled: Number(row.digest_enabled) === 1,
    digestSentOn: row.digest_sent_on,
    icsSecret: row.ics_secret,
  });

const toLog = (row: LogRow): HabitLog => ({
  userId: row.user_id,
  habitId: row.habit_id,
  date: row.log_date,
  outcome: row.outcome as TaskOutcome,
  fraction: row.fraction === null ? null : Number(row.fraction),
  source: row.source,
  recordedAt: toDate(row.recorded_at),
});

/** The columns a patch sets; fields it leaves out are not touched, so two changes never undo each other. */
function patchColumns(patch: HealthProfilePatch, sealedNotes: (json: string) => string): Partial<ProfileRow> {
  const json = (value: unknown) => JSON.stringify(value);
  return {
    ...(patch.archetype !== undefined && { archetype: patch.archetype }),
    ...(patch.mode !== undefined && { mode: patch.mode }),
    ...(patch.schedule !== undefined && { schedule: patch.schedule === null ? null : json(patch.schedule) }),
    ...(patch.notes !== undefined && { notes: sealedNotes(json(patch.notes)) }),
    ...(patch.quizAnswers !== undefined && {
      quiz_answers: patch.quizAnswers === null ? null : json(patch.quizAnswers),
    }),
    ...(patch.startedOn !== undefined && { started_on: patch.startedOn }),
    ...(patch.digestEnabled !== undefined && { digest_enabled: patch.digestEnabled ? 1 : 0 }),
    ...(patch.icsSecret !== undefined && { ics_secret: patch.icsSecret }),
  };
}

/** Health profiles, day plans and habit marks; every query but the calendar's and the job's is scoped by user. */
export function createHealthRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): HealthStore {
  const notes = sealedColumns(sealer).health_profiles.notes;
  const toProfile = profileOf(notes);
  const profileFor = async (userId: UserId, on: Kysely<Database> = db) => {
    const row = await profiles(on).where('health_profiles.user_id', '=', userId).executeTakeFirst();
    return row && toProfile(row);
  };
  return {
    profile: (userId) => profileFor(userId),

    saveProfile: (userId, patch, at, dropPlanOn) =>
      inTransaction(db, async (tx) => {
        const stamp = iso(at);
        await tx
          .insertInto('health_profiles')
          .values({
            user_id: userId,
            notes: notes.seal('[]', userId),
            digest_enabled: 0,
            created_at: stamp,
            updated_at: stamp,
          })
          .onConflict((oc) => oc.column('user_id').doNothing())
          .execute();
        await tx
          .updateTable('health_profiles')
          .set({ ...patchColumns(patch, (json) => notes.seal(json, userId)), updated_at: stamp })
          .where('user_id', '=', userId)
          .execute();
        // The set-up's zone is the account's zone: Settings shows what the set-up chose, and the other way round.
        if (patch.schedule?.timeZone)
          await tx
            .updateTable('users')
            .set({ time_zone: patch.schedule.timeZone, updated_at: stamp })
            .where('id', '=', userId)
            .execute();
        if (dropPlanOn !== undefined)
          await tx
            .deleteFrom('health_day_plans')
            .where('user_id', '=', userId)
            .where('plan_date', '=', dropPlanOn)
            .execute();
        return (await profileFor(userId, tx))!;
      }),

    async byIcsSecret(secret) {
      const row = await profiles(db).where('health_profiles.ics_secret', '=', secret).executeTakeFirst();
      return row && toProfile(row);
    },

    async withDigest(limit, afterUserId) {
      let query = profiles(db).where('health_profiles.digest_enabled', '=', 1);
      if (afterUserId) query = query.where('health_profiles.user_id', '>', afterUserId);
      return (await query.orderBy('health_profiles.user_id').limit(limit).execute()).map(toProfile);
    },

    async markDigestSent(userId, localDate) {
      await db
        .updateTable('health_profiles')
        .set({ digest_sent_on: localDate })
        .where('user_id', '=', userId)
        .execute();
    },
    digestSends: createSendClaims(db, 'health_profiles', (userId: UserId) => ({ user_id: userId })),

    ...planMethods(db),
    ...logMethods(db),
  };
}

function planMethods(db: Kysely<Database>): Pick<HealthStore, 'dayPlan' | 'keepDayPlan' | 'dayPlans'> {
  const planOn = async (userId: UserId, date: string) => {
    const row = await db
      .selectFrom('health_day_plans')
      .select('plan')
      .where('user_id', '=', userId)
      .where('plan_date', '=', date)
      .executeTakeFirst();
    return row && (JSON.parse(row.plan) as StoredDayPlan);
  };
  return {
    dayPlan: planOn,

    async keepDayPlan(userId, plan, at) {
      // The first view of the day wins: a second one racing it (another device) reads the stored plan.
      await db
        .insertInto('health_day_plans')
        .values({ user_id: userId, plan_date: plan.date, plan: JSON.stringify(plan), created_at: iso(at) })
        .onConflict((oc) => oc.columns(['user_id', 'plan_date']).doNothing())
        .execute();
      return (await planOn(userId, plan.date))!;
    },

    async dayPlans(userId, since) {
      const rows = await db
        .selectFrom('health_day_plans')
        .select('plan')
        .where('user_id', '=', userId)
        .where('plan_date', '>=', since)
        .orderBy('plan_date')
        .execute();
      return rows.map((row) => JSON.parse(row.plan) as StoredDayPlan);
    },
  };
}

function logMethods(db: Kysely<Database>): Pick<HealthStore, 'mark' | 'logs'> {
  return {
    async mark(logs) {
      if (logs.length === 0) return;
      await db
        .insertInto('health_habit_logs')
        .values(
          logs.map((log) => ({
            user_id: log.userId,
            habit_id: log.habitId,
            log_date: log.date,
            outcome: log.outcome,
            fraction: log.fraction,
            source: log.source,
            recorded_at: iso(log.recordedAt),
          })),
        )
        .onConflict((oc) =>
          oc.columns(['user_id', 'habit_id', 'log_date']).doUpdateSet((eb) => ({
            outcome: eb.ref('excluded.outcome'),
            fraction: eb.ref('excluded.fraction'),
            source: eb.ref('excluded.source'),
            recorded_at: eb.ref('excluded.recorded_at'),
          })),
        )
        .execute();
    },

    async logs(userId, since) {
      const rows = await db
        .selectFrom('health_habit_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('log_date', '>=', since)
        .orderBy('log_date')
        .orderBy('habit_id')
        .execute();
      return rows.map(toLog);
    },
  };
}
