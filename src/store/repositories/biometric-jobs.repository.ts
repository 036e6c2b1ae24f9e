import type { Kysely, Selectable } from 'kysely';
import type { BiometricStore, PlanAdaptation } from '../../core/health/biometrics/stores.port.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { iso } from './rows.js';

type AdaptationRow = Selectable<Database['plan_adaptations']>;

/** The jobs' scans: the bot's notices and expiries, each claimed by one instance. */
export function adaptationJobQueries(
  db: Kysely<Database>,
  toAdaptation: (row: AdaptationRow) => PlanAdaptation,
): Pick<BiometricStore, 'unnotified' | 'claimNotice' | 'claimExpired'> {
  return {
    unnotified: async (limit, now) => {
      const rows = await db
        .selectFrom('plan_adaptations')
        .selectAll()
        .where('status', '=', 'pending')
        .where('notified_at', 'is', null)
        .where('expires_at', '>', iso(now))
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map(toAdaptation);
    },

    claimNotice: async (id, at) => {
      const result = await db
        .updateTable('plan_adaptations')
        .set({ notified_at: iso(at) })
        .where('id', '=', id)
        .where('notified_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    claimExpired: (now, limit) =>
      inTransaction(db, async (tx) => {
        const rows = await tx
          .selectFrom('plan_adaptations')
          .selectAll()
          .where('status', 'in', ['pending', 'accepted'])
          .where('expires_at', '<=', iso(now))
          .where('expiry_announced_at', 'is', null)
          .orderBy('expires_at')
          .limit(limit)
          .execute();
        const claimed: PlanAdaptation[] = [];
        for (const row of rows) {
          // Another instance may have claimed it between the read and this write: only one wins.
          const result = await tx
            .updateTable('plan_adaptations')
            .set({ expiry_announced_at: iso(now) })
            .where('id', '=', row.id)
            .where('expiry_announced_at', 'is', null)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) === 1) claimed.push(toAdaptation(row));
        }
        return claimed;
      }),
  };
}
