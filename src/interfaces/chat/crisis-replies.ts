import type { CrisisFinding, CrisisLevel } from '../../core/safety.port.js';
import type { SafetyTexts } from '../../content/load-safety-texts.js';
import type { Registry } from './registry.js';
import type { Reply } from './reply.js';
import { IDLE, type Turn } from './turn.js';

type CrisisDeps = { safety: SafetyTexts };

/**
 * Help instead of coaching: the reply for the level, and nothing else in this turn. The state the
 * conversation is in decides what becomes of it (an exercise pauses and keeps a typed answer);
 * any other half-finished flow starts over.
 */
export function crisisReply(
  deps: CrisisDeps,
  registry: Registry,
  turn: Turn,
  level: CrisisLevel,
  typed?: string,
  finding?: CrisisFinding,
) {
  const locale = turn.user.locale;
  const state = turn.state;
  const onCrisis = registry.state(state.name)?.onCrisis;
  if (!onCrisis) {
    turn.setState(IDLE);
    return [{ text: deps.safety.reply(locale, level) }];
  }
  const { next, draftKept, kept } = onCrisis(turn, state, typed, finding);
  turn.setState(next);
  // Only say the answer is kept when it was (not after /sos, a scale question or an over-long text).
  const text = draftKept
    ? `${deps.safety.reply(locale, level)}\n\n${kept ?? deps.safety.draftKept(locale)}`
    : deps.safety.reply(locale, level);
  return [{ text }];
}

/**
 * The gentle check-in that comes first in the reply to the next message after a crisis reply,
 * with the help one tap away and, when something was set aside, the way back to it.
 */
export function checkIn(deps: CrisisDeps, registry: Registry, turn: Turn, level: CrisisLevel): Reply {
  const labels = deps.safety.buttons(turn.user.locale);
  const buttons = [[{ label: labels.showHelp, data: `safety:help:${level}` }]];
  const now = turn.state;
  const waiting = registry.state(now.name);
  if (waiting?.resumable?.(now))
    buttons.push([{ label: waiting.resumeLabel?.(turn, now) ?? labels.resume, data: 'cmd:resume' }]);
  return { text: deps.safety.checkIn(turn.user.locale), buttons };
}
