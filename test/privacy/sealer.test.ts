import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { SealedValueError } from '../../src/core/privacy/sealer.port.js';
import { createSealer } from '../../src/store/crypto/aes-gcm-sealer.js';

const newKey = () => randomBytes(32).toString('base64');
const LETTER = 'Dear Misha, I love you. I will see you on Saturday — папа';
const HERE = 'exercise_entries.answers:user-1';

describe('sealing what people write (AES-256-GCM)', () => {
  it('seals to a self-describing string that holds none of the text and opens back intact', () => {
    const sealer = createSealer({ current: newKey(), previous: [] });
    const sealed = sealer.seal(LETTER, HERE);
    expect(sealed).toMatch(/^sw1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain('Misha');
    expect(sealed.split('.')[1]).toBe(sealer.currentKeyId);
    expect(sealer.open(sealed, HERE)).toBe(LETTER);
    // A fresh IV each time: the same letter twice is not recognisable as the same.
    expect(sealer.seal(LETTER, HERE)).not.toBe(sealed);
    for (const text of ['', '🙂 emoji and ünïcode', 'x'.repeat(10_000)])
      expect(sealer.open(sealer.seal(text, HERE), HERE)).toBe(text);
  });

  it('names a key by a short hash, never by the key itself', () => {
    const key = newKey();
    const id = createSealer({ current: key, previous: [] }).currentKeyId!;
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(Buffer.from(key, 'base64').toString('hex')).not.toContain(id);
    expect(createSealer({ current: newKey(), previous: [] }).currentKeyId).not.toBe(id);
  });

  it('refuses a value moved to another person or another column, or altered', () => {
    const sealer = createSealer({ current: newKey(), previous: [] });
    const sealed = sealer.seal(LETTER, HERE);
    const refusal = (stored: string, where: string) => {
      try {
        sealer.open(stored, where);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const elsewhere of ['exercise_entries.answers:user-2', 'goals.title:user-1'])
      expect(refusal(sealed, elsewhere)).toMatchObject({ name: 'SealedValueError', problem: 'not_authentic' });
    // One character of the ciphertext changed (the first: all six of its bits count).
    const parts = sealed.split('.');
    parts[4] = `${parts[4]![0] === 'A' ? 'B' : 'A'}${parts[4]!.slice(1)}`;
    expect(refusal(parts.join('.'), HERE)).toBeInstanceOf(SealedValueError);
  });

  it('opens values sealed under a previous key, seals only under the current one', () => {
    const old = newKey();
    const before = createSealer({ current: old, previous: [] });
    const sealed = before.seal(LETTER, HERE);
    const rotated = createSealer({ current: newKey(), previous: [old] });
    expect(rotated.open(sealed, HERE)).toBe(LETTER);
    expect(rotated.keyIdOf(rotated.seal(LETTER, HERE))).toBe(rotated.currentKeyId);
    expect(rotated.keyIdOf(sealed)).toBe(before.currentKeyId);
  });

  it('says which key is missing, in words, without the text', () => {
    const sealed = createSealer({ current: newKey(), previous: [] }).seal(LETTER, HERE);
    const without = createSealer({ current: newKey(), previous: [] });
    expect(() => without.open(sealed, HERE)).toThrow(/sealed under data key [0-9a-f]{8}, which is not configured/);
    expect(() => createSealer().open(sealed, HERE)).toThrow(SealedValueError);
  });

  it('stores and reads plain text when no key is set, and old plain values open under a key', () => {
    const plain = createSealer();
    expect(plain.currentKeyId).toBeUndefined();
    expect(plain.seal(LETTER, HERE)).toBe(LETTER);
    expect(createSealer({ current: newKey(), previous: [] }).open(LETTER, HERE)).toBe(LETTER);
  });

  it('keeps a person’s text that looks sealed from passing for a sealed value', () => {
    const forged = `sw1.deadbeef.${'A'.repeat(16)}.${'A'.repeat(22)}.AAAA`;
    const plain = createSealer();
    for (const text of [forged, 'sw0.already escaped']) {
      const stored = plain.seal(text, HERE);
      expect(plain.keyIdOf(stored)).toBeUndefined();
      expect(plain.open(stored, HERE)).toBe(text);
    }
  });
});

describe('DATA_KEY configuration', () => {
  const hex = randomBytes(32).toString('hex');
  const asBase64 = Buffer.from(hex, 'hex').toString('base64');

  it('takes 32 bytes as hex, base64 or base64url, and the previous keys as a list', () => {
    for (const form of [hex, asBase64, Buffer.from(hex, 'hex').toString('base64url')]) {
      const result = loadConfig({ DATA_KEY: form });
      expect(result.ok && result.config.dataKeys).toEqual({ current: asBase64, previous: [] });
    }
    const other = randomBytes(32).toString('base64');
    const result = loadConfig({ DATA_KEY: hex, DATA_KEY_PREVIOUS: `${other}, ${hex}` });
    expect(result.ok && result.config.dataKeys).toEqual({ current: asBase64, previous: [other, asBase64] });
    const unset = loadConfig({});
    expect(unset.ok && unset.config.dataKeys).toEqual({ current: undefined, previous: [] });
  });

  it('says in plain words what a malformed key should be, never echoing it', () => {
    const short = randomBytes(16).toString('base64');
    const result = loadConfig({ DATA_KEY: short, DATA_KEY_PREVIOUS: `${hex},not-a-key` });
    expect(!result.ok && result.problems).toEqual([
      'DATA_KEY: expected 32 random bytes as base64 or 64 hex digits (e.g. openssl rand -base64 32)',
      'DATA_KEY_PREVIOUS: expected comma-separated keys, each 32 random bytes as base64 or 64 hex digits (e.g. openssl rand -base64 32); key 2 is not',
    ]);
    expect(JSON.stringify(result)).not.toContain(short);
  });
});
