import type { Api } from 'grammy';
import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { ReminderMessage } from '../../services/reminders/reminders.js';

/**
 * Delivers one daily goal reminder: the open step, with Done and "turn off reminders" one tap away.
 * False when the person has no Telegram chat or the message could not be sent: the service then
 * gives the day's claim back so a later run may try again.
 */
export function reminderSender(api: Api, deps: { users: Pick<GoalServices, 'subjectOf'>; log: Log }) {
  return async (reminder: ReminderMessage): Promise<boolean> => {
    const chat = await deps.users.subjectOf(reminder.userId, 'telegram');
    if (!chat) return false;
    const words = messages(reminder.locale);
    const text = words.reminderMessage(reminder.goal.title, reminder.step.text, reminder.step.estimatedMinutes);
    const keyboard = [
      [{ text: words.buttonDone(), callback_data: 'cmd:done' }],
      [{ text: words.buttonRemindersOff(), callback_data: 'remind:off' }],
    ];
    try {
      await api.sendMessage(Number(chat), text, { reply_markup: { inline_keyboard: keyboard } });
      return true;
    } catch (error) {
      deps.log.warn({ event: 'reminder_failed', error: (error as Error).name }, 'a reminder could not be sent');
      return false;
    }
  };
}
