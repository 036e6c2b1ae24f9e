import { describe, expect, it } from 'vitest';
import { terminalWords, wrapWords } from './terminal-text.js';

describe('the terminal’s words', () => {
  it('breaks a long line between words, never inside one, and keeps a list item’s indentation', () => {
    const text =
      'Three words for what you feel right now, and what happened today\n  1) A gentle recovery session today';
    const wrapped = wrapWords(text, 20);
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(20);
    expect(wrapped.replace(/\n\s*/g, ' ')).toBe(text.replace(/\n\s*/g, ' '));
    expect(wrapped).toContain('\n  1) A gentle\n  recovery session');
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrapWords('see https://example.org/a/very/long/path now', 12)).toBe(
      'see\nhttps://example.org/a/very/long/path\nnow',
    );
  });

  it('says choose where the catalog says tap, in both languages', () => {
    expect(terminalWords('Tap a number or send one from 1 to 10.', 'en')).toBe(
      'Choose a number or send one from 1 to 10.',
    );
    expect(terminalWords('Нажми на число или напиши число от 1 до 10.', 'ru')).toBe(
      'Выбери число или напиши число от 1 до 10.',
    );
  });
});
