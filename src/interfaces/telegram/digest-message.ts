import type { Api } from 'grammy';
import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { DeliveryOutcome, ScheduledDelivery } from '../../core/delivery.port.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { DueDigest, HealthServices } from '../../services/health/health-services.js';
import { digestText } from '../chat/features/health/today-view.js';

/** grammY types its signal after the `abort-controller` shim; Node's own is the same at run time. */
type BotSignal = Parameters<Api['sendMessage']>[3];

/** The one Bot API call the digest makes (grammY's `Api` has it; tests pass a fake). */
export interface DigestApi {
  sendMessage(
    chatId: number,
    text: string,
    other: { reply_markup: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } },
    signal?: BotSignal,
  ): Promise<unknown>;
}

export interface DigestDeps {
  health: Pick<HealthServices, 'dueDigests' | 'deliverDigest' | 'today'>;
  users: Pick<GoalServices, 'subjectOf' | 'user'>;
  log: Log;
}

/**
 * The health program's morning digest: at each person's wake time, in their zone, one message with
 * the day's blocks and a button to turn it off; one a person and local date (`<user id>:<date>`),
 * whoever runs the job, claimed before the call (see core/delivery.port.ts, services/health/digests.ts).
 */
export function digestDelivery(api: DigestApi, deps: DigestDeps): ScheduledDelivery {
  return {
    name: 'digest',
    due: async () => (await deps.health.dueDigests()).map((due) => `${due.userId}:${due.date}`),
    deliver: (key) => deps.health.deliverDigest(key, (due, signal) => sendOne(api, deps, due, signal)),
  };
}

/** Sends one digest: 'nothing' for someone without a Telegram chat (the terminal only: the day counts as done). */
async function sendOne(
  api: DigestApi,
  deps: DigestDeps,
  due: DueDigest,
  signal: AbortSignal,
): Promise<DeliveryOutcome> {
  const chat = await deps.users.subjectOf(due.userId, 'telegram');
  if (!chat) return 'nothing';
  const { locale } = await deps.users.user(due.userId);
  const words = messages(locale);
  const view = await deps.health.today(due.userId, { locale });
  const keyboard = [
    [{ text: words.healthButtonToday(), callback_data: 'cmd:today' }],
    [{ text: words.healthButtonDigestOff(), callback_data: 'cmd:digest off' }],
  ];
  try {
    const markup = { reply_markup: { inline_keyboard: keyboard } };
    await api.sendMessage(Number(chat), digestText(words, view, locale), markup, signal as BotSignal);
    return 'sent';
  } catch (error) {
    deps.log.warn(
      { event: 'health_digest_failed', error: (error as Error).name },
      'a morning digest could not be sent',
    );
    return 'failed';
  }
}
