import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { badTextAt } from './text-guard.js';

describe('the guard against text no database keeps as sent', () => {
  it('finds a NUL or a lone surrogate in parsed bodies, queries (null prototype) and arrays', () => {
    expect(badTextAt({ goal: { title: 'ok', notes: ['fine', 'bad\u0000'] } }, 'body')).toBe('body.goal.notes.1');
    const query = Object.assign(Object.create(null), { lang: 'en', q: 'x\uD800' });
    expect(badTextAt(query, 'query')).toBe('query.q');
    expect(badTextAt({ title: 'Бегать по утрам 🏃' }, 'body')).toBeUndefined();
  });

  it('leaves an upload’s bytes alone: a stream or a buffer is the import’s to judge, not walked byte by byte', () => {
    const bytes = Buffer.from('<HealthData>\u0000</HealthData>');
    expect(badTextAt(bytes, 'body')).toBeUndefined();
    // Not walked at all: reading any of the stream's fields would throw here.
    const stream = Readable.from([bytes]);
    Object.defineProperty(stream, 'buffered', {
      enumerable: true,
      get: () => {
        throw new Error('the guard walked the upload');
      },
    });
    expect(badTextAt(stream, 'body')).toBeUndefined();
    // The same bytes as a string in a parsed body are text, and checked.
    expect(badTextAt({ text: bytes.toString() }, 'body')).toBe('body.text');
  });
});
