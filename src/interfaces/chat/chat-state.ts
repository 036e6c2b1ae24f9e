import { z } from 'zod';
import { LIMITS } from '../../core/goals/model.js';
import { CRISIS_LEVELS, type CrisisLevel } from '../../core/safety.port.js';

/** Where a conversation stands between two messages. Stored as JSON, validated when read back. */
export const ChatState = z.discriminatedUnion('name', [
  z.object({ name: z.literal('idle') }),
  z.object({ name: z.literal('title') }),
  z.object({ name: z.literal('description'), title: z.string().max(LIMITS.title) }),
  z.object({ name: z.literal('rephrase') }),
  z.object({ name: z.literal('switch'), goalIds: z.array(z.string()).max(200) }),
  z.object({ name: z.literal('tone') }),
  z.object({
    name: z.literal('exercise'),
    programId: z.string().max(32),
    exerciseId: z.string().max(48),
    index: z.number().int().min(0).max(20),
    answers: z.record(z.string().max(48), z.union([z.string().max(8000), z.number()])),
    /** Set aside by a crisis reply: typed text is not taken as an answer until /resume. */
    paused: z.boolean().optional(),
    /** A crisis was answered during it: it closes quietly, with no reflection, progress or next action. */
    crisis: z.boolean().optional(),
  }),
]);
export type ChatState = z.infer<typeof ChatState>;

export const IDLE: ChatState = { name: 'idle' };

/** A stored state that no longer parses (an old version, a manual edit) starts over at idle. */
export const readChatState = (raw: unknown): ChatState => {
  const parsed = ChatState.safeParse(raw);
  return parsed.success ? parsed.data : IDLE;
};

/** Kept beside the state: a crisis reply was shown, so the next message gets a check-in first. */
const Stored = z.object({ afterCrisis: z.enum(CRISIS_LEVELS).optional() });

export const readAfterCrisis = (raw: unknown): CrisisLevel | undefined => {
  const parsed = Stored.safeParse(raw);
  return parsed.success ? parsed.data.afterCrisis : undefined;
};

/** What is stored for a conversation: its state, and the pending check-in if any. */
export const storedChatState = (state: ChatState, afterCrisis: CrisisLevel | undefined) =>
  afterCrisis ? { ...state, afterCrisis } : state;
