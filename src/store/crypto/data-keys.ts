import { createHmac } from 'node:crypto';

/**
 * The data keys as configured (DATA_KEY, DATA_KEY_PREVIOUS): 32 bytes each, in base64. New values are
 * sealed under `current`; values sealed under any of them open. No current key: values are stored plain.
 */
export interface DataKeys {
  current?: string;
  previous: readonly string[];
}

/** No key configured: nothing is sealed, and only plain values open. */
export const NO_DATA_KEYS: DataKeys = Object.freeze({ previous: Object.freeze([]) });

/** A configured key, ready to use, with the short id that names it in sealed values. */
export interface DataKey {
  id: string;
  bytes: Buffer;
}

/**
 * A key's id: 8 hex digits of an HMAC keyed by the key itself. It tells keys apart in stored values
 * and in messages without revealing anything about the key (32 bits of a keyed hash of 256 random bits).
 */
export function idOfKey(bytes: Buffer): string {
  return createHmac('sha256', bytes).update('stepwise data key id').digest('hex').slice(0, 8);
}

/** The configured keys as bytes with their ids, the current one first. */
export function dataKeysOf(keys: DataKeys): { current?: DataKey; all: DataKey[] } {
  const toKey = (base64: string): DataKey => {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length !== 32) throw new Error('a data key must be 32 bytes');
    return { id: idOfKey(bytes), bytes };
  };
  const current = keys.current === undefined ? undefined : toKey(keys.current);
  return { current, all: [...(current ? [current] : []), ...keys.previous.map(toKey)] };
}
