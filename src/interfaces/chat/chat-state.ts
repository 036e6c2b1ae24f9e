import { z } from 'zod';
import { LOCALES, type Locale } from '../../core/goals/model.js';
import { CRISIS_LEVELS, type CrisisLevel } from '../../core/safety.port.js';
import type { Registry } from './registry.js';
import type { ChatInput, Reply } from './reply.js';
import { type ChatState, IDLE } from './turn.js';

/** How many flows can wait as drafts at once; more asks the person to finish or cancel one first. */
export const MAX_DRAFTS = 10;

/**
 * Where one conversation stands between two messages, as the chat state store keeps it (so a
 * restart of the server or the terminal continues where the person was).
 */
export interface Conversation {
  state: ChatState;
  /** A crisis reply was shown: the next message gets a check-in first. */
  afterCrisis?: CrisisLevel;
  /** Flows set aside with the person's answers (oldest first); `/resume` brings one back. */
  drafts: ChatState[];
  /** What the person asked for while a flow with answers was open; `/setaside` runs it. */
  pending?: ChatInput;
  /** The message that asked what the state waits for (in its language): shown again after `/start`. */
  prompt?: Reply & { locale: Locale };
}

const Named = z.object({ name: z.string() });

/** A stored state read back through its feature's schema; one that no longer parses is undefined. */
function parseState(raw: unknown, registry: Registry): ChatState | undefined {
  const named = Named.safeParse(raw);
  if (!named.success) return undefined;
  const parsed = registry.state(named.data.name)?.schema.safeParse(raw);
  return parsed?.success ? parsed.data : undefined;
}

const Pending = z.union([
  z.object({ kind: z.literal('command'), command: z.string().max(64), args: z.string().max(8000) }),
  z.object({ kind: z.literal('button'), data: z.string().max(256) }),
]);
const Prompt = z.object({
  locale: z.enum(LOCALES),
  text: z.string().max(8000),
  buttons: z
    .array(z.array(z.object({ label: z.string().max(256), data: z.string().max(256) })).max(20))
    .max(100)
    .optional(),
});

/**
 * What is kept beside the state. The state's own fields sit at the top level (the format before
 * drafts existed), so these names are the dialog's: no feature's state may use them.
 */
const Beside = z.object({
  afterCrisis: z.enum(CRISIS_LEVELS).optional().catch(undefined),
  drafts: z.array(z.unknown()).max(MAX_DRAFTS).optional().catch(undefined),
  pending: Pending.optional().catch(undefined),
  prompt: Prompt.optional().catch(undefined),
});

/**
 * The stored conversation. A state that no longer parses (an old version, a feature removed, a
 * manual edit) starts over at idle, and a draft that no longer parses is left out, so one bad part
 * never costs the rest.
 */
export function readConversation(raw: unknown, registry: Registry): Conversation {
  const beside = Beside.safeParse(raw ?? {});
  const kept = beside.success ? beside.data : {};
  const drafts = (kept.drafts ?? []).flatMap((draft) => parseState(draft, registry) ?? []);
  return {
    state: parseState(raw, registry) ?? IDLE,
    drafts,
    ...(kept.afterCrisis && { afterCrisis: kept.afterCrisis }),
    ...(kept.pending && { pending: kept.pending as ChatInput }),
    ...(kept.prompt && { prompt: kept.prompt }),
  };
}

/** The prompt to keep for a state: the message that asked, when it fits what is stored. */
export function promptToKeep(reply: Reply | undefined, locale: Locale): Conversation['prompt'] {
  if (!reply) return undefined;
  const prompt = { locale, text: reply.text, ...(reply.buttons && { buttons: reply.buttons }) };
  return Prompt.safeParse(prompt).success ? prompt : undefined;
}

/** What is stored for a conversation: its state, and beside it only what is set. */
export function storedConversation(conversation: Conversation): Record<string, unknown> {
  const { state, afterCrisis, drafts, pending, prompt } = conversation;
  return {
    ...state,
    ...(afterCrisis && { afterCrisis }),
    ...(drafts.length > 0 && { drafts }),
    ...(pending && { pending }),
    ...(prompt && state.name !== IDLE.name && { prompt }),
  };
}
