import { type Kysely, type Selectable, SqliteAdapter, sql } from 'kysely';
import type { TaskChange } from '../../core/health/biometrics/adapt.js';
import type { Baseline } from '../../core/health/biometrics/baseline.js';
import type { AdaptationStatus, BiometricStore, PlanAdaptation } from '../../core/health/biometrics/stores.port.js';
import type { ReadingMetric } from '../../core/health/readings.js';
import type { Localized } from '../../core/programs/program.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { type ColumnCipher, sealedColumns } from '../crypto/sealed-columns.js';
import { inTransaction } from '../in-transaction.js';
import { adaptationJobQueries } from './biometric-jobs.repository.js';
import type { Database } from '../schema.js';
import { iso, toDate, toDateOrNull } from './rows.js';
import { isoTime } from '../../core/iso-time.js';

type AdaptationRow = Selectable<Database['plan_adaptations']>;

/** Reads an adaptation row; the person's word on it (`feedback`) is sealed when a data key is set. */
const adaptationOf =
  (feedback: ColumnCipher) =>
  (row: AdaptationRow): PlanAdaptation => ({
    id: row.id,
    userId: row.user_id,
    date: row.plan_date,
    triggerId: row.trigger_id,
    reason: JSON.parse(row.trigger_reason) as Localized,
    action: row.action,
    confidence: Number(row.confidence),
    changes: JSON.parse(row.changes) as TaskChange[],
    status: row.status as AdaptationStatus,
    feedback: feedback.open(row.feedback, row.user_id),
    createdAt: toDate(row.created_at),
    expiresAt: toDate(row.expires_at),
    decidedAt: toDateOrNull(row.decided_at),
    notifiedAt: toDateOrNull(row.notified_at),
  });

/** Both databases bind at most a few thousand parameters per statement: inserts go in slices. */
const INSERT_SLICE = 500;

/** Readings, baselines and plan adaptations; every query but the two job scans is scoped by user. */
export function createBiometricRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): BiometricStore {
  const feedback = sealedColumns(sealer).plan_adaptations.feedback;
  return {
    ...readingQueries(db),
    ...baselineQueries(db),
    ...adaptationQueries(db, feedback),
    ...adaptationJobQueries(db, adaptationOf(feedback)),
    readersSince: async (since) => {
      const rows = await db
        .selectFrom('biometric_readings')
        .select('user_id')
        .distinct()
        .where('created_at', '>=', iso(since))
        .execute();
      return rows.map((row) => row.user_id);
    },
  };
}

/** Readings: idempotent inserts, recent reads, daily means. */
function readingQueries(
  db: Kysely<Database>,
): Pick<BiometricStore, 'addReadings' | 'readingsSince' | 'daily' | 'series'> {
  return {
    addReadings: (userId, readings, at) =>
      inTransaction(db, async (tx) => {
        let added = 0;
        const created = iso(at);
        for (let i = 0; i < readings.length; i += INSERT_SLICE) {
          const rows = readings.slice(i, i + INSERT_SLICE).map((reading) => ({
            user_id: userId,
            metric: reading.metric,
            source: reading.source,
            at: iso(new Date(reading.at)),
            local_day: reading.day,
            value: reading.value,
            created_at: created,
          }));
          const result = await tx
            .insertInto('biometric_readings')
            .values(rows)
            .onConflict((oc) => oc.columns(['user_id', 'metric', 'source', 'at']).doNothing())
            .executeTakeFirst();
          added += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        return { added };
      }),

    readingsSince: async (userId, metrics, since) => {
      if (metrics.length === 0) return [];
      const rows = await db
        .selectFrom('biometric_readings')
        .select(['metric', 'source', 'at', 'local_day', 'value'])
        .where('user_id', '=', userId)
        .where('metric', 'in', metrics)
        .where('at', '>=', iso(since))
        .orderBy('at')
        .execute();
      return rows.map((row) => ({
        metric: row.metric as ReadingMetric,
        source: row.source,
        at: isoTime(toDate(row.at)),
        day: row.local_day,
        value: Number(row.value),
      }));
    },

    daily: async (userId, metric, source, fromDay) => {
      const rows = await db
        .selectFrom('biometric_readings')
        .select(['local_day', sql<number>`avg(value)`.as('mean'), sql<number>`count(*)`.as('count')])
        .where('user_id', '=', userId)
        .where('metric', '=', metric)
        .where('source', '=', source)
        .where('local_day', '>=', fromDay)
        .groupBy('local_day')
        .orderBy('local_day')
        .execute();
      return rows.map((row) => ({ day: row.local_day, value: Number(row.mean), count: Number(row.count) }));
    },

    series: async (userId) => {
      const rows = await db
        .selectFrom('biometric_readings')
        .select(['metric', 'source'])
        .distinct()
        .where('user_id', '=', userId)
        .execute();
      return rows.map((row) => ({ metric: row.metric as ReadingMetric, source: row.source }));
    },
  };
}

/** One baseline row per user, metric and source. */
function baselineQueries(db: Kysely<Database>): Pick<BiometricStore, 'saveBaselines' | 'baselines'> {
  return {
    saveBaselines: (userId, baselines, at) =>
      inTransaction(db, async (tx) => {
        for (const baseline of baselines) {
          const values = {
            baseline_value: baseline.value,
            spread: baseline.spread,
            calculation_method: baseline.method,
            data_points_used: baseline.points,
            status: baseline.status,
            calculated_on: baseline.calculatedOn,
            valid_until: baseline.validUntil,
            updated_at: iso(at),
          };
          await tx
            .insertInto('user_baselines')
            .values({ user_id: userId, metric: baseline.metric, source: baseline.source, ...values })
            .onConflict((oc) => oc.columns(['user_id', 'metric', 'source']).doUpdateSet(values))
            .execute();
        }
      }),

    baselines: async (userId) => {
      const rows = await db
        .selectFrom('user_baselines')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('metric')
        .orderBy('source')
        .execute();
      return rows.map((row): Baseline => ({
        metric: row.metric as ReadingMetric,
        source: row.source,
        value: Number(row.baseline_value),
        spread: Number(row.spread),
        method: row.calculation_method as Baseline['method'],
        points: Number(row.data_points_used),
        status: row.status as Baseline['status'],
        calculatedOn: row.calculated_on,
        validUntil: row.valid_until,
      }));
    },
  };
}

/** A person's adaptations: made, listed, answered. */
function adaptationQueries(
  db: Kysely<Database>,
  sealed: ColumnCipher,
): Pick<BiometricStore, 'addAdaptation' | 'adaptations' | 'decide'> {
  const toAdaptation = adaptationOf(sealed);
  return {
    addAdaptation: (adaptation, supersede) =>
      inTransaction(db, async (tx) => {
        // One adaptation per trigger and plan day for the same readings, when a reading, the day's first plan
        // and the schedule all judge at once: the person's row is locked (PostgreSQL; SQLite writes one at a
        // time), then the day is asked.
        if (!(tx.getExecutor().adapter instanceof SqliteAdapter))
          await sql`select id from users where id = ${adaptation.userId} for update`.execute(tx);
        // Only while no reading came since it: the same readings judged again (the day's first plan, the job, the
        // reading itself) find it, and a later check-in or reading that fires the trigger anew is a new change.
        const same = await tx
          .selectFrom('plan_adaptations')
          .select('id')
          .where('user_id', '=', adaptation.userId)
          .where('plan_date', '=', adaptation.date)
          .where('trigger_id', '=', adaptation.triggerId)
          .where('created_at', '>=', (eb) =>
            eb
              .selectFrom('biometric_readings')
              .select((reading) => reading.fn.max('created_at').as('newest'))
              .where('user_id', '=', adaptation.userId),
          )
          .executeTakeFirst();
        if (same) return false;
        if (supersede.length > 0)
          await tx
            .updateTable('plan_adaptations')
            .set({ status: 'superseded' })
            .where('user_id', '=', adaptation.userId)
            .where('id', 'in', supersede)
            .execute();
        await tx
          .insertInto('plan_adaptations')
          .values({
            id: adaptation.id,
            user_id: adaptation.userId,
            plan_date: adaptation.date,
            trigger_id: adaptation.triggerId,
            trigger_reason: JSON.stringify(adaptation.reason),
            action: adaptation.action,
            confidence: adaptation.confidence,
            changes: JSON.stringify(adaptation.changes),
            status: adaptation.status,
            feedback: sealed.seal(adaptation.feedback, adaptation.userId),
            created_at: iso(adaptation.createdAt),
            expires_at: iso(adaptation.expiresAt),
            decided_at: null,
            notified_at: null,
            expiry_announced_at: null,
          })
          .execute();
        return true;
      }),

    adaptations: async (userId, since) => {
      const rows = await db
        .selectFrom('plan_adaptations')
        .selectAll()
        .where('user_id', '=', userId)
        .where('created_at', '>=', iso(since))
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toAdaptation);
    },

    decide: async (userId, id, status, feedback, at) => {
      // Only an open, unexpired adaptation can be answered; a second answer changes nothing.
      const result = await db
        .updateTable('plan_adaptations')
        .set({ status, feedback: sealed.seal(feedback, userId), decided_at: iso(at) })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('expires_at', '>', iso(at))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
