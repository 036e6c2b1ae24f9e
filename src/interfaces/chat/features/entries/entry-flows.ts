import type { z } from 'zod';
import { textProblem } from '../../../../services/entries/answers.js';
import type { EntryServices } from '../../../../services/entries/entry-services.js';
import { buttonLabel } from '../../buttons.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { ENTRY, entryDate, entryTitle, renderEntry, renderPage } from './render-entries.js';
import { type EditState, PAGE } from './entry-states.js';

/** What /entries does: list a page, open one, edit a written answer, delete after a yes. */
export function createEntryFlows(entries: EntryServices) {
  const list = async (turn: Turn, cursor?: string): Promise<Reply[]> => {
    const page = await entries.page(turn.user.id, { cursor, limit: PAGE });
    const trend = cursor ? undefined : await entries.moodTrend(turn.user.id);
    if (page.entries.length > 0) turn.setState({ name: 'entries_list', ids: page.entries.map((entry) => entry.id) });
    return [renderPage(turn, entries, page, { first: !cursor, trend })];
  };

  const open = async (turn: Turn, id: string): Promise<Reply[]> => [
    renderEntry(turn, entries, await entries.get(turn.user.id, id)),
  ];

  /** Which written answer to change: asked at once when there is only one, else picked by number. */
  const startEdit = async (turn: Turn, id: string, which?: string): Promise<Reply[]> => {
    const entry = await entries.get(turn.user.id, id);
    const texts = entries.exerciseOf(entry)?.prompts.filter((prompt) => prompt.kind === 'text') ?? [];
    if (texts.length === 0) return [{ text: turn.m.entryNotEditable() }];
    const prompt = which ? texts[Number(which) - 1] : texts.length === 1 ? texts[0] : undefined;
    if (!prompt) {
      const buttons = texts.map((candidate, i) => [
        { label: buttonLabel(`${i + 1}. ${candidate.ask[turn.user.locale]}`), data: `${ENTRY.edit}${id}:${i + 1}` },
      ]);
      return [{ text: turn.m.entryEditPick(), buttons }];
    }
    turn.setState({ name: 'entry_edit', id, question: prompt.id });
    return [{ text: turn.m.entryEditAsk(prompt.ask[turn.user.locale]) }];
  };

  const saveEdit = async (turn: Turn, state: z.infer<typeof EditState>, raw: string): Promise<Reply[]> => {
    // Whatever happens next (saved, or the entry is gone), the conversation stops waiting for text.
    turn.setState(IDLE);
    const entry = await entries.get(turn.user.id, state.id);
    const prompt = entries.exerciseOf(entry)?.prompts.find((candidate) => candidate.id === state.question);
    if (prompt?.kind !== 'text') return [{ text: turn.m.entryNotEditable() }];
    const problem = textProblem(prompt, raw);
    if (problem) {
      turn.setState(state);
      const field = turn.m.fields().answer;
      return [
        { text: problem.reason === 'empty' ? turn.m.empty(field) : turn.m.tooLong(field, problem.max, problem.length) },
      ];
    }
    await entries.edit(turn.user.id, state.id, { [prompt.id]: raw });
    return [
      {
        text: turn.m.entryEdited(),
        buttons: [[{ label: turn.m.buttonReadEntry(), data: `${ENTRY.open}${state.id}` }]],
      },
    ];
  };

  const askRemove = async (turn: Turn, id: string): Promise<Reply[]> => {
    const entry = await entries.get(turn.user.id, id);
    const locale = turn.user.locale;
    const buttons = [
      [
        { label: turn.m.buttonDeleteEntryYes(), data: `${ENTRY.removeYes}${id}` },
        { label: turn.m.buttonKeepEntry(), data: `${ENTRY.keep}${id}` },
      ],
    ];
    return [{ text: turn.m.entryDeleteAsk(entryTitle(entries, entry, locale), entryDate(entry, locale)), buttons }];
  };

  const remove = async (turn: Turn, id: string): Promise<Reply[]> => {
    await entries.remove(turn.user.id, id);
    return [{ text: turn.m.entryDeleted(), buttons: [[{ label: turn.m.buttonAllEntries(), data: 'cmd:entries' }]] }];
  };

  return { list, open, startEdit, saveEdit, askRemove, remove };
}
