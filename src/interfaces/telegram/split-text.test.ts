import { describe, expect, it } from 'vitest';
import { splitText } from './split-text.js';

describe('splitting long replies for Telegram', () => {
  it('keeps a short text whole', () => {
    expect(splitText('Hello')).toEqual(['Hello']);
  });

  it('cuts at line breaks, keeps every line, and stays within the limit', () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `${i + 1}. 🎯 ${'a goal with a fairly long title '.repeat(2).trim()}`,
    );
    const parts = splitText(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });

  it('cuts a single huge word where it must, losing nothing', () => {
    const word = 'x'.repeat(10_000);
    const parts = splitText(word);
    expect(parts.map((part) => part.length)).toEqual([4096, 4096, 1808]);
    expect(parts.join('')).toBe(word);
  });
});
