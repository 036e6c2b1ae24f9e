import type { GoalTypePack } from '../../content/coach-pack.schema.js';
import { wordingsOf } from '../../content/check-coach-pack.js';
import type { SlotReader } from './slots.js';

/**
 * Every wording of every step rendered for each of the kind's example goals (slots read from the
 * example as the coach reads them): a problem for any slot left unfilled, an empty quote, or a
 * doubled space or punctuation mark where a slot was empty.
 */
export function renderProblems(where: string, kind: GoalTypePack, reader: SlotReader): string[] {
  const problems: string[] = [];
  for (const example of kind.examples) {
    const slots = reader.read(example.title, example.description ? [example.description] : []);
    if (kind.needs && !slots.values[kind.needs])
      problems.push(`${where}: the example "${example.title}" names no ${kind.needs} (slots.yaml has no match)`);
    for (const step of kind.steps)
      for (const [name, wording] of wordingsOf(step)) {
        const text = reader.render(wording[example.lang], slots, example.lang, example.title);
        const broken = /\{[a-z_]+\}|«\s*»|''|""|\s{2,}|\s[,.;:!?]|\(\s*\)/.exec(text);
        if (broken) problems.push(`${where}.${step.key}.${name}.${example.lang}: "${broken[0]}" in «${text}»`);
      }
  }
  return problems;
}
