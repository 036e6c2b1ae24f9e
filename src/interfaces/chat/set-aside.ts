import type { Messages } from '../../i18n/catalog.js';
import { buttonLabel } from './buttons.js';
import { type Conversation, MAX_DRAFTS } from './chat-state.js';
import type { Registry } from './registry.js';
import type { ChatInput, Reply } from './reply.js';
import { type ChatState, IDLE, type Turn } from './turn.js';

/** One turn's conversation as the routing changes it (the turn's state lives on the turn). */
export interface TurnRecord extends Conversation {
  crisisThisTurn: boolean;
  /** The help was shown once more in this turn (`Turn.help`): it stands in for the check-in. */
  helpThisTurn?: boolean;
}

/** What would start instead of the open flow, as the question names it. */
type NextFlow = Parameters<Messages['setAsideAsk']>[2];

/** Runs an input as if the person had sent it now (the choice waiting for `/setaside`). */
type RunInput = (turn: Turn, record: TurnRecord, input: ChatInput) => Promise<Reply[]>;

/**
 * Drafts: what a person has written in a flow is never lost to the next thing they start. A flow
 * with answers (an exercise) is set aside with them, kept in the conversation's stored state, and
 * brought back with `/resume`, where it stopped.
 */
export function createDrafts(registry: Registry) {
  const describe = (turn: Turn, state: ChatState) => registry.state(state.name)?.draft?.(turn, state);

  /** Whether replacing this state would lose something the person wrote. */
  const holdsAnswers = (turn: Turn, state: ChatState) => (describe(turn, state)?.answered ?? 0) > 0;

  /** How the new thing is named in the question: its title, or the command that asks for it. */
  const nextFlow = (turn: Turn, next: ChatState, input: ChatInput): NextFlow => {
    const title = describe(turn, next)?.title;
    if (title) return { title };
    const command =
      input.kind === 'command' ? `/${input.command}` : input.kind === 'button' && registry.typed(input.data);
    return command ? { command } : null;
  };

  /** "Continue «Court document review», or set it aside and go on to «Emotional check-in»?" */
  const ask = (turn: Turn, open: ChatState, next: ChatState, input: ChatInput): Reply => {
    const now = describe(turn, open)!;
    const name = nextFlow(turn, next, input);
    return {
      text: turn.m.setAsideAsk(now.title, now.answered, name),
      buttons: [
        [{ label: buttonLabel(turn.m.buttonContinueDraft(now.title)), data: 'cmd:resume' }],
        [{ label: buttonLabel(turn.m.buttonSetAside(name)), data: 'cmd:setaside' }],
      ],
    };
  };

  /** `/setaside`: the open flow becomes a draft; then what the person asked for meanwhile runs. */
  const setAside = async (turn: Turn, record: TurnRecord, run: RunInput): Promise<Reply[]> => {
    const pending = record.pending;
    record.pending = undefined;
    const open = turn.state;
    const replies: Reply[] = [];
    if (holdsAnswers(turn, open)) {
      if (record.drafts.length >= MAX_DRAFTS) return [{ text: turn.m.draftsFull(MAX_DRAFTS) }];
      const { title, answered } = describe(turn, open)!;
      record.drafts = [...record.drafts, open];
      turn.setState(IDLE);
      replies.push({ text: turn.m.setAsideDone(title, answered) });
    }
    if (pending) return [...replies, ...(await run(turn, record, pending))];
    return replies.length > 0 ? replies : [{ text: turn.m.nothingToSetAside() }];
  };

  /** The drafts as a numbered list, a button for each. */
  const list = (turn: Turn, drafts: readonly ChatState[]): Reply => {
    const shown = drafts.map((draft) => describe(turn, draft) ?? { title: draft.name, answered: 0 });
    return {
      text: turn.m.draftsList(shown.map((draft, i) => turn.m.draftLine(i + 1, draft.title, draft.answered))),
      buttons: shown.map((draft, i) => [
        { label: buttonLabel(turn.m.buttonResumeDraft(draft.title, draft.answered)), data: `cmd:resume ${i + 1}` },
      ]),
    };
  };

  /**
   * `/resume` with drafts waiting (and no flow that takes it itself): one draft comes back at once,
   * several are listed, `/resume 2` picks one. Undefined without drafts: the command runs as usual.
   */
  const resume = async (turn: Turn, record: TurnRecord, args: string): Promise<Reply[] | undefined> => {
    const drafts = record.drafts;
    if (drafts.length === 0) return undefined;
    if (!args && drafts.length > 1) return [list(turn, drafts)];
    const index = args ? Number(args) - 1 : 0;
    const draft = drafts[index];
    if (!draft) return [list(turn, drafts)];
    record.drafts = drafts.filter((_, i) => i !== index);
    turn.setState(draft);
    const title = describe(turn, draft)?.title ?? draft.name;
    const going = (await registry.state(draft.name)?.command?.(turn, draft, 'resume', '')) ?? [];
    return [{ text: turn.m.draftResumed(title) }, ...going];
  };

  /** What is open, shown again: the question the state waits on, or how to come back to it. */
  const openNow = (turn: Turn, record: TurnRecord): Reply[] | undefined => {
    const state = turn.state;
    if (state.name === IDLE.name) return undefined;
    const handler = registry.state(state.name);
    // A flow paused by a crisis is not asked again at once: its reminder says how to come back.
    const reminder = handler?.reminder?.(turn, state);
    if (handler?.resumable?.(state) && reminder) return [reminder];
    // The question as it was asked, unless the person has changed their language since.
    const prompt = record.prompt?.locale === turn.user.locale ? record.prompt : undefined;
    const asked = prompt && { text: prompt.text, ...(prompt.buttons && { buttons: prompt.buttons }) };
    const shown = [asked, reminder].filter((reply): reply is Reply => reply !== undefined);
    return shown.length > 0 ? shown : [{ text: turn.m.stillOpen() }];
  };

  /**
   * `/start` (which the terminal sends on every launch) never ends what is open: with something
   * open, a short welcome back and the question again; otherwise the welcome, and the drafts.
   */
  const greet = async (turn: Turn, record: TurnRecord, welcome: () => Promise<Reply[]>): Promise<Reply[]> => {
    const open = openNow(turn, record);
    if (open) return [{ text: turn.m.welcomeBack(turn.user.displayName) }, ...open];
    const replies = await welcome();
    if (record.drafts.length === 0) return replies;
    const titles = record.drafts.map((draft) => describe(turn, draft)?.title ?? draft.name);
    return [...replies, { text: turn.m.draftsWaiting(titles) }];
  };

  return { holdsAnswers, ask, setAside, resume, greet };
}

export type Drafts = ReturnType<typeof createDrafts>;

/**
 * Words held behind a crisis reply (a flow it paused) when the person starts something else: set aside at once, with
 * a word on where they wait — a person just shown the help is not asked to sort drafts first. Undefined when the
 * drafts are full (then the person is asked, as for any flow).
 */
export function keepAside(registry: Registry, turn: Turn, record: TurnRecord, held: ChatState): Reply | undefined {
  if (record.drafts.length >= MAX_DRAFTS) return undefined;
  record.drafts = [...record.drafts, held];
  return { text: turn.m.heldSetAside(registry.state(held.name)?.draft?.(turn, held)?.title ?? held.name) };
}
