import type { Program } from '../../core/programs/program.js';
import type { NextAction } from '../../core/tracks/suggest.js';
import type { ProgressView } from '../../services/tracks/track-progress.js';
import type { Button } from './reply.js';

/** Longest button label shown; longer texts end in "…". */
const LABEL_MAX = 60;

/** A button label of at most 60 characters, cut between characters (never inside an emoji's pair). */
export function buttonLabel(text: string): string {
  const chars = Array.from(text);
  return chars.length <= LABEL_MAX
    ? text
    : `${chars
        .slice(0, LABEL_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

export const trackEmoji = (program: Program, track: string) =>
  program.tracks.find((candidate) => candidate.id === track)?.emoji ?? '•';

/** The button that opens the day's plan (the health feature's `/today`), where a plan's next action is done. */
export const PLAN_BUTTON_DATA = 'cmd:today';

/** Rows without a repeat of the same button (several next actions that all open the day's plan). */
export const distinctRows = (rows: Button[][]): Button[][] =>
  rows.filter((row, i) => rows.findIndex((other) => other[0]?.data === row[0]?.data) === i);

/**
 * One button per track's next action (optionally all but one track): "▶ …" starts its exercise or
 * opens the day's plan (once for all the tracks it serves); with `recordLabel`, a self-reported one
 * gets "✔ Did it: …" to record it (`act:`).
 */
export function nextActionButtons(
  program: Program,
  view: ProgressView,
  except?: string,
  recordLabel?: (suggestion: string) => string,
): Button[][] {
  const actions = Object.values(view.tracks)
    .filter((tr) => tr.track !== except)
    .map((tr) => tr.next_action);
  return actionButtons(program, actions, recordLabel);
}

/** A button per next action, in the order given (as `nextActionButtons`). */
export function actionButtons(
  program: Program,
  actions: readonly NextAction[],
  recordLabel?: (suggestion: string) => string,
): Button[][] {
  const rows = actions.flatMap((next) => {
    const label = `${trackEmoji(program, next.track)} ${next.suggestion}`;
    if (next.how.kind === 'exercise') return [[{ label: buttonLabel(label), data: `ex:${next.how.exercise}` }]];
    if (next.how.kind === 'plan') return [[{ label: buttonLabel(label), data: PLAN_BUTTON_DATA }]];
    return recordLabel ? [[{ label: buttonLabel(recordLabel(label)), data: `act:${next.how.action_type}` }]] : [];
  });
  return distinctRows(rows);
}
