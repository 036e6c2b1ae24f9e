import type { Program } from '../../../../core/programs/program.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { actionButtons } from '../../buttons.js';
import type { ChatFeature } from '../../feature.js';
import type { Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { enrolledPrograms } from '../tracks/enrolled.js';
import { FEEDBACK_PREFIX, readFeedback } from './feedback-buttons.js';

/**
 * 👍/👎 under a shown next action: the verdict is recorded and thanked for briefly. After "not for
 * me" the person is offered what the web offers (`otherNextActions`: the track's other fitting actions, then the
 * other tracks', less what was declined today) and the exercise list, so they are never stuck.
 */
export function feedbackFeature(deps: { tracks: TrackServices }): ChatFeature {
  const { tracks } = deps;
  /**
   * The program whose next action this was: the feedback data names a track by its index, so it is
   * the person's program where that index and the suggestion id agree (else their first program).
   */
  const programOf = async (turn: Turn, value: string) => {
    const programs = await enrolledPrograms(tracks, turn);
    const shownIn = (program: Program) => {
      const read = readFeedback(program, value);
      return (
        read !== undefined &&
        (read.reason === 'llm' ||
          program.suggestions.some(
            (suggestion) => suggestion.id === read.suggestionId && suggestion.track === read.track,
          ))
      );
    };
    return programs.find(shownIn) ?? programs[0]!;
  };
  const tapped = async (turn: Turn, value: string): Promise<Reply[]> => {
    const program = await programOf(turn, value);
    const verdict = readFeedback(program, value);
    if (!verdict) return [{ text: turn.m.notUnderstood() }];
    await tracks.suggestionFeedback(turn.user.id, { ...verdict, programId: program.id });
    if (verdict.helpful) return [{ text: turn.m.feedbackThanks() }];
    const { others } = await tracks.otherNextActions(turn.user.id, {
      track: verdict.track,
      programId: program.id,
      locale: turn.user.locale,
    });
    const offered = actionButtons(program, others, turn.m.recordNext);
    const buttons = [...offered, [{ label: turn.m.buttonAllExercises(), data: 'cmd:exercise' }]];
    return [{ text: offered.length ? turn.m.feedbackOther() : turn.m.feedbackNoneLeft(), buttons }];
  };
  return { name: 'feedback', callbacks: { [FEEDBACK_PREFIX]: { run: tapped } } };
}
