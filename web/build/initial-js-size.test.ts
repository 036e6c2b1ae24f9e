import { describe, expect, it } from 'vitest';
import { initialChunks } from './initial-js-size';

const chunk = (isEntry: boolean, imports: string[]) => ({ type: 'chunk' as const, code: '', isEntry, imports });

describe('initialChunks', () => {
  it('counts the entry and what it imports statically, not what loads lazily', () => {
    const bundle = {
      'index.js': chunk(true, ['runtime.js']),
      'runtime.js': chunk(false, []),
      'HistoryScreen.js': chunk(false, ['runtime.js']),
      'start-telegram.js': chunk(false, []),
      'index.css': { type: 'asset' },
    };
    expect(initialChunks(bundle).length).toBe(2);
  });
});
