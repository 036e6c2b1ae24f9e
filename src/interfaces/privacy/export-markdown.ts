import type { Locale } from '../../core/goals/model.js';
import type { StoredRow } from '../../core/privacy/user-data.port.js';
import type { UserExport } from '../../services/privacy/data-rights.js';
import type { ExerciseNames } from './exercise-names.js';

const WORDS = {
  en: {
    title: 'Everything Stepwise keeps about you',
    exported: 'Exported',
    goals: 'Goals',
    noGoals: 'No goals.',
    done: 'done',
    answered: 'Your answer',
    entries: 'Your entries (letters, check-ins, exercises)',
    noEntries: 'No entries.',
    tables: 'Every table in the JSON file, and how many rows name you',
  },
  ru: {
    title: 'Всё, что Stepwise хранит о тебе',
    exported: 'Выгружено',
    goals: 'Цели',
    noGoals: 'Целей нет.',
    done: 'сделано',
    answered: 'Твой ответ',
    entries: 'Твои записи (письма, отметки, упражнения)',
    noEntries: 'Записей нет.',
    tables: 'Все таблицы JSON-файла и сколько строк в каждой о тебе',
  },
} as const;

const text = (value: StoredRow[string] | undefined) => (value === null || value === undefined ? '' : String(value));
const day = (value: StoredRow[string] | undefined) => text(value).slice(0, 10);

/** Answers are stored as JSON by question id; each becomes a quoted line under its question, whatever its shape. */
function answerLines(raw: StoredRow[string] | undefined, question: (id: string) => string | undefined): string[] {
  try {
    const answers = JSON.parse(text(raw)) as Record<string, unknown>;
    return Object.entries(answers).map(([id, answer]) => `> **${question(id) ?? id}** ${String(answer)}`);
  } catch {
    return [`> ${text(raw)}`];
  }
}

function goalSection(data: UserExport['tables'], words: (typeof WORDS)[Locale]): string[] {
  const goals = data.goals ?? [];
  if (goals.length === 0) return [`## ${words.goals}`, '', words.noGoals, ''];
  return [
    `## ${words.goals}`,
    '',
    ...goals.flatMap((goal) => {
      const steps = (data.steps ?? []).filter((step) => step.goal_id === goal.id && step.status === 'done');
      const answers = (data.clarifications ?? []).filter((item) => item.goal_id === goal.id && item.answer);
      return [
        `### ${text(goal.title)} (${text(goal.status)})`,
        ...(goal.description ? ['', text(goal.description)] : []),
        '',
        ...steps.map((step) => `- [x] ${text(step.text)} — ${words.done} ${day(step.completed_at ?? step.created_at)}`),
        ...answers.map((item) => `- ${text(item.question)} — ${words.answered}: ${text(item.answer)}`),
        '',
      ];
    }),
  ];
}

/** The export as a page a person can read: goals and steps, entries, and the table inventory. */
export function exportMarkdown(document: UserExport, locale: Locale, names: ExerciseNames): string {
  const words = WORDS[locale];
  const data = document.tables;
  const entries = data.exercise_entries ?? [];
  return [
    `# ${words.title}`,
    '',
    `${words.exported}: ${document.exported_at}`,
    '',
    ...goalSection(data, words),
    `## ${words.entries}`,
    '',
    ...(entries.length === 0
      ? [words.noEntries, '']
      : entries.flatMap((entry) => [
          `### ${names.title(text(entry.exercise_id), locale) ?? text(entry.exercise_id)} — ${day(entry.created_at)}`,
          '',
          ...answerLines(entry.answers, (id) => names.question(text(entry.exercise_id), id, locale)),
          '',
        ])),
    `## ${words.tables}`,
    '',
    ...Object.entries(data).map(([table, rows]) => `- ${table}: ${rows.length}`),
    '',
  ].join('\n');
}
