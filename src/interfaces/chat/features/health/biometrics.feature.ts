import { type ChatFeature, defineState } from '../../feature.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import {
  ADAPT_PREFIX,
  DECISIONS,
  type DecisionWord,
  renderAdaptation,
  renderDecision,
  typedDecision,
} from './adaptation-view.js';
import { answerCheckin, askCheckin, CHECKIN_ANSWER, type CheckinDeps, readTap, startCheckin } from './checkin-flow.js';
import { answeredIn, CheckinState } from './checkin-state.js';
import { renderReadiness } from './readiness-view.js';

export type BiometricsFeatureDeps = CheckinDeps;

/**
 * Biometrics in chat: `/checkin` (energy, stress and sleep in three taps), `/readiness`, and plan
 * changes answered with ✅ Accept or ↩️ Keep my plan (`/adapt` lists the open ones in a terminal).
 */
export function biometricsFeature(deps: BiometricsFeatureDeps): ChatFeature {
  return {
    name: 'biometrics',
    commands: {
      checkin: (turn) => startCheckin(turn),
      readiness: async (turn) => [
        renderReadiness(turn, await deps.biometrics.readiness(turn.user.id, { locale: turn.user.locale })),
      ],
      adapt: (turn, args) => adapt(deps, turn, args),
    },
    callbacks: {
      [ADAPT_PREFIX]: {
        run: (turn, value) => {
          const [word = '', id = ''] = value.split(':');
          return decide(deps, turn, word, id);
        },
        typed: typedDecision,
      },
    },
    states: { health_checkin: checkinState(deps) },
  };
}

/** A check-in waits through other commands (its reminder follows them) and, with an answer, is a draft. */
function checkinState(deps: CheckinDeps) {
  return defineState<CheckinState>({
    schema: CheckinState,
    text: (turn, state, raw) => answerCheckin(deps, turn, state, readTap(turn, state, raw)),
    async command(turn, state, name, args) {
      // `/resume` (the draft brought back) or `/checkin` again: the open question, asked again.
      if ((name === 'resume' || name === 'checkin') && !args) return [askCheckin(turn, state)];
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.checkinCancelled() }];
    },
    button: async (turn, state, data) =>
      data.startsWith(CHECKIN_ANSWER)
        ? answerCheckin(deps, turn, state, Number(data.slice(CHECKIN_ANSWER.length)) || undefined)
        : undefined,
    reminder: (turn) => ({ text: turn.m.checkinStillOpen(turn.m.checkinTitle()) }),
    draft: (turn, state) => ({ title: turn.m.checkinTitle(), answered: answeredIn(state) }),
  });
}

/** ✅ or ↩️ on an adaptation; a second answer or one after it lapsed is refused (`adaptation_closed`). */
async function decide(deps: CheckinDeps, turn: Turn, word: string, id: string): Promise<Reply[]> {
  if (!(word in DECISIONS) || !id) return [{ text: turn.m.notUnderstood() }];
  const { locale } = turn.user;
  const view = await deps.biometrics.decide(turn.user.id, id, DECISIONS[word as DecisionWord], { locale });
  return [renderDecision(turn, view)];
}

/** `/adapt accept|keep <id>` (the terminal's buttons), or `/adapt`: the plan changes waiting for an answer. */
async function adapt(deps: CheckinDeps, turn: Turn, args: string): Promise<Reply[]> {
  const [word = '', id = ''] = args.trim().split(/\s+/);
  if (word) return decide(deps, turn, word.toLowerCase(), id);
  const open = (await deps.biometrics.adaptations(turn.user.id, { locale: turn.user.locale })).filter(
    (view) => view.status === 'pending',
  );
  if (open.length === 0) return [{ text: turn.m.adaptNoneOpen() }];
  // Shown here, so the delivery job does not send them to the bot again.
  for (const view of open) await deps.biometrics.claimNotice(view.adaptation_id);
  const { schedule } = await deps.health.profile(turn.user.id);
  return open.map((view) => renderAdaptation(turn, view, schedule.timeZone, true));
}
