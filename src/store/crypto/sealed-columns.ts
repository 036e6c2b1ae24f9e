import { SealedValueError, type Sealer } from '../../core/privacy/sealer.port.js';
import type { Database } from '../schema.js';

/**
 * The columns that hold what people write, sealed when a data key is configured, with each table's
 * primary key (`stepwise rekey` walks them by it). Never a column a query filters or sorts on: only
 * `is null` is asked of them, and a sealed value keeps null as null.
 *
 * Goal titles and step texts are sealed too: a title is the person's own words ("Get my son back"),
 * and steps quote it (the offline coach fills `{title}` into its steps; an LLM's steps may quote
 * anything the person said). A clarification's question may quote the goal the same way.
 */
export const SEALED_COLUMNS = {
  goals: { key: ['id'], columns: ['title', 'description'] },
  steps: { key: ['id'], columns: ['text', 'user_comment'] },
  clarifications: { key: ['id'], columns: ['question', 'answer'] },
  chat_states: { key: ['user_id', 'channel'], columns: ['state'] },
  exercise_entries: { key: ['id'], columns: ['answers'] },
  health_profiles: { key: ['user_id'], columns: ['notes'] },
  plan_adaptations: { key: ['id'], columns: ['feedback'] },
} as const satisfies {
  [T in keyof Database]?: {
    key: readonly (keyof Database[T] & string)[];
    columns: readonly (keyof Database[T] & string)[];
  };
};

export type SealedTable = keyof typeof SEALED_COLUMNS;

/** What a sealed value is bound to: its table, column and owner, so it opens nowhere else. */
export const placeOf = (table: string, column: string, userId: string) => `${table}.${column}:${userId}`;

/** Seals and opens one column's values for their owner; null stays null. */
export interface ColumnCipher {
  seal<V extends string | null>(value: V, userId: string): V;
  open<V extends string | null>(value: V, userId: string): V;
}

function columnCipher(sealer: Sealer, table: string, column: string): ColumnCipher {
  return {
    seal: (value, userId) => (value === null ? value : sealer.seal(value, placeOf(table, column, userId))) as never,
    open(value, userId) {
      if (value === null) return value;
      try {
        return sealer.open(value, placeOf(table, column, userId)) as never;
      } catch (error) {
        // Which column failed helps the operator; the row's text never goes into a message.
        if (!(error instanceof SealedValueError)) throw error;
        throw new SealedValueError(error.problem, error.keyId, `${error.message} (${table}.${column})`);
      }
    },
  };
}

export type SealedCiphers = { [T in SealedTable]: Record<(typeof SEALED_COLUMNS)[T]['columns'][number], ColumnCipher> };

/** A cipher per sealed column, e.g. `sealedColumns(sealer).goals.title.open(row.title, row.user_id)`. */
export function sealedColumns(sealer: Sealer): SealedCiphers {
  return Object.fromEntries(
    Object.entries(SEALED_COLUMNS).map(([table, { columns }]) => [
      table,
      Object.fromEntries(columns.map((column) => [column, columnCipher(sealer, table, column)])),
    ]),
  ) as SealedCiphers;
}
