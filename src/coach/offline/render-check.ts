import type { DictionarySlot, GoalTypePack } from '../../content/coach-pack.schema.js';
import { wordingsOf } from '../../content/check-coach-pack.js';
import type { GoalSlots, SlotReader } from './slots.js';

/** The quoted spans of a text: a calendar title, a search query, a line to write («…», '…', "…"). */
const QUOTED = /«[^«»]*»|(?<![\p{L}])'[^']*'(?![\p{L}])|"[^"]*"/gu;

/**
 * A slot's fallback shown as a word in a quoted title or query («Практика: инструмент», 'your instrument:
 * first lessons') though the goal names the value: a placeholder the person would see. The slots the
 * example names are checked: the fallback is what the reader renders with no value.
 */
export function placeholderShown(
  text: string,
  slot: DictionarySlot,
  slots: GoalSlots,
  reader: SlotReader,
  lang: 'en' | 'ru',
): string | undefined {
  if (!slots.values[slot]) return undefined;
  const fallback = reader.render(`{${slot}}`, { values: {} }, lang, '').toLowerCase();
  const word = new RegExp(`(?<!\\p{L})${fallback.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
  return (text.match(QUOTED) ?? []).some((span) => word.test(span.toLowerCase())) ? fallback : undefined;
}

/**
 * Every wording of every step rendered for each of the kind's example goals (slots read from the
 * example as the coach reads them): a problem for any slot left unfilled, a fallback shown as a
 * placeholder where the example names the value, an empty quote, or a doubled space or punctuation mark
 * where a slot was empty.
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
        const shown = kind.needs && placeholderShown(text, kind.needs, slots, reader, example.lang);
        if (shown)
          problems.push(`${where}.${step.key}.${name}.${example.lang}: the placeholder "${shown}" in «${text}»`);
      }
  }
  return problems;
}
