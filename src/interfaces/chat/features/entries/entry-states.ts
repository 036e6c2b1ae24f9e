import { z } from 'zod';

/** Entries a chat page shows; the API pages by 50. */
export const PAGE = 5;

/** After a page is shown, a number typed opens that entry. */
export const ListState = z.object({ name: z.literal('entries_list'), ids: z.array(z.string()).max(PAGE) });
/** Waiting for the new text of one written answer of an entry. */
// `question`, not `prompt`: the dialog keeps its own fields beside a state's (chat-state.ts).
export const EditState = z.object({ name: z.literal('entry_edit'), id: z.string(), question: z.string() });
