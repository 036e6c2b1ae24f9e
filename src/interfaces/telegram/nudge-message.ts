import type { Api } from 'grammy';
import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { Nudge } from '../../services/tracks/track-services.js';
import { buttonLabel, PLAN_BUTTON_DATA } from '../chat/buttons.js';

/**
 * Delivers one nudge as a Telegram message with its "▶ Start" and progress buttons. False when the
 * user has no Telegram chat, the message could not be sent (blocked, Telegram down), or `signal` ended
 * the call: the service then gives the day's claim back so a later run may try again.
 */
export function nudgeSender(api: Api, deps: { users: Pick<GoalServices, 'subjectOf'>; log: Log }) {
  return async (nudge: Nudge, signal?: AbortSignal): Promise<boolean> => {
    const chat = await deps.users.subjectOf(nudge.userId, 'telegram');
    if (!chat) return false;
    const words = messages(nudge.locale);
    const { action } = nudge;
    // Acted on where it is shown: start its exercise, record the self-reported action it asks for,
    // or open the day's plan.
    const how = action.how;
    const start =
      how.kind === 'exercise'
        ? [[{ text: buttonLabel(words.startNext(action.suggestion)), callback_data: `ex:${how.exercise}` }]]
        : how.kind === 'plan'
          ? [[{ text: buttonLabel(words.startNext(action.suggestion)), callback_data: PLAN_BUTTON_DATA }]]
          : [[{ text: buttonLabel(words.recordNext(action.suggestion)), callback_data: `act:${how.action_type}` }]];
    const progress = [{ text: words.buttonProgress(), callback_data: 'cmd:progress' }];
    try {
      await send(api, chat, words.nudge(action.note ?? '', action.suggestion), [...start, progress], signal);
      return true;
    } catch (error) {
      deps.log.warn({ event: 'nudge_failed', error: (error as Error).name }, 'a nudge could not be sent');
      return false;
    }
  };
}

const send = (
  api: Api,
  chat: string,
  text: string,
  rows: Array<Array<{ text: string; callback_data: string }>>,
  signal?: AbortSignal,
) =>
  // grammY types its signal after the `abort-controller` shim; Node's own is the same at run time.
  api.sendMessage(
    Number(chat),
    text,
    { reply_markup: { inline_keyboard: rows } },
    signal as Parameters<Api['sendMessage']>[3],
  );
