import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../core/goals/model.js';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';
import { CorpusFile, examplesOf, type SafetyExample } from './safety-corpus.schema.js';

export type CorpusResult = { ok: true; examples: SafetyExample[]; files: string[] } | { ok: false; problems: string[] };

/** `crisis.en.yaml`, `pairs.ru.yaml`…: the language is the last part before `.yaml`. */
const FILE = new RegExp(`^[a-z0-9-]+\\.(${LOCALES.join('|')})\\.yaml$`);

/**
 * Reads the crisis detector's training corpus: every `<name>.<lang>.yaml` under
 * `content/safety/corpus/`, each with a `crisis:` and/or `safe:` half. Every problem (file, path,
 * message) is reported at once; a file that names no known language is a problem too.
 */
export function loadSafetyCorpus(root = join(contentDir(), 'safety', 'corpus')): CorpusResult {
  const problems: string[] = [];
  const examples: SafetyExample[] = [];
  const files = readdirSync(root)
    .filter((text) => text.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    const lang = FILE.exec(file)?.[1];
    if (!lang) {
      problems.push(`${file}: name it <name>.<${LOCALES.join('|')}>.yaml`);
      continue;
    }
    const parsed = readYamlFile(join(root, file), CorpusFile, problems, file);
    if (parsed) examples.push(...examplesOf(lang, parsed));
  }
  for (const lang of LOCALES) {
    for (const crisis of [true, false]) {
      if (!examples.some((example) => example.lang === lang && example.crisis === crisis))
        problems.push(`no ${crisis ? 'crisis' : 'safe'} examples in ${lang}`);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, examples, files };
}
