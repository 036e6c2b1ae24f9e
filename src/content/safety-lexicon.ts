import { join } from 'node:path';
import { z } from 'zod';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';

/** Lower case, one space between words, no leading or trailing space: the form the screen's reader matches. */
const Phrase = z
  .string()
  .min(1)
  .max(60)
  .refine((text) => text === text.toLowerCase().trim().replace(/\s+/g, ' '), 'write it in lower case, one space');

const LanguageLexicon = z.strictObject({
  phrases: z.record(Phrase, z.string().trim().min(1).max(80)),
  emoji: z.record(z.string().min(1).max(8), z.string().trim().min(1).max(40)),
});

/** `content/safety/lexicon.yaml`: chat words, slang and emoji the crisis screen reads as the words they stand for. */
export const SafetyLexicon = z.strictObject({ en: LanguageLexicon, ru: LanguageLexicon });
export type SafetyLexicon = z.infer<typeof SafetyLexicon>;

export type LexiconResult = { ok: true; lexicon: SafetyLexicon } | { ok: false; problems: string[] };

/** Reads and checks the lexicon; every problem is reported with its path. */
export function loadSafetyLexicon(file = join(contentDir(), 'safety', 'lexicon.yaml')): LexiconResult {
  const problems: string[] = [];
  const lexicon = readYamlFile(file, SafetyLexicon, problems, 'content/safety/lexicon.yaml');
  return lexicon ? { ok: true, lexicon } : { ok: false, problems };
}
