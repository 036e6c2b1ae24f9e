import type { UserId } from '../../core/goals/model.js';
import { readMessage } from '../../core/intents/message-meaning.js';
import { type MeantDecision, routeDecision, withMeaning } from '../../core/intents/route-decision.js';
import type { Program } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { activeProgram } from './programs.js';

/** The focus the person chose; none yet while "Which matters most?" waits for their answer. */
const focusOf = (enrollment: { primaryTrack: string; primaryChosen?: boolean }) =>
  enrollment.primaryChosen === false ? undefined : enrollment.primaryTrack;

/**
 * Free text outside any flow, for a user in a program that reads free text (one with intents): its
 * intent is read (offline, or refined by a model when the router is unsure) and the confidence-band
 * policy decides what to do, corrected by what the message plainly says (a goal of their own, pain). Undefined when the user is in no such program (a program without
 * intents, like the health program, never answers free text with another program's words).
 */
export async function routeMessage(
  deps: Pick<TrackDeps, 'programs' | 'stores' | 'flags' | 'intents'>,
  userId: UserId,
  text: string,
): Promise<({ program: Program } & MeantDecision) | undefined> {
  const active = await activeProgram(deps, userId, (program) => program.intents.length > 0);
  if (!active) return undefined;
  const detected = await deps.intents.detect(active.program.id, text);
  const decision = routeDecision(active.program, detected, focusOf(active.enrollment));
  return { program: active.program, ...withMeaning(decision, readMessage(text)) };
}
