import type { CrisisFinding } from '../../core/safety.port.js';
import type { Registry } from './registry.js';
import { type ChatInput, parseInput, type Reply } from './reply.js';
import { createDrafts, type Drafts, keepAside, type TurnRecord } from './set-aside.js';
import { IDLE, type Turn } from './turn.js';

/** A button that runs a command, as if it were typed (`cmd:progress`, `cmd:resume 2`). */
export const COMMAND_BUTTON = 'cmd:';

/** The field an edit's or a caption's words are logged under. */
export const unreadField = { edited: 'edited_message', media: 'caption' } as const;

/** Commands the dialog answers itself, for every feature's flows. */
const DIALOG_COMMANDS = new Set(['setaside']);

/** `/setaside`, typed or tapped: the answer to "continue, or set it aside?". */
export const isSetAside = (input: ChatInput) =>
  input.kind === 'command' ? input.command === 'setaside' : input.kind === 'button' && input.data === 'cmd:setaside';

type ScreenText = (text: string, field: string) => Promise<CrisisFinding | undefined>;

/** Commands, buttons, free text and unread messages, each to the feature that owns it. */
export function createRouting(deps: { screenText: ScreenText }, registry: Registry) {
  const drafts = createDrafts(registry);
  const guarded = createGuard(registry, drafts);

  const runCommand = async (turn: Turn, record: TurnRecord, name: string, args: string): Promise<Reply[]> => {
    const fromDraft = name === 'resume' ? await drafts.resume(turn, record, args) : undefined;
    if (fromDraft) return fromDraft;
    const handler = registry.command(name);
    return handler ? handler(turn, args) : [{ text: turn.m.unknownCommand(`/${name}`) }];
  };

  const command = async (turn: Turn, record: TurnRecord, name: string, args: string): Promise<Reply[]> => {
    // What follows a command (a title, a comment, a note for /log) is free text like any other, and
    // so is a command nobody defined ("/kill_myself"). The field is logged, so it never names the command.
    const known = registry.command(name) || DIALOG_COMMANDS.has(name);
    const typed = known ? args : `${name.replace(/_/g, ' ')} ${args}`.trim();
    const crisis = typed ? await deps.screenText(typed, 'command') : undefined;
    if (crisis) {
      // Words that fill a state (`/newgoal <title>`) meet the crisis as they would there, when no flow is open.
      const fills = known && turn.state.name === IDLE.name ? registry.wordsFill(name) : undefined;
      if (fills) turn.setState(fills);
      return turn.crisis(crisis.level, fills ? typed : undefined, crisis);
    }
    const before = turn.state;
    const waiting = registry.state(before.name);
    // `/resume` with drafts waiting brings one back, unless the open flow holds answers or was paused
    // by a crisis: then it means that one (`/resume 2` always names a draft).
    const resumesDraft =
      name === 'resume' &&
      record.drafts.length > 0 &&
      !drafts.holdsAnswers(turn, before) &&
      !waiting?.resumable?.(before);
    const taken = resumesDraft ? undefined : await waiting?.command?.(turn, before, name, args);
    if (taken) return taken;
    if (name === 'setaside') return drafts.setAside(turn, record, runInput);
    if (name === 'start') return drafts.greet(turn, record, () => runCommand(turn, record, name, args));
    if (waiting?.reminder) {
      const input: ChatInput = { kind: 'command', command: name, args };
      return guarded(turn, record, input, () => runCommand(turn, record, name, args));
    }
    // A new command abandons a half-finished flow, except /skip: it answers the question asked.
    if (name !== 'skip' && before.name !== IDLE.name) turn.setState(IDLE);
    return runCommand(turn, record, name, args);
  };

  /** A pressed button: `cmd:` runs a command; any other prefix belongs to one feature. */
  const button = async (turn: Turn, record: TurnRecord, data: string): Promise<Reply[]> => {
    if (data.startsWith(COMMAND_BUTTON)) {
      const asCommand = parseInput(`/${data.slice(COMMAND_BUTTON.length)}`);
      if (asCommand.kind === 'command') return command(turn, record, asCommand.command, asCommand.args);
    }
    const before = turn.state;
    const waiting = registry.state(before.name);
    const taken = await waiting?.button?.(turn, before, data);
    if (taken) return taken;
    const found = registry.callback(data);
    if (!found) return [{ text: turn.m.notUnderstood() }];
    const run = () => found.handler.run(turn, found.value);
    return waiting?.reminder ? guarded(turn, record, { kind: 'button', data }, run) : run();
  };

  const text = async (turn: Turn, raw: string): Promise<Reply[]> => {
    // Every free text meets the crisis check first, whatever the conversation was waiting for.
    const crisis = await deps.screenText(raw, 'message');
    if (crisis) {
      // Outside any flow, words a feature would have read (an answer to the coach's question) may wait behind the help.
      const held = turn.state.name === IDLE.name ? await registry.holdText(turn, raw, crisis) : undefined;
      if (held) turn.setState(held);
      return turn.crisis(crisis.level, raw, crisis);
    }
    const state = turn.state;
    const inState = await registry.state(state.name)?.text(turn, state, raw);
    if (inState) return inState;
    return (await registry.readFreeText(turn, raw)) ?? [{ text: turn.m.notUnderstood() }];
  };

  /** An edit or a caption: no coaching, but crisis words in it are answered like any others. */
  const unread = async (turn: Turn, why: 'edited' | 'media', raw: string | undefined): Promise<Reply[]> => {
    const crisis = raw?.trim() ? await deps.screenText(raw, unreadField[why]) : undefined;
    if (crisis) return turn.crisis(crisis.level);
    return [{ text: why === 'edited' ? turn.m.editedIgnored() : turn.m.unsupportedMessage() }];
  };

  /** The choice that waited for `/setaside`, run now. */
  const runInput = (turn: Turn, record: TurnRecord, input: ChatInput): Promise<Reply[]> => {
    if (input.kind === 'command') return command(turn, record, input.command, input.args);
    if (input.kind === 'button') return button(turn, record, input.data);
    return Promise.resolve([{ text: turn.m.notUnderstood() }]);
  };

  return { command, button, text, unread };
}

/**
 * A command or a tap while a waiting state (an exercise) is open. It runs; a reset to idle that
 * was meant for other flows (`/complete`, a goal tapped) leaves the exercise open, and a new flow
 * that would take the place of one holding answers is not started: the person chooses first —
 * unless a crisis reply paused it (`resumable`): then it is set aside as a draft, and the new flow starts.
 */
function createGuard(registry: Registry, drafts: Drafts) {
  return async (turn: Turn, record: TurnRecord, input: ChatInput, run: () => Promise<Reply[]> | Reply[]) => {
    const before = turn.state;
    const draftsBefore = record.drafts;
    const restore = () => {
      turn.setState(before);
      record.drafts = draftsBefore;
    };
    let replies: Reply[];
    try {
      replies = await run();
    } catch (error) {
      restore(); // a refusal (not enrolled, no such exercise) never costs the open exercise
      throw error;
    }
    const after = turn.state;
    if (record.crisisThisTurn) return replies;
    const reminder = registry.state(before.name)!.reminder!(turn, before);
    if (after === before || after.name === IDLE.name) {
      restore();
      return [...replies, reminder];
    }
    if (!drafts.holdsAnswers(turn, before)) return replies;
    // Words held behind a crisis reply never stand in the way: what the person starts now starts, and they wait.
    const held = registry.state(before.name)!.resumable?.(before);
    const aside = held ? keepAside(registry, turn, record, before) : undefined;
    if (aside) return [aside, ...replies];
    restore();
    record.pending = input;
    return [drafts.ask(turn, before, after, input)];
  };
}

/** What to type in a terminal instead of pressing a button with this data. */
export const typedFor =
  (registry: Registry) =>
  (data: string): string | undefined =>
    data.startsWith(COMMAND_BUTTON) ? `/${data.slice(COMMAND_BUTTON.length)}` : registry.typed(data);
