import type { Locale } from '../../../../core/goals/model.js';
import type { TaskOutcome } from '../../../../core/health/model.js';
import type { Program } from '../../../../core/programs/program.js';
import type { Messages } from '../../../../i18n/catalog.js';
import type { MarkResult, PresentedTask, TodayView } from '../../../../services/health/health-services.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { actionLines } from '../tracks/render-progress.js';

/** A task's button data: `ht:<what>:<task id>` (under 64 bytes for every habit id in content). */
export const TASK_PREFIX = 'ht:';
/** What a task button does, by its one-letter code; `rest` and `sick` name any task of the day. */
export const TASK_ACTIONS = {
  d: 'done',
  p: 'partial',
  s: 'skipped',
  r: 'rest',
  k: 'sick',
  i: 'info',
} as const satisfies Record<string, TaskOutcome | 'info'>;
export type TaskAction = (typeof TASK_ACTIONS)[keyof typeof TASK_ACTIONS];

/** The words a person types after `/today` for each action (`/today done 2`), in either language. */
export const TYPED_ACTIONS: Readonly<Record<string, TaskAction>> = {
  done: 'done',
  готово: 'done',
  сделано: 'done',
  partly: 'partial',
  partial: 'partial',
  частично: 'partial',
  skip: 'skipped',
  пропуск: 'skipped',
  пропустить: 'skipped',
  rest: 'rest',
  отдых: 'rest',
  sick: 'sick',
  болею: 'sick',
  info: 'info',
  инфо: 'info',
};
/** The typed word shown in the terminal for each action. */
const TYPED_WORD: Readonly<Record<TaskAction, string>> = {
  done: 'done',
  partial: 'partly',
  skipped: 'skip',
  rest: 'rest',
  sick: 'sick',
  info: 'info',
};

const MARKS: Readonly<Record<TaskOutcome, string>> = { done: '✅', partial: '◐', skipped: '⏭', rest: '🛌', sick: '🤒' };

/** The habit of a task id (`<date>:<habit>`). */
export const habitOfTask = (taskId: string) => taskId.slice(taskId.indexOf(':') + 1);

/** What to type in a terminal for a task button's value (`d:2026-03-01:morning_light` → `/today done morning_light`). */
export function typedTaskCommand(value: string): string | undefined {
  const action = TASK_ACTIONS[value.slice(0, 1) as keyof typeof TASK_ACTIONS];
  if (!action || value[1] !== ':') return undefined;
  const word = TYPED_WORD[action];
  return action === 'rest' || action === 'sick' ? `/today ${word}` : `/today ${word} ${habitOfTask(value.slice(2))}`;
}

/** "Sunday, 1 March" for a local date, in the person's language. */
export const dayName = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

const taskLine = (msg: Messages, task: PresentedTask, position: number) =>
  msg.healthTaskLine(
    position,
    task.title,
    task.duration_minutes,
    task.user_friendly_intensity,
    task.outcome ? MARKS[task.outcome] : '',
  );

/** One row per task (✅ ◐ ⏭ ℹ️, numbered as in the text), then 🛌 rest day / 🤒 sick day. */
function todayButtons(msg: Messages, view: TodayView): Button[][] {
  const button = (label: string, code: string, taskId: string) => ({ label, data: `${TASK_PREFIX}${code}:${taskId}` });
  const rows = view.tasks.map((task, i) => [
    button(`✅ ${i + 1}`, 'd', task.task_id),
    button(`◐ ${i + 1}`, 'p', task.task_id),
    button(`⏭ ${i + 1}`, 's', task.task_id),
    button(`ℹ️ ${i + 1}`, 'i', task.task_id),
  ]);
  const first = view.tasks[0]?.task_id;
  if (first) rows.push([button(msg.healthButtonRestDay(), 'r', first), button(msg.healthButtonSickDay(), 'k', first)]);
  return rows;
}

/**
 * `/today`: the day as a short timeline — each placed block with its time range and its title in
 * the archetype's voice, its tasks numbered with minutes and intensity words (and today's mark),
 * a block without a task saying why, and the blocks with no place today named with the reason.
 */
export function renderToday(turn: Turn, view: TodayView): Reply {
  const msg = turn.m;
  const byId = new Map(view.tasks.map((task, i) => [task.task_id, { task, position: i + 1 }]));
  const blocks = view.blocks.map((block) => {
    const tasks = block.task_ids.flatMap((id) => {
      const found = byId.get(id);
      return found ? [taskLine(msg, found.task, found.position)] : [];
    });
    const empty = block.empty && tasks.length === 0 ? [msg.healthBlockEmpty(block.empty.explanation)] : [];
    return [msg.healthBlockLine(block.time_range, block.title), ...tasks, ...empty].join('\n');
  });
  const unfit = view.unfit.length
    ? [
        [
          msg.healthUnfitHeader(),
          ...view.unfit.map((block) => msg.healthUnfitLine(block.title, block.explanation)),
        ].join('\n'),
      ]
    : [];
  const header = msg.healthTodayHeader(dayName(view.date, turn.user.locale), view.archetype_name, view.level.name);
  // A terminal shows every button as the command to type: for four per task, one line saying how reads better.
  const typing = turn.channel === 'cli';
  const hint = !view.tasks.length ? msg.healthNoTasks() : typing ? msg.healthTodayUsage() : msg.healthTodayHint();
  return {
    text: [header, ...blocks, ...unfit, hint].join('\n\n'),
    ...(!typing && { buttons: todayButtons(msg, view) }),
  };
}

/** The morning digest: today's blocks in one message (what is in each, no buttons per task). */
export function digestText(msg: Messages, view: TodayView, locale: Locale): string {
  const names = new Map(view.tasks.map((task) => [task.task_id, task.title]));
  const blocks = view.blocks.map((block) =>
    msg.healthDigestBlock(
      block.time_range,
      block.title,
      block.task_ids.flatMap((id) => names.get(id) ?? []),
    ),
  );
  const unfit = view.unfit.map((block) => block.title);
  return [
    msg.healthDigestHeader(dayName(view.date, locale)),
    blocks.join('\n'),
    ...(unfit.length ? [msg.healthDigestUnfit(unfit)] : []),
    msg.healthDigestFooter(),
  ].join('\n\n');
}

/**
 * After a mark: what it was, the habit's streak (and a streak bonus reached), and for done or partly
 * done the track's move, as after any action of the track engine.
 */
export function renderMark(turn: Turn, result: MarkResult, name: string, program: Program | undefined): Reply {
  const msg = turn.m;
  const lines = [msg.healthMarked(result.outcome, name)];
  if (result.outcome === 'done' || result.outcome === 'partial')
    lines.push(msg.healthStreak(result.standing.streak, Math.round(result.standing.strength * 100)));
  if (result.bonus) lines.push('', msg.healthStreakBonus(result.bonus.days, result.bonus.text));
  if (result.bonus?.opens) lines.push(msg.healthBonusOpens(result.bonus.opens.name));
  if (result.track && program) lines.push('', ...actionLines(turn, program, result.track));
  return { text: lines.join('\n'), buttons: [[{ label: msg.healthButtonToday(), data: 'cmd:today' }]] };
}

/** A headed section, left out when it has nothing. */
const lines = (heading: string, items: readonly string[]): string[] =>
  items.length > 0 ? [[heading, ...items].join('\n')] : [];

/**
 * ℹ️ on a task: its education at the archetype's depth — the short "why" and the steps for everyone;
 * the mechanism, every modification and the troubleshooting for the archetypes that like detail;
 * for everyone, how to prepare and where, what could change it today, and the pieces that explain it.
 */
export function renderEducation(turn: Turn, task: PresentedTask): Reply {
  const label = turn.m.healthEducationLabels();
  const edu = task.educational_content;
  const basis = edu.scientific_basis;
  const detailed = basis.depth === 'detailed';
  const how = edu.practical_implementation;
  const mods = edu.personalization.modifications;
  const list = (items: readonly string[]) => items.map((item) => `• ${item}`);
  const sections = [
    `ℹ️ ${task.archetype_specific_title} · ${turn.m.healthMinutes(task.duration_minutes)}`,
    [basis.simple_explanation, ...(basis.depth === 'detailed' ? [basis.primary_mechanism] : [])].join('\n\n'),
    [label.benefits, ...list(basis.key_benefits)].join('\n'),
    [label.steps, ...how.step_by_step_instructions.map((step, i) => `${i + 1}. ${step}`)].join('\n'),
    [
      `${label.equipment} ${how.equipment_needed.join(', ')}`,
      `${label.timing} ${how.optimal_timing}`,
      how.duration_guidance,
    ].join('\n'),
    [label.preparation, ...list(how.preparation_steps)].join('\n'),
    [label.environment, ...list(how.environmental_considerations)].join('\n'),
    [
      label.modifications,
      `• ${label.lowEnergy} ${mods.low_energy}`,
      `• ${label.shortOnTime} ${mods.short_on_time}`,
      ...(detailed
        ? [
            `• ${label.highEnergy} ${mods.high_energy}`,
            `• ${label.travel} ${mods.travel}`,
            `• ${label.season} ${mods.seasonal}`,
          ]
        : []),
    ].join('\n'),
    `${label.doneWhen} ${task.success_tracking.completion_criteria}`,
    ...(detailed ? [[label.troubleshooting, ...list(edu.troubleshooting)].join('\n')] : []),
    ...lines(label.triggers, list(task.real_time_adaptations.adaptation_triggers)),
    ...lines(
      label.read,
      edu.related_content.map(
        (item) =>
          `📖 ${item.title}\n${item.body}\n${label.sources} ${item.sources.map((source) => source.url).join(' · ')}`,
      ),
    ),
    edu.personalization.archetype_optimization,
  ];
  return { text: sections.join('\n\n'), buttons: [[{ label: turn.m.healthButtonToday(), data: 'cmd:today' }]] };
}
