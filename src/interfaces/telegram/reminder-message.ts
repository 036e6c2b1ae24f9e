import type { Api } from 'grammy';
import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { ReminderMessage } from '../../services/reminders/reminders.js';

/**
 * Delivers one daily goal reminder: the open step, with Done and "turn off reminders" one tap away.
 * False when the person has no Telegram chat, the message could not be sent, or `signal` ended the
 * call (its retries included): the service then gives the day's claim back so a later run may try again.
 */
export function reminderSender(api: Api, deps: { users: Pick<GoalServices, 'subjectOf'>; log: Log }) {
  return async (reminder: ReminderMessage, signal?: AbortSignal): Promise<boolean> => {
    const chat = await deps.users.subjectOf(reminder.userId, 'telegram');
    if (!chat) return false;
    const words = messages(reminder.locale);
    const text = words.reminderMessage(reminder.goal.title, reminder.step.text, reminder.step.estimatedMinutes);
    const keyboard = [
      [{ text: words.buttonDone(), callback_data: 'cmd:done' }],
      [{ text: words.buttonRemindersOff(), callback_data: 'remind:off' }],
    ];
    try {
      const markup = { reply_markup: { inline_keyboard: keyboard } };
      // grammY types its signal after the `abort-controller` shim; Node's own is the same at run time.
      await api.sendMessage(Number(chat), text, markup, signal as Parameters<Api['sendMessage']>[3]);
      return true;
    } catch (error) {
      deps.log.warn({ event: 'reminder_failed', error: (error as Error).name }, 'a reminder could not be sent');
      return false;
    }
  };
}
