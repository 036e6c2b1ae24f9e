import type { BiometricServices } from '../../../../services/health/biometrics/biometric-services.js';
import type { HealthServices } from '../../../../services/health/health-services.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { renderAdaptation } from './adaptation-view.js';
import { readinessLines } from './readiness-view.js';
import { type CheckinState, newCheckin, stepOf } from './checkin-state.js';

/** A tapped answer (`ans:4`); the terminal lists these buttons as numbered options. */
export const CHECKIN_ANSWER = 'ans:';

export interface CheckinDeps {
  biometrics: Pick<BiometricServices, 'checkin' | 'readiness' | 'adaptations' | 'decide' | 'claimNotice'>;
  /** The person's zone, for the time an adaptation stays open. */
  health: Pick<HealthServices, 'profile'>;
}

/** The open question with five buttons, 1 (low) to 5 (high), each with its word. */
export function askCheckin(turn: Turn, state: CheckinState): Reply {
  const step = stepOf(state);
  // A terminal numbers the options itself: its labels are the words alone.
  const typing = turn.channel === 'cli';
  const buttons = turn.m
    .checkinScale(step)
    .map((word, i) => [{ label: typing ? word : `${i + 1} · ${word}`, data: `${CHECKIN_ANSWER}${i + 1}` }]);
  return { text: turn.m.checkinAsk(step), buttons };
}

/** `/checkin`: the first question. */
export function startCheckin(turn: Turn): Reply[] {
  const state = newCheckin();
  turn.setState(state);
  return [askCheckin(turn, state)];
}

/** A typed answer: the number 1–5, or the word of one (`good`, «хорошо»). */
export function readTap(turn: Turn, state: CheckinState, raw: string): number | undefined {
  const typed = raw.trim().toLowerCase();
  if (/^[1-5]$/.test(typed)) return Number(typed);
  const position = turn.m.checkinScale(stepOf(state)).indexOf(typed);
  return position >= 0 ? position + 1 : undefined;
}

/** One answer (1–5, or undefined when it was none): the next question, or the check-in saved. */
export async function answerCheckin(
  deps: CheckinDeps,
  turn: Turn,
  state: CheckinState,
  tap: number | undefined,
): Promise<Reply[]> {
  if (tap === undefined || !(tap >= 1 && tap <= 5))
    return [{ text: turn.m.checkinNotAnAnswer() }, askCheckin(turn, state)];
  const step = stepOf(state);
  if (step === 'sleep') return finishCheckin(deps, turn, { energy: state.energy!, stress: state.stress!, sleep: tap });
  const next: CheckinState = { ...state, [step]: tap };
  turn.setState(next);
  return [askCheckin(turn, next)];
}

/**
 * The third answer: the readings are recorded, and the reply is today's readiness in short, then the
 * plan change the check-in caused, if any — claimed here, so the delivery job does not send it again.
 */
async function finishCheckin(
  deps: CheckinDeps,
  turn: Turn,
  answers: { energy: number; stress: number; sleep: number },
): Promise<Reply[]> {
  const { id: userId, locale } = turn.user;
  const result = await deps.biometrics.checkin(userId, answers);
  turn.setState(IDLE);
  const view = await deps.biometrics.readiness(userId, { locale });
  const msg = turn.m;
  const readiness = [msg.checkinSaved(), readinessLines(msg, view, true).join('\n'), view.disclaimer].join('\n\n');
  const adaptation = result.adaptation ? await claimedAdaptation(deps, turn, result.adaptation.id) : undefined;
  if (adaptation) return [{ text: readiness }, adaptation];
  return [{ text: readiness, buttons: [[{ label: msg.healthButtonToday(), data: 'cmd:today' }]] }];
}

/** The adaptation as its message, when this chat is the first to announce it (else the job already did). */
async function claimedAdaptation(deps: CheckinDeps, turn: Turn, id: string): Promise<Reply | undefined> {
  if (!(await deps.biometrics.claimNotice(id))) return undefined;
  const views = await deps.biometrics.adaptations(turn.user.id, { locale: turn.user.locale });
  const view = views.find((candidate) => candidate.adaptation_id === id);
  if (!view) return undefined;
  const { schedule } = await deps.health.profile(turn.user.id);
  return renderAdaptation(turn, view, schedule.timeZone, false);
}
