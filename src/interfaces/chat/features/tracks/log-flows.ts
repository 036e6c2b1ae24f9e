import { loggableActions, type Program, recordingOf } from '../../../../core/programs/program.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { buttonLabel, PLAN_BUTTON_DATA, trackEmoji } from '../../buttons.js';
import type { Reply } from '../../reply.js';
import { actionSource, type Turn } from '../../turn.js';
import { enrolledPrograms, hasAction, requireEnrolled } from './enrolled.js';
import { actionLines, earnedSomething, trackName } from './render-progress.js';

export interface LogFlowDeps {
  tracks: TrackServices;
  goals: Pick<GoalServices, 'currentStep'>;
}

/**
 * `/log` for an action that is not a self-report: no count, but the way to the real thing — its
 * exercise to start, or /done for a goal step. Undefined for a self-report (or an unknown action).
 */
function realSource(turn: Turn, program: Program, actionType: string): Reply[] | undefined {
  const recording = recordingOf(program, actionType);
  const locale = turn.user.locale;
  const name = program.actions.find((action) => action.id === actionType)?.name[locale];
  if (!name || recording.kind === 'self_report') return undefined;
  if (recording.kind === 'goal_step') return [{ text: turn.m.logNeedsGoalStep() }];
  if (recording.kind === 'plan_task') return [planOnly(turn, turn.m.healthLogNeedsPlanTask(name))];
  if (recording.kind === 'none') return [{ text: turn.m.logNotByHand() }];
  const { exercise } = recording;
  const start = { label: buttonLabel(turn.m.startNext(exercise.title[locale])), data: `ex:${exercise.id}` };
  return [
    {
      text: turn.m.logNeedsExercise(name, exercise.minutes),
      buttons: [[start], [{ label: turn.m.buttonLogList(), data: 'cmd:log' }]],
    },
  ];
}

/** "Marked in today's plan", with the button that opens it. */
const planOnly = (turn: Turn, text: string): Reply => ({
  text,
  buttons: [[{ label: turn.m.healthButtonToday(), data: PLAN_BUTTON_DATA }]],
});

/** `/log` and `/linktrack`: counting what was done outside the chat, and letting a goal count for a track. */
export function createLogFlows(deps: LogFlowDeps) {
  const { tracks } = deps;
  const program = (programId: string): Program => tracks.program(programId)!;
  /** /log: things done outside the chat (went to a meeting, shared a story), recorded with one tap. */
  const logAsk = async (turn: Turn): Promise<Reply[]> => {
    const programs = await enrolledPrograms(tracks, turn);
    const buttons = programs.flatMap((enrolled) =>
      loggableActions(enrolled).map((action) => [
        {
          label: buttonLabel(`${trackEmoji(enrolled, action.impacts[0]!.track)} ${action.name[turn.user.locale]}`),
          data: `act:${action.id}`,
        },
      ]),
    );
    // A program whose habits are all marked in the day's plan (health) has nothing to log by hand.
    if (!buttons.length) return [planOnly(turn, turn.m.healthLogPlanOnly())];
    return [{ text: turn.m.logAsk(), buttons }];
  };

  const logAction = async (turn: Turn, actionType: string): Promise<Reply[]> => {
    const enrolled = await requireEnrolled(tracks, turn, hasAction(actionType));
    const elsewhere = realSource(turn, enrolled, actionType);
    if (elsewhere) return elsewhere;
    const input = { actionType, source: actionSource(turn), programId: enrolled.id } as const;
    const result = await tracks.logAction(turn.user.id, input);
    const lines = actionLines(turn, enrolled, result);
    // "Counted, well done" only when it was: an action that earned nothing says why, kindly, alone.
    const logged = turn.quiet ? turn.m.loggedQuiet() : turn.m.logged();
    const text = (earnedSomething(result) ? [logged, '', ...lines] : lines).join('\n');
    return [{ text, buttons: [[{ label: turn.m.buttonProgress(), data: 'cmd:progress' }]] }];
  };

  /** /linktrack: the active goal's steps count for a track from now on. */
  const linkTrack = async (turn: Turn, trackId: string): Promise<Reply[]> => {
    const { goal } = await deps.goals.currentStep(turn.user.id);
    if (!trackId) {
      const enrolled = await requireEnrolled(tracks, turn);
      const buttons = enrolled.tracks.map((track) => [
        { label: `${track.emoji} ${track.name[turn.user.locale]}`, data: `goaltrack:${track.id}` },
      ]);
      return [{ text: turn.m.linkAsk(goal.title), buttons }];
    }
    const linked = await tracks.linkGoal(turn.user.id, goal.id, trackId);
    return [{ text: turn.m.linked(goal.title, trackName(program(linked.programId), trackId, turn)) }];
  };

  return { logAsk, logAction, linkTrack };
}
