import { StepwiseError } from '../../../../core/errors.js';
import type { RouteDecision } from '../../../../core/intents/route-decision.js';
import { loggableActions, type Program } from '../../../../core/programs/program.js';
import { phaseWindow } from '../../../../core/tracks/model.js';
import { fillTemplate } from '../../../../core/tracks/suggest.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { buttonLabel, nextActionButtons, trackEmoji } from '../../buttons.js';
import type { ChatFeature } from '../../feature.js';
import type { Button, Reply } from '../../reply.js';
import { actionSource, type Turn } from '../../turn.js';
import { createExerciseFlow } from '../exercises/exercise-flow.js';
import { feedbackRow } from '../feedback/feedback-buttons.js';
import { requireEnrolled } from './enrolled.js';
import { actionLines, progressAndExercisesRow, renderProgress, startButtons, trackName } from './render-progress.js';

export interface TrackFeatureDeps {
  tracks: TrackServices;
  goals: Pick<GoalServices, 'currentStep'>;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The recovery program in chat: onboarding, /progress, the focus track, /log, goal links, intent routing. */
export function tracksFeature(deps: TrackFeatureDeps): ChatFeature {
  const { tracks } = deps;
  const exercises = createExerciseFlow(tracks);
  const { progress, onboarding, switchTrack, setPrimary } = createFocusFlows(tracks);
  const { logAsk, logAction, linkTrack } = createRecordFlows(deps);

  const routed = createRouteReplies(tracks, exercises);

  return {
    name: 'tracks',
    commands: {
      recovery: (turn) => onboarding(turn),
      progress,
      switch_track: (turn, args) => (args ? setPrimary(turn, args.trim().toLowerCase()) : switchTrack(turn)),
      log: (turn, args) => (args ? logAction(turn, args.trim().toLowerCase()) : logAsk(turn)),
      linktrack: (turn, args) => linkTrack(turn, args.trim().toLowerCase()),
    },
    callbacks: {
      'primary:': { run: setPrimary, typed: (trackId) => `/switch_track ${trackId}` },
      'act:': { run: logAction, typed: (actionType) => `/log ${actionType}` },
      'goaltrack:': { run: linkTrack, typed: (trackId) => `/linktrack ${trackId}` },
    },
    async freeText(turn, raw) {
      const found = await tracks.routeMessage(turn.user.id, raw);
      return found && routed(turn, found.program, found.decision, progress);
    },
  };
}

const primaryOf = async (tracks: TrackServices, turn: Turn, programId: string) =>
  (await tracks.enrollments(turn.user.id)).find((enrollment) => enrollment.programId === programId)?.primaryTrack;

/** `/recovery`, `/progress` and the focus track: joining, seeing where one stands, choosing what matters most. */
function createFocusFlows(tracks: TrackServices) {
  const program = (programId: string): Program => tracks.program(programId)!;
  const trackButtons = (turn: Turn, shown: Program, current: string | null | undefined): Button[][] =>
    shown.tracks.map((track) => [
      {
        label: turn.m.primaryButton(track.emoji, track.name[turn.user.locale], track.id === current),
        data: `primary:${track.id}`,
      },
    ]);

  const progress = async (turn: Turn): Promise<Reply[]> => {
    const view = await tracks.progress(turn.user.id, { locale: turn.user.locale });
    return [renderProgress(turn, program(view.program), view)];
  };

  /** /recovery: joins the program (every track at 0 %), explains the tracks, asks for the focus. */
  const onboarding = async (turn: Turn, programId = 'recovery'): Promise<Reply[]> => {
    if (!tracks.enabledFor(turn.user.id)) throw new StepwiseError('feature_disabled', 'tracks are off');
    const joined = tracks.program(programId);
    if (!joined) throw new StepwiseError('unknown_program', 'no such program');
    await tracks.enroll(turn.user.id, joined.id);
    const locale = turn.user.locale;
    const list = joined.tracks.map((track) => `${track.emoji} ${track.name[locale]} — ${track.about[locale]}`);
    const current = await primaryOf(tracks, turn, joined.id);
    return [
      { text: `${joined.intro[locale]}\n\n${list.join('\n\n')}` },
      { text: joined.askPrimary[locale], buttons: trackButtons(turn, joined, current ?? null) },
    ];
  };

  const switchTrack = async (turn: Turn): Promise<Reply[]> => {
    const enrolled = await requireEnrolled(tracks, turn);
    return [
      {
        text: turn.m.askSwitchTrack(),
        buttons: trackButtons(turn, enrolled, await primaryOf(tracks, turn, enrolled.id)),
      },
    ];
  };

  /** A track chosen (onboarding or /switch_track): the focus changes and its phase and next action show. */
  const setPrimary = async (turn: Turn, trackId: string): Promise<Reply[]> => {
    const { m: msg, user } = turn;
    const result = await tracks.setPrimary(user.id, trackId);
    const shown = program(result.programId);
    const view = await tracks.progress(user.id, { locale: user.locale });
    const track = view.tracks[trackId]!;
    const def = shown.tracks.find((candidate) => candidate.id === trackId)!;
    const window = phaseWindow(track.phase);
    const plan = [
      `${def.emoji} ${def.name[user.locale]}`,
      `${capitalise(msg.phaseNames()[track.phase])}: ${def.phases[track.phase][user.locale]} (${window.start}% → ${window.end}%)`,
      msg.nextLine(track.next_action.suggestion).trim(),
    ].join('\n');
    const buttons: Button[][] = [
      ...startButtons(turn, track.next_action),
      ...feedbackRow(msg, shown, track.next_action),
      [{ label: msg.buttonProgress(), data: 'cmd:progress' }],
    ];
    return [{ text: msg.primarySet(def.name[user.locale]) }, { text: plan, buttons }];
  };

  return { progress, onboarding, switchTrack, setPrimary };
}

/** `/log` and `/linktrack`: counting what was done outside the chat, and letting a goal count for a track. */
function createRecordFlows(deps: TrackFeatureDeps) {
  const { tracks } = deps;
  const program = (programId: string): Program => tracks.program(programId)!;
  /** /log: actions done outside the chat (went to a meeting, shared a story) recorded with one tap. */
  const logAsk = async (turn: Turn): Promise<Reply[]> => {
    const enrolled = await requireEnrolled(tracks, turn);
    const buttons = loggableActions(enrolled).map((action) => [
      {
        label: buttonLabel(`${trackEmoji(enrolled, action.impacts[0]!.track)} ${action.name[turn.user.locale]}`),
        data: `act:${action.id}`,
      },
    ]);
    return [{ text: turn.m.logAsk(), buttons }];
  };

  const logAction = async (turn: Turn, actionType: string): Promise<Reply[]> => {
    const enrolled = await requireEnrolled(tracks, turn);
    const input = { actionType, source: actionSource(turn), programId: enrolled.id } as const;
    const result = await tracks.recordAction(turn.user.id, input);
    const text = [turn.m.logged(), '', ...actionLines(turn, enrolled, result)].join('\n');
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

/** A routing decision in words: small talk, an exercise started or offered, or "what would help?". */
function createRouteReplies(tracks: TrackServices, exercises: ReturnType<typeof createExerciseFlow>) {
  return async (
    turn: Turn,
    program: Program,
    decision: RouteDecision,
    progress: (turn: Turn) => Promise<Reply[]>,
  ): Promise<Reply[]> => {
    const { m: msg, user } = turn;
    const locale = user.locale;
    const menu: Button[][] = [progressAndExercisesRow(turn)];
    switch (decision.kind) {
      case 'small_talk':
        if (decision.intent === 'show_progress') return progress(turn);
        if (decision.intent === 'greeting') return [{ text: msg.greetingReply(user.displayName), buttons: menu }];
        if (decision.intent === 'thanks') return [{ text: msg.thanksReply() }];
        return [{ text: msg.offTopicReply(), buttons: menu }];
      case 'start_exercise': {
        const cross = decision.crossTrack;
        const others = cross?.alsoHelps.map((trackId) => trackName(program, trackId, turn)) ?? [];
        const also = others.length
          ? fillTemplate(program.crossTrack[locale], {
              action: decision.exercise.title[locale],
              tracks: others.join(', '),
            })
          : '';
        const note = cross
          ? [msg.trackContext(trackName(program, cross.track, turn)), also].filter(Boolean).join(' ')
          : undefined;
        return exercises.start(turn, decision.exercise.id, note);
      }
      case 'confirm_exercise': {
        const buttons = [
          [{ label: msg.buttonYesStart(), data: `ex:${decision.exercise.id}` }],
          [{ label: msg.buttonSomethingElse(), data: 'cmd:exercise' }],
        ];
        return [{ text: msg.intentConfirm(decision.exercise.title[locale]), buttons }];
      }
      case 'unclear': {
        const view = await tracks.progress(user.id, { locale, programId: program.id });
        return [{ text: msg.intentUnclear(), buttons: [...nextActionButtons(program, view), ...menu] }];
      }
    }
  };
}
