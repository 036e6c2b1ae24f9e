import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { DeliveryClaims } from '../../services/delivery/delivery-claims.js';
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
  health: Pick<HealthServices, 'dueDigests' | 'markDigestSent' | 'today'>;
  users: Pick<GoalServices, 'subjectOf' | 'user'>;
  /** Shared by every instance (the processed-updates ledger): one morning message a day, whoever sends it. */
  claims: Pick<DeliveryClaims, 'claim' | 'release'>;
  log: Log;
}

/** What `sendOne` did: sent, nothing to send to (no Telegram chat), or failed (tried again later). */
type Outcome = 'sent' | 'no_chat' | 'failed';

/**
 * The health program's morning digest: at each person's wake time, in their zone, one message with
 * the day's blocks and a button to turn it off. Each (person, local date) is claimed before it is
 * sent, so several instances running the job send it once; a message that could not be sent gives
 * its claim back for the next run. Returns how many were sent.
 */
export function digestSender(api: DigestApi, deps: DigestDeps) {
  return async (): Promise<number> => {
    let sent = 0;
    for (const due of await deps.health.dueDigests()) {
      const claim = `${due.userId}:${due.date}`;
      if (!(await deps.claims.claim('digest', claim))) continue;
      const outcome = await sendOne(api, deps, due).catch((): Outcome => 'failed');
      if (outcome === 'failed') {
        await deps.claims.release('digest', claim);
        continue;
      }
      // Someone without a Telegram chat (the terminal only) has nothing to get: the day counts as done.
      await deps.health.markDigestSent(due.userId, due.date);
      if (outcome === 'sent') {
        deps.log.info({ event: 'health_digest_sent', user_id: due.userId }, 'morning digest sent');
        sent += 1;
      }
    }
    return sent;
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
