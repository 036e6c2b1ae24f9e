import type { Program } from '../../../../core/programs/program.js';
import type { ActionResult } from '../../../../services/tracks/record-action.js';
import type { ProgressView } from '../../../../services/tracks/track-progress.js';
import { buttonLabel, trackEmoji } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { feedbackRow } from '../feedback/feedback-buttons.js';

/** The seed's bar: ten cells, one per 10 %. */
export const progressBar = (percent: number) =>
  '█'.repeat(Math.floor(percent / 10)) + '░'.repeat(10 - Math.floor(percent / 10));

export const trackName = (program: Program, trackId: string, turn: Turn) =>
  program.tracks.find((track) => track.id === trackId)?.name[turn.user.locale] ?? trackId;

/** "▶ Start: …" for a next action that starts an exercise. */
export const startButtons = (turn: Turn, next: { suggestion: string; technique: string | null }): Button[][] =>
  next.technique ? [[{ label: buttonLabel(turn.m.startNext(next.suggestion)), data: `ex:${next.technique}` }]] : [];

export const progressAndExercisesRow = (turn: Turn): Button[] => [
  { label: turn.m.buttonProgress(), data: 'cmd:progress' },
  { label: turn.m.buttonAllExercises(), data: 'cmd:exercise' },
];

/** `/progress`: every track with its bar and next action, the focus track's start and feedback buttons. */
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
  const primary = view.tracks[view.primary_track];
  const buttons: Button[][] = [];
  if (primary) buttons.push(...startButtons(turn, primary.next_action));
  // Only the focus track's next action (the one with the start button) asks for feedback.
  if (primary) buttons.push(...feedbackRow(msg, program, primary.next_action));
  buttons.push([
    { label: msg.buttonSwitchTrack(), data: 'cmd:switch_track' },
    { label: msg.buttonAllExercises(), data: 'cmd:exercise' },
  ]);
  const focus = `${trackEmoji(program, view.primary_track)} ${trackName(program, view.primary_track, turn)}`;
  return {
    text: [...blocks, msg.progressFooter(focus, view.overall_progress, view.days_active)].join('\n\n'),
    buttons,
  };
}

/** Progress lines, phase changes and milestone celebrations after an action. */
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
  for (const milestone of result.milestones)
    lines.push('', msg.milestoneReached(milestone.def.name[locale], milestone.def.description[locale]));
  return lines;
}
