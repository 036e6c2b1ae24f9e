import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSafetyBackground } from '../../src/content/load-safety-background.js';
import { loadSafetyCorpus } from '../../src/content/load-safety-corpus.js';
import { typeInLatin } from './latin-typing.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'safety');

/** Every string of a parsed YAML or JSON value (keys and numbers aside). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];

/**
 * Every text the safety work was measured on: the corpus, the frozen everyday background, every held-out and goal set
 * of test/fixtures/safety (each string in them), every Russian text again typed in Latin letters (the phone habit;
 * the held-out ones in the passport habit too), and long letters made of them. Deduplicated, in a fixed order.
 */
export function screenTexts(): string[] {
  const corpus = loadSafetyCorpus();
  const background = loadSafetyBackground();
  if (!corpus.ok || !background.ok) throw new Error('safety content has problems');
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => /\.(ya?ml|jsonl)$/.test(file))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      return file.endsWith('.jsonl')
        ? text.split('\n').flatMap((line) => (line.trim() ? [(JSON.parse(line) as { text: string }).text] : []))
        : stringsOf(parse(text));
    });
  const texts = [...corpus.examples.map((example) => example.text), ...background.texts, ...fixtures];
  const russian = (some: string[]) => some.filter((text) => /[а-яё]/i.test(text));
  const latin = [
    ...russian(texts).map((text) => typeInLatin(text, 'phone')),
    ...russian(fixtures).map((text) => typeInLatin(text, 'passport')),
  ];
  // Letters of 25 messages each (every 100th run of texts): many sentences, pairs across every kind of text.
  const letters = Array.from({ length: Math.floor(texts.length / 100) }, (_, i) =>
    texts.slice(i * 100, i * 100 + 25).join(i % 2 ? '\n' : ' '),
  );
  return [...new Set([...texts, ...latin, ...letters])];
}
