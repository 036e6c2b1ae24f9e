import type { Program } from '../../../../core/programs/program.js';
import type { NextAction } from '../../../../core/tracks/suggest.js';
import type { ActionResult } from '../../../../services/tracks/record-action.js';
import type { ProgressView } from '../../../../services/tracks/track-progress.js';
import { buttonLabel, distinctRows, PLAN_BUTTON_DATA, trackEmoji } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { feedbackRow } from '../feedback/feedback-buttons.js';

/** The seed's bar: ten cells, one per 10 %. */
export const progressBar = (percent: number) =>
  '█'.repeat(Math.floor(percent / 10)) + '░'.repeat(10 - Math.floor(percent / 10));

export const trackName = (program: Program, trackId: string, turn: Turn) =>
  program.tracks.find((track) => track.id === trackId)?.name[turn.user.locale] ?? trackId;

const actionName = (program: Program, actionType: string, turn: Turn) =>
  program.actions.find((action) => action.id === actionType)?.name[turn.user.locale] ?? actionType;

/**
 * The button that acts on a next action where it is shown: "▶ …" starts its exercise (`ex:`) or
 * opens the day's plan (`/today`), "✔ Did it: …" records its self-reported action (`act:`, typed
 * `/log …` in a terminal).
 */
export function nextActionButton(turn: Turn, program: Program, next: NextAction, withEmoji = false): Button {
  const emoji = withEmoji ? `${trackEmoji(program, next.track)} ` : '';
  const how = next.how;
  if (how.kind === 'exercise')
    return { label: buttonLabel(turn.m.startNext(`${emoji}${next.suggestion}`)), data: `ex:${how.exercise}` };
  if (how.kind === 'plan')
    return { label: buttonLabel(turn.m.startNext(`${emoji}${next.suggestion}`)), data: PLAN_BUTTON_DATA };
  return {
    label: buttonLabel(turn.m.recordNext(`${emoji}${actionName(program, how.action_type, turn)}`)),
    data: `act:${how.action_type}`,
  };
}

/** "▶ Start: …" (or "✔ Did it: …") for one shown next action. */
export const startButtons = (turn: Turn, program: Program, next: NextAction): Button[][] => [
  [nextActionButton(turn, program, next)],
];

/**
 * One button per track's next action (the focus track's first), optionally all but one track; next
 * actions that all open the day's plan share one button.
 */
export function nextActionRows(turn: Turn, program: Program, view: ProgressView, except?: string): Button[][] {
  const all = Object.values(view.tracks).filter((track) => track.track !== except);
  const ordered = view.primary_chosen
    ? [
        ...all.filter((track) => track.track === view.primary_track),
        ...all.filter((track) => track.track !== view.primary_track),
      ]
    : all;
  return distinctRows(ordered.map((track) => [nextActionButton(turn, program, track.next_action, true)]));
}

export const progressAndExercisesRow = (turn: Turn): Button[] => [
  { label: turn.m.buttonProgress(), data: 'cmd:progress' },
  { label: turn.m.buttonAllExercises(), data: 'cmd:exercise' },
];

/**
 * `/progress`: every track with its bar and next action, and a button for each next action (start
 * or record it right there); the focus track's asks for feedback. Before the person has chosen a
 * focus, none is named.
 */
export function renderProgress(turn: Turn, program: Program, view: ProgressView): Reply {
  const msg = turn.m;
  const blocks = Object.values(view.tracks).map((track) =>
    [
      msg.trackLine(
        trackEmoji(program, track.track),
        trackName(program, track.track, turn),
        progressBar(track.completion_percentage),
        track.completion_percentage,
      ),
      msg.nextLine(track.next_action.suggestion),
    ].join('\n'),
  );
  const primary = view.primary_chosen ? view.tracks[view.primary_track] : undefined;
  const [first, ...others] = nextActionRows(turn, program, view);
  // Only the focus track's next action asks for feedback (one question, not four), right under it.
  const buttons: Button[][] = [
    ...(first ? [first] : []),
    ...(primary ? feedbackRow(msg, program, primary.next_action) : []),
    ...others,
  ];
  // A program without guided exercises (the health program) offers none.
  buttons.push([
    { label: msg.buttonSwitchTrack(), data: 'cmd:switch_track' },
    ...(program.exercises.length ? [{ label: msg.buttonAllExercises(), data: 'cmd:exercise' }] : []),
  ]);
  const footer = primary
    ? msg.progressFooter(
        `${trackEmoji(program, view.primary_track)} ${trackName(program, view.primary_track, turn)}`,
        view.overall_progress,
        view.days_active,
      )
    : msg.progressFooterNoFocus(view.overall_progress, view.days_active);
  return { text: [...blocks, footer].join('\n\n'), buttons };
}

/** Why an action moved less than its full share, or nothing, in kind words (none for a full one). */
function creditLine(turn: Turn, program: Program, result: ActionResult): string | undefined {
  const { credit } = result;
  const names = credit.cappedTracks.map((track) => trackName(program, track, turn));
  switch (credit.verdict) {
    case 'full':
      return undefined;
    case 'too_soon':
      return turn.m.creditTooSoon();
    case 'daily_cap':
      return turn.m.creditDailyCap(credit.nthToday - 1);
    case 'repeat':
      return turn.m.creditRepeat(Math.round(credit.share * 100));
    case 'track_cap':
      return turn.m.creditTrackCap(names);
  }
}

/** Whether an action moved anything (a repeat that did not is answered with its reason alone). */
export const earnedSomething = (result: ActionResult) => result.duplicate || result.changes.length > 0;

/** Progress lines, phase changes, milestone celebrations and the credit note after an action. */
export function actionLines(turn: Turn, program: Program, result: ActionResult): string[] {
  const msg = turn.m;
  if (result.duplicate) return [msg.alreadyCounted()];
  const locale = turn.user.locale;
  const lines = result.changes.map((change) =>
    msg.progressChange(
      trackEmoji(program, change.track),
      trackName(program, change.track, turn),
      change.oldPct,
      change.newPct,
    ),
  );
  for (const change of result.changes)
    if (change.newPhase !== change.oldPhase)
      lines.push(msg.phaseReached(trackName(program, change.track, turn), msg.phaseNames()[change.newPhase]));
  const note = creditLine(turn, program, result);
  if (note) lines.push(...(lines.length ? [''] : []), note);
  for (const milestone of result.milestones)
    lines.push('', msg.milestoneReached(milestone.def.name[locale], milestone.def.description[locale]));
  return lines;
}
