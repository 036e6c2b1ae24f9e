import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SealedValueError, type Sealer } from '../../core/privacy/sealer.port.js';
import { type DataKey, type DataKeys, dataKeysOf, NO_DATA_KEYS } from './data-keys.js';

/** `sw1.<key id>.<iv>.<tag>.<ciphertext>`, base64url parts: a 12-byte IV and a 16-byte GCM tag. */
const SEALED = /^sw1\.([0-9a-f]{8})\.([\w-]{16})\.([\w-]{22})\.([\w-]*)$/;
/**
 * Put before plain text that would read as sealed (or as escaped), so a person cannot store a value
 * that names a key this install lacks (which would stop the next start) or open as something else.
 */
const ESCAPE = 'sw0.';
const ALGORITHM = 'aes-256-gcm';

/** The node:crypto sealer, plus what `stepwise rekey` and the start-up check need to know. */
export interface DataSealer extends Sealer {
  /** The id of the key new values are sealed under; undefined when values are stored plain. */
  readonly currentKeyId: string | undefined;
  /** The id of the key a stored value is sealed under; undefined for a plain value. */
  keyIdOf(stored: string): string | undefined;
}

const b64 = (bytes: Buffer) => bytes.toString('base64url');

function sealWith(key: DataKey, text: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key.bytes, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `sw1.${key.id}.${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(sealed)}`;
}

/** The plain text, or undefined when the tag does not match (wrong key, altered, or another place). */
function openWith(key: DataKey, parts: string[], aad: string): string | undefined {
  const [, , iv, tag, body] = parts as [string, string, string, string, string];
  try {
    const decipher = createDecipheriv(ALGORITHM, key.bytes, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * AES-256-GCM under the configured data keys. A value without the `sw1.` shape is plain text (data
 * written before a key was set keeps working until `stepwise rekey` seals it).
 */
export function createSealer(keys: DataKeys = NO_DATA_KEYS): DataSealer {
  const { current, all } = dataKeysOf(keys);
  return {
    currentKeyId: current?.id,

    keyIdOf: (stored) => SEALED.exec(stored)?.[1],

    seal(text, aad) {
      if (current) return sealWith(current, text, aad);
      return text.startsWith(ESCAPE) || SEALED.test(text) ? `${ESCAPE}${text}` : text;
    },

    open(stored, aad) {
      if (stored.startsWith(ESCAPE)) return stored.slice(ESCAPE.length);
      const parts = SEALED.exec(stored);
      if (!parts) return stored;
      const keyId = parts[1]!;
      const candidates = all.filter((key) => key.id === keyId);
      if (candidates.length === 0)
        throw new SealedValueError(
          'key_missing',
          keyId,
          `a stored value is sealed under data key ${keyId}, which is not configured (DATA_KEY or DATA_KEY_PREVIOUS)`,
        );
      for (const key of candidates) {
        const text = openWith(key, parts, aad);
        if (text !== undefined) return text;
      }
      throw new SealedValueError(
        'not_authentic',
        keyId,
        `a stored value did not open with data key ${keyId}: it was altered, or moved from another row or column`,
      );
    },
  };
}
