import { z } from 'zod';
import { CRISIS_LEVELS, type CrisisLevel } from '../../core/safety.port.js';
import type { Registry } from './registry.js';
import { type ChatState, IDLE } from './turn.js';

const Named = z.object({ name: z.string() });

/**
 * A stored state is read back through its feature's schema; one that no longer parses (an old
 * version, a feature removed, a manual edit) starts over at idle.
 */
export function readChatState(raw: unknown, registry: Registry): ChatState {
  const named = Named.safeParse(raw);
  if (!named.success) return IDLE;
  const handler = registry.state(named.data.name);
  const parsed = handler?.schema.safeParse(raw);
  return parsed?.success ? parsed.data : IDLE;
}

/** Kept beside the state: a crisis reply was shown, so the next message gets a check-in first. */
const Stored = z.object({ afterCrisis: z.enum(CRISIS_LEVELS).optional() });

export const readAfterCrisis = (raw: unknown): CrisisLevel | undefined => {
  const parsed = Stored.safeParse(raw);
  return parsed.success ? parsed.data.afterCrisis : undefined;
};

/** What is stored for a conversation: its state, and the pending check-in if any. */
export const storedChatState = (state: ChatState, afterCrisis: CrisisLevel | undefined) =>
  afterCrisis ? { ...state, afterCrisis } : state;
