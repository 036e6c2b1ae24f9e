import type { CrisisFinding } from '../../core/safety.port.js';
import type { CallbackHandler, ChatFeature, Handler, StateHandler } from './feature.js';
import type { Reply } from './reply.js';
import type { ChatState, Turn } from './turn.js';

/**
 * The features' tables merged into lookups. Two features claiming the same command, prefix or
 * state is a wiring mistake, reported when the dialog is built rather than found by a user.
 */
export function createRegistry(features: readonly ChatFeature[]) {
  const commands = new Map<string, Handler>();
  const callbacks = new Map<string, CallbackHandler>();
  const states = new Map<string, StateHandler>();
  const fills = new Map<string, ChatState>();
  const claim = <V>(table: Map<string, V>, kind: string, key: string, value: V, feature: string) => {
    if (table.has(key)) throw new Error(`chat feature "${feature}": ${kind} "${key}" is already taken`);
    table.set(key, value);
  };
  for (const feature of features) {
    for (const [name, handler] of Object.entries(feature.commands ?? {}))
      claim(commands, 'command', name, handler, feature.name);
    for (const [prefix, handler] of Object.entries(feature.callbacks ?? {}))
      claim(callbacks, 'button prefix', prefix, handler, feature.name);
    for (const [name, handler] of Object.entries(feature.states ?? {}))
      claim(states, 'state', name, handler, feature.name);
    for (const [name, state] of Object.entries(feature.wordsFill ?? {})) fills.set(name, state);
  }
  const readers = features.flatMap((feature) => (feature.freeText ? [feature.freeText.bind(feature)] : []));
  const holders = features.flatMap((feature) => (feature.holdsText ? [feature.holdsText.bind(feature)] : []));
  const callbackOf = (data: string) => {
    for (const [prefix, handler] of callbacks)
      if (data.startsWith(prefix)) return { handler, value: data.slice(prefix.length) };
    return undefined;
  };
  return {
    command: (name: string) => commands.get(name),
    state: (name: string) => states.get(name),
    /** The state a command's words fill (`ChatFeature.wordsFill`). */
    wordsFill: (name: string) => fills.get(name),
    callback: callbackOf,
    /** Free text nobody's state took: each feature's reader in turn, until one answers. */
    async readFreeText(turn: Turn, raw: string): Promise<Reply[] | undefined> {
      for (const read of readers) {
        const replies = await read(turn, raw);
        if (replies) return replies;
      }
      return undefined;
    },
    /** The state that keeps free text a crisis reply answered (`ChatFeature.holdsText`), from the first feature with one. */
    async holdText(turn: Turn, raw: string, finding: CrisisFinding): Promise<ChatState | undefined> {
      for (const hold of holders) {
        const state = await hold(turn, raw, finding);
        if (state) return state;
      }
      return undefined;
    },
    /** What to type in a terminal instead of pressing a button. */
    typed: (data: string) => {
      const found = callbackOf(data);
      return found?.handler.typed?.(found.value);
    },
  };
}

export type Registry = ReturnType<typeof createRegistry>;
