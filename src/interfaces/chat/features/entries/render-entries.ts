import type { Locale } from '../../../../core/goals/model.js';
import type { Prompt } from '../../../../core/programs/program.js';
import type { ExerciseEntry } from '../../../../core/tracks/stores.port.js';
import type { EntryPage, EntryServices, MoodTrend } from '../../../../services/entries/entry-services.js';
import { buttonLabel, trackEmoji } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { sparkline } from './sparkline.js';

/** Button data: open, next page, edit (optionally one prompt), delete (ask), delete (yes), keep. */
export const ENTRY = {
  open: 'ent:o:',
  more: 'ent:m:',
  edit: 'ent:e:',
  remove: 'ent:d:',
  removeYes: 'ent:y:',
  keep: 'ent:k:',
} as const;

const PREVIEW_MAX = 40;

const dateOf = (at: Date, locale: Locale, withYear = false) =>
  at.toLocaleDateString(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    ...(withYear && { year: 'numeric' }),
    timeZone: 'UTC',
  });

/** What one entry is called in a list or a question: its track's emoji and its exercise's title. */
export function entryTitle(entries: EntryServices, entry: ExerciseEntry, locale: Locale): string {
  const program = entries.programOf(entry);
  const exercise = entries.exerciseOf(entry);
  return exercise && program
    ? `${trackEmoji(program, exercise.track)} ${exercise.title[locale]}`
    : `• ${entry.exerciseId}`;
}

export const entryDate = (entry: ExerciseEntry, locale: Locale) => dateOf(entry.createdAt, locale);

/** The first words of the first written answer, on one line. */
function preview(entry: ExerciseEntry): string {
  const text = Object.values(entry.answers).find((value): value is string => typeof value === 'string');
  if (!text) return '';
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= PREVIEW_MAX
    ? line
    : `${chars
        .slice(0, PREVIEW_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

const trendLine = (turn: Turn, trend: MoodTrend) => {
  const [from, to] = [dateOf(trend.from, turn.user.locale), dateOf(trend.to, turn.user.locale)];
  return turn.m.moodTrend(
    sparkline(trend.values, trend.min, trend.max),
    trend.values.length,
    from === to ? from : `${from} – ${to}`,
  );
};

/** A page of entries: numbered lines, a button per entry, "More" while there are older ones. */
export function renderPage(
  turn: Turn,
  entries: EntryServices,
  page: EntryPage,
  options: { first: boolean; trend?: MoodTrend },
): Reply {
  const locale = turn.user.locale;
  if (page.entries.length === 0) return { text: options.first ? turn.m.entriesNone() : turn.m.entriesNoMore() };
  const lines = page.entries.map((entry, i) =>
    turn.m.entryLine(i + 1, entryDate(entry, locale), entryTitle(entries, entry, locale), preview(entry)),
  );
  // One check-in draws no line: the trend starts with the second.
  const trend =
    options.first && options.trend && options.trend.values.length > 1 ? [trendLine(turn, options.trend)] : [];
  const buttons: Button[][] = page.entries.map((entry, i) => [
    { label: buttonLabel(`${i + 1}. ${entryTitle(entries, entry, locale)}`), data: `${ENTRY.open}${entry.id}` },
  ]);
  if (page.nextCursor) buttons.push([{ label: turn.m.buttonMoreEntries(), data: `${ENTRY.more}${page.nextCursor}` }]);
  const header = options.first ? turn.m.entriesHeader() : turn.m.entriesMoreHeader();
  return { text: [header, ...lines, ...trend, '', turn.m.entriesPick()].join('\n'), buttons };
}

function answerText(turn: Turn, prompt: Prompt | undefined, value: string | number): string {
  if (prompt?.kind === 'scale') return turn.m.scaleAnswer(Number(value), prompt.min, prompt.max);
  if (prompt?.kind === 'choice')
    return prompt.choices.find((choice) => choice.id === value)?.label[turn.user.locale] ?? String(value);
  return String(value);
}

/** One entry in full: every answer under its question, in the exercise's order. */
export function renderEntry(turn: Turn, entries: EntryServices, entry: ExerciseEntry): Reply {
  const locale = turn.user.locale;
  const exercise = entries.exerciseOf(entry);
  const prompts = exercise?.prompts ?? [];
  const known = prompts.filter((prompt) => entry.answers[prompt.id] !== undefined);
  const others = Object.keys(entry.answers).filter((key) => !prompts.some((prompt) => prompt.id === key));
  const blocks = [
    ...known.map((prompt) => `${prompt.ask[locale]}\n› ${answerText(turn, prompt, entry.answers[prompt.id]!)}`),
    ...others.map((key) => `${key}\n› ${String(entry.answers[key])}`),
  ];
  const editable = prompts.some((prompt) => prompt.kind === 'text');
  const buttons: Button[][] = [
    [
      ...(editable ? [{ label: turn.m.buttonEditEntry(), data: `${ENTRY.edit}${entry.id}` }] : []),
      { label: turn.m.buttonDeleteEntry(), data: `${ENTRY.remove}${entry.id}` },
    ],
    [{ label: turn.m.buttonAllEntries(), data: 'cmd:entries' }],
  ];
  const title = `${entryTitle(entries, entry, locale)} · ${dateOf(entry.createdAt, locale, true)}`;
  return { text: [title, ...blocks].join('\n\n'), buttons };
}
