import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { DeliveryOutcome, ScheduledDelivery } from '../../core/delivery.port.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { DueDigest, HealthServices } from '../../services/health/health-services.js';
import { digestText } from '../chat/features/health/today-view.js';

/** The one Bot API call the digest makes (grammY's `Api` has it; tests pass a fake). */
export interface DigestApi {
  sendMessage(
    chatId: number,
    text: string,
    other: { reply_markup: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } },
  ): Promise<unknown>;
}

export interface DigestDeps {
  health: Pick<HealthServices, 'dueDigests' | 'digestStillDue' | 'markDigestSent' | 'today'>;
  users: Pick<GoalServices, 'subjectOf' | 'user'>;
  log: Log;
}

/** What `sendOne` did: sent, nothing to send to (no Telegram chat), or failed (tried again later). */
type Outcome = 'sent' | 'no_chat' | 'failed';

/**
 * The health program's morning digest: at each person's wake time, in their zone, one message with
 * the day's blocks and a button to turn it off; one a person and local date (`<user id>:<date>`),
 * whoever runs the job (see core/delivery.port.ts).
 */
export function digestDelivery(api: DigestApi, deps: DigestDeps): ScheduledDelivery {
  return {
    name: 'digest',
    due: async () => (await deps.health.dueDigests()).map((due) => `${due.userId}:${due.date}`),
    async deliver(key): Promise<DeliveryOutcome> {
      const split = key.lastIndexOf(':');
      const due = { userId: key.slice(0, split), date: key.slice(split + 1) };
      if (!(await deps.health.digestStillDue(due.userId, due.date))) return 'nothing';
      const outcome = await sendOne(api, deps, due).catch((): Outcome => 'failed');
      if (outcome === 'failed') return 'failed';
      // Someone without a Telegram chat (the terminal only) has nothing to get: the day counts as done.
      await deps.health.markDigestSent(due.userId, due.date);
      if (outcome === 'no_chat') return 'nothing';
      deps.log.info({ event: 'health_digest_sent', user_id: due.userId }, 'morning digest sent');
      return 'sent';
    },
  };
}

async function sendOne(api: DigestApi, deps: DigestDeps, due: DueDigest): Promise<Outcome> {
  const chat = await deps.users.subjectOf(due.userId, 'telegram');
  if (!chat) return 'no_chat';
  const { locale } = await deps.users.user(due.userId);
  const words = messages(locale);
  const view = await deps.health.today(due.userId, { locale });
  const keyboard = [
    [{ text: words.healthButtonToday(), callback_data: 'cmd:today' }],
    [{ text: words.healthButtonDigestOff(), callback_data: 'cmd:digest off' }],
  ];
  try {
    await api.sendMessage(Number(chat), digestText(words, view, locale), {
      reply_markup: { inline_keyboard: keyboard },
    });
    return 'sent';
  } catch (error) {
    deps.log.warn(
      { event: 'health_digest_failed', error: (error as Error).name },
      'a morning digest could not be sent',
    );
    return 'failed';
  }
}
