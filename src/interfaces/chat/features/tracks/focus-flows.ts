import { StepwiseError } from '../../../../core/errors.js';
import type { Program } from '../../../../core/programs/program.js';
import { phaseWindow } from '../../../../core/tracks/model.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { Button, Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { feedbackRow } from '../feedback/feedback-buttons.js';
import { enrolledPrograms } from './enrolled.js';
import { ChooseFocusState, typedTrack } from './focus-answer.js';
import { renderProgress, startButtons } from './render-progress.js';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The focus the person chose, if they have answered "which matters most?" yet. */
const chosenFocus = async (tracks: TrackServices, turn: Turn, programId: string) => {
  const enrollment = (await tracks.enrollments(turn.user.id)).find((candidate) => candidate.programId === programId);
  return enrollment?.primaryChosen ? enrollment.primaryTrack : null;
};

/** `/recovery`, `/progress` and the focus track: joining, seeing where one stands, choosing what matters most. */
export function createFocusFlows(tracks: TrackServices) {
  const program = (programId: string): Program => tracks.program(programId)!;
  const trackButtons = (turn: Turn, shown: Program, current: string | null): Button[][] =>
    shown.tracks.map((track) => [
      {
        label: turn.m.primaryButton(track.emoji, track.name[turn.user.locale], track.id === current),
        data: `primary:${track.id}`,
      },
    ]);

  /** /progress: the person's program, or each of their programs under its name when they are in several. */
  const progress = async (turn: Turn): Promise<Reply[]> => {
    const locale = turn.user.locale;
    const enrolled = tracks.enabledFor(turn.user.id) ? await tracks.enrolledPrograms(turn.user.id) : [];
    const programs = enrolled.map((candidate) => candidate.program);
    if (programs.length <= 1) {
      const view = await tracks.progress(turn.user.id, { locale });
      return [renderProgress(turn, program(view.program), view)];
    }
    const views = await Promise.all(
      programs.map((shown) => tracks.progress(turn.user.id, { locale, programId: shown.id })),
    );
    return views.map((view, i) => {
      const reply = renderProgress(turn, programs[i]!, view);
      return { ...reply, text: `${programs[i]!.name[locale]}\n\n${reply.text}` };
    });
  };

  /**
   * /recovery: joins the program (every track at 0 %), explains the tracks, asks for the focus.
   * Nothing is chosen for the person: no track is marked until they tap or type their answer.
   */
  const onboarding = async (turn: Turn, programId = 'recovery'): Promise<Reply[]> => {
    if (!tracks.enabledFor(turn.user.id)) throw new StepwiseError('feature_disabled', 'tracks are off');
    const joined = tracks.program(programId);
    if (!joined) throw new StepwiseError('unknown_program', 'no such program');
    await tracks.enroll(turn.user.id, joined.id, undefined, { askFocus: true });
    const locale = turn.user.locale;
    const list = joined.tracks.map((track) => `${track.emoji} ${track.name[locale]} — ${track.about[locale]}`);
    // A typed answer is taken as the answer — unless an exercise is open, which keeps its place.
    if (turn.state.name === IDLE.name) turn.setState({ name: 'choose_focus', programId: joined.id });
    return [
      { text: `${joined.intro[locale]}\n\n${list.join('\n\n')}` },
      {
        text: joined.askPrimary[locale],
        buttons: trackButtons(turn, joined, await chosenFocus(tracks, turn, joined.id)),
      },
    ];
  };

  /** /switch_track: the tracks of the person's program (of each of them, in order, when in several). */
  const switchTrack = async (turn: Turn): Promise<Reply[]> => {
    const programs = await enrolledPrograms(tracks, turn);
    const rows = await Promise.all(
      programs.map(async (enrolled) => trackButtons(turn, enrolled, await chosenFocus(tracks, turn, enrolled.id))),
    );
    return [{ text: turn.m.askSwitchTrack(), buttons: rows.flat() }];
  };

  /** A track chosen (onboarding or /switch_track): the focus changes and its phase and next action show. */
  const setPrimary = async (turn: Turn, trackId: string): Promise<Reply[]> => {
    const { m: msg, user } = turn;
    const result = await tracks.setPrimary(user.id, trackId);
    if (turn.state.name === 'choose_focus') turn.setState(IDLE);
    const shown = program(result.programId);
    const view = await tracks.progress(user.id, { locale: user.locale, programId: result.programId });
    const track = view.tracks[trackId]!;
    const def = shown.tracks.find((candidate) => candidate.id === trackId)!;
    const window = phaseWindow(track.phase);
    const plan = [
      `${def.emoji} ${def.name[user.locale]}`,
      `${capitalise(msg.phaseNames()[track.phase])}: ${def.phases[track.phase][user.locale]} (${window.start}% → ${window.end}%)`,
      msg.nextLine(track.next_action.suggestion).trim(),
    ].join('\n');
    const buttons: Button[][] = [
      ...startButtons(turn, shown, track.next_action),
      ...feedbackRow(msg, shown, track.next_action),
      [{ label: msg.buttonProgress(), data: 'cmd:progress' }],
    ];
    return [{ text: msg.primarySet(def.name[user.locale]) }, { text: plan, buttons }];
  };

  /**
   * Typed text while "which matters most?" waits: a track's name or number is the answer. Anything
   * else ends the question and goes on as any message would (the buttons still answer it later).
   */
  const answerFocus = async (turn: Turn, state: ChooseFocusState, raw: string): Promise<Reply[] | undefined> => {
    const chosen = tracks.program(state.programId) && typedTrack(program(state.programId), raw);
    if (chosen) return setPrimary(turn, chosen);
    turn.setState(IDLE);
    return undefined;
  };

  return { progress, onboarding, switchTrack, setPrimary, answerFocus };
}
