import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { buttonLabel, trackEmoji } from '../../buttons.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { requireEnrolled } from '../tracks/enrolled.js';
import { createExerciseFlow } from './exercise-flow.js';
import { ExerciseState } from './exercise-state.js';

/** The data prefix of a tapped answer (`ans:7`, `ans:calm`). */
const ANSWER = 'ans:';

/** The guided exercises (seed 000's techniques): the list, starting one, answering, pausing and resuming. */
export function exercisesFeature(deps: { tracks: TrackServices }): ChatFeature {
  const { tracks } = deps;
  const flow = createExerciseFlow(tracks);

  /**
   * `/exercise emotional_checkin`, or the exercise by its title as a Russian coach step names it (`/exercise
   * «Эмоциональная сверка»`, quotes and case aside; a step never shows an English id in Russian text).
   */
  const exerciseId = async (turn: Turn, args: string): Promise<string> => {
    const typed = args.trim().toLowerCase();
    if (/^[a-z0-9_]+$/.test(typed)) return typed;
    const title = typed.replace(/^[«"“']+|[»"”']+$/gu, '').trim();
    const program = await requireEnrolled(tracks, turn);
    const named = program.exercises.find((item) =>
      [item.title.en, item.title.ru].some((name) => name.toLowerCase() === title),
    );
    return named?.id ?? typed;
  };

  const list = async (turn: Turn): Promise<Reply[]> => {
    const program = await requireEnrolled(tracks, turn);
    const locale = turn.user.locale;
    const buttons = program.exercises.map((exercise) => [
      {
        label: buttonLabel(
          turn.m.exerciseButton(trackEmoji(program, exercise.track), exercise.title[locale], exercise.minutes),
        ),
        data: `ex:${exercise.id}`,
      },
    ]);
    return [{ text: turn.m.exercisesHeader(), buttons }];
  };

  const exercise = defineState({
    schema: ExerciseState,
    // A paused exercise keeps its place: free text neither answers it nor starts another one.
    text: async (turn, state, raw) =>
      state.paused ? [{ text: turn.m.exercisePaused(flow.title(turn, state)) }] : flow.answer(turn, state, raw),
    async command(turn, state, name, args) {
      // `/resume 2` names a draft set aside earlier: the dialog brings it back (asking about this one).
      if (name === 'resume' && !args) return flow.resume(turn, state);
      if (name === 'skip' && !state.paused) return flow.answer(turn, state, undefined);
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.exerciseCancelled() }];
    },
    // Any other command runs; the exercise waits unless the command starts something else.
    reminder: (turn, state) => ({
      text: state.paused
        ? turn.m.exercisePaused(flow.title(turn, state))
        : turn.m.exerciseStillOpen(flow.title(turn, state)),
    }),
    // A tapped answer belongs to the exercise, not to the flows it waits through.
    button: async (turn, state, data) =>
      data.startsWith(ANSWER) && !state.paused ? flow.answer(turn, state, data.slice(ANSWER.length)) : undefined,
    draft: (turn, state) => ({ title: flow.title(turn, state), answered: Object.keys(state.answers).length }),
    onCrisis: (_turn, state, typed) => flow.pauseForCrisis(state, typed),
    resumable: (state) => state.paused === true,
  });

  return {
    name: 'exercises',
    commands: {
      exercise: async (turn, args) => (args ? flow.start(turn, await exerciseId(turn, args)) : list(turn)),
    },
    callbacks: {
      // ▶ under a suggestion or a nudge: while another exercise holds answers, the dialog asks first.
      'ex:': {
        run: (turn, exerciseId) => flow.start(turn, exerciseId),
        typed: (exerciseId) => `/exercise ${exerciseId}`,
      },
      // An open exercise takes its answers itself (above); a button under an old question (the
      // exercise already ended, or is paused) is ignored politely.
      [ANSWER]: { run: (turn) => [{ text: turn.m.notUnderstood() }] },
    },
    states: { exercise },
  };
}
