import type { RouteDecision } from '../../../../core/intents/route-decision.js';
import type { Program } from '../../../../core/programs/program.js';
import { fillTemplate } from '../../../../core/tracks/suggest.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { createExerciseFlow } from '../exercises/exercise-flow.js';
import { offerGoal } from '../goals/goal-offer.js';
import { ChooseFocusState } from './focus-answer.js';
import { createFocusFlows } from './focus-flows.js';
import { createLogFlows, type LogFlowDeps } from './log-flows.js';
import { nextActionRows, progressAndExercisesRow, trackName } from './render-progress.js';

export type TrackFeatureDeps = LogFlowDeps;

/**
 * "{action} also counts in {track}": the pack's sentence for one other track or several, each name
 * written as the language wants it mid-sentence (quoted in Russian), listed with the language's "and".
 */
function crossTrackNote(turn: Turn, program: Program, action: string, others: string[]): string {
  const locale = turn.user.locale;
  const { one, many, trackInList } = program.crossTrack;
  const names = others.map((trackId) =>
    fillTemplate(trackInList[locale], { track: trackName(program, trackId, turn) }),
  );
  if (names.length === 1) return fillTemplate(one[locale], { action, track: names[0]! });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  return fillTemplate(many[locale], { action, tracks: list });
}

/** The recovery program in chat: onboarding, /progress, the focus track, /log, goal links, intent routing. */
export function tracksFeature(deps: TrackFeatureDeps): ChatFeature {
  const { tracks } = deps;
  const exercises = createExerciseFlow(tracks);
  const { progress, onboarding, switchTrack, setPrimary, answerFocus } = createFocusFlows(tracks);
  const { logAsk, logAction, linkTrack } = createLogFlows(deps);

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
    states: {
      choose_focus: defineState({ schema: ChooseFocusState, text: answerFocus }),
    },
    async freeText(turn, raw) {
      const found = await tracks.routeMessage(turn.user.id, raw);
      if (!found) return undefined;
      const replies = await routed(turn, found.program, found.decision, progress);
      // Pain is met by a person first: a word of acknowledgement before any form, offer or menu.
      const { acknowledge } = found;
      if (!acknowledge) return replies;
      const words = acknowledge === 'child_pain' ? turn.m.acknowledgeChildPain() : turn.m.acknowledgePain();
      return [{ text: words }, ...replies];
    },
  };
}

/** A routing decision in words: small talk, an exercise started or offered, a goal offered, or "what would help?". */
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
        const others = cross?.alsoHelps ?? [];
        const also = others.length ? crossTrackNote(turn, program, decision.exercise.title[locale], others) : '';
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
      case 'distress': {
        const checkin = decision.checkin
          ? [[{ label: msg.buttonCheckinNow(), data: `ex:${decision.checkin.id}` }]]
          : [];
        return [
          {
            text: msg.distressReply(),
            buttons: [...checkin, [{ label: msg.buttonHelpNow(), data: 'safety:help:concern' }]],
          },
        ];
      }
      case 'offer_goal': {
        const exercise = decision.exercise;
        const start = exercise
          ? [[{ label: msg.buttonStartExercise(exercise.title[locale]), data: `ex:${exercise.id}` }]]
          : [];
        return [offerGoal(turn, decision.title, [...start, ...menu])];
      }
      case 'unclear': {
        const view = await tracks.progress(user.id, { locale, programId: program.id });
        return [{ text: msg.intentUnclear(), buttons: [...nextActionRows(turn, program, view), ...menu] }];
      }
    }
  };
}
