import type { EntryServices } from '../../../../services/entries/entry-services.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { createEntryFlows } from './entry-flows.js';
import { EditState, ListState } from './entry-states.js';
import { ENTRY } from './render-entries.js';

/**
 * `/entries`: a person reads back what they wrote in the guided exercises (letters, check-ins,
 * quests, thought records), newest first and a page at a time, with their mood over the latest
 * check-ins as a line of bars; opens one in full, changes a written answer, or deletes one after
 * saying yes. Available whether or not the track system is on for them.
 */
export function entriesFeature(deps: { entries: EntryServices }): ChatFeature {
  const { list, open, startEdit, saveEdit, askRemove, remove } = createEntryFlows(deps.entries);

  /** `/entry <id> [edit [n] | delete [yes]]`: what the buttons do, typed (the terminal shows these). */
  const entryCommand = (turn: Turn, args: string): Promise<Reply[]> => {
    const [id, action, extra] = args.split(/\s+/);
    if (!id) return list(turn);
    if (action === 'edit') return startEdit(turn, id, extra);
    if (action === 'delete') return extra === 'yes' ? remove(turn, id) : askRemove(turn, id);
    return open(turn, id);
  };

  return {
    name: 'entries',
    commands: { entries: (turn, args) => list(turn, args || undefined), entry: entryCommand },
    callbacks: {
      // The page's text asks for a number, which a terminal types: the buttons need no command there.
      [ENTRY.open]: { run: open },
      [ENTRY.more]: { run: list, typed: (cursor) => `/entries ${cursor}` },
      [ENTRY.edit]: {
        run: (turn, value) => startEdit(turn, ...(value.split(':') as [string, string?])),
        typed: (value) => `/entry ${value.replace(':', ' edit ')}${value.includes(':') ? '' : ' edit'}`,
      },
      [ENTRY.remove]: { run: askRemove, typed: (id) => `/entry ${id} delete` },
      [ENTRY.removeYes]: { run: remove, typed: (id) => `/entry ${id} delete yes` },
      [ENTRY.keep]: { run: (turn) => [{ text: turn.m.entryKept() }] },
    },
    states: {
      entries_list: defineState({
        schema: ListState,
        // A number opens that entry; anything else is read as usual.
        text: async (turn, state, raw) => {
          const id = /^\s*\d{1,2}\s*$/.test(raw) ? state.ids[Number(raw) - 1] : undefined;
          return id ? open(turn, id) : undefined;
        },
      }),
      entry_edit: defineState({ schema: EditState, text: saveEdit }),
    },
  };
}
