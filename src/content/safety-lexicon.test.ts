import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSafetyLexicon } from './safety-lexicon.js';

const write = (yaml: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'lexicon.yaml');
  writeFileSync(file, yaml);
  return file;
};

describe('the crisis screen’s lexicon', () => {
  it('loads the shipped lexicon in both languages', () => {
    const loaded = loadSafetyLexicon();
    expect(loaded.ok && loaded.lexicon.en.phrases.kms).toBe('kill myself');
    expect(loaded.ok && loaded.lexicon.ru.emoji['💊']).toBe('таблетки');
  });

  it('names every problem with its path: a key the reader could never match, a language missing', () => {
    const loaded = loadSafetyLexicon(write('en:\n  phrases:\n    KMS: kill myself\n  emoji: {}\n'));
    expect(loaded.ok).toBe(false);
    const problems = loaded.ok ? [] : loaded.problems.join('\n');
    expect(problems).toContain('en.phrases.KMS');
    expect(problems).toContain('ru');
  });
});
