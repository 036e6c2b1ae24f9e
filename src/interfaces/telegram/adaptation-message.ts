import type { Log } from '../../core/ports.js';
import { messages } from '../../i18n/catalog.js';
import type { AdaptationView } from '../../services/health/biometrics/adaptations.js';
import type { BiometricServices } from '../../services/health/biometrics/biometric-services.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { HealthServices } from '../../services/health/health-services.js';
import { adaptationButtons, adaptationText } from '../chat/features/health/adaptation-view.js';
import type { DigestApi } from './digest-message.js';

export interface AdaptationDeps {
  biometrics: Pick<BiometricServices, 'claimNotices'>;
  /** The person's zone, for the time the change stays open. */
  health: Pick<HealthServices, 'profile'>;
  users: Pick<GoalServices, 'subjectOf' | 'user'>;
  log: Log;
}

/** How many notices one run claims (the rest wait for the next run, 15 s later). */
const BATCH = 50;

/**
 * Plan changes made outside the chat (readings from the API, an import) as one message each with
 * ✅ Accept and ↩️ Keep my plan. Each notice is claimed once across instances before it is sent
 * (a check-in's own change was claimed by its reply); someone without a Telegram chat gets none.
 * Returns how many were sent.
 */
export function adaptationSender(api: DigestApi, deps: AdaptationDeps) {
  return async (): Promise<number> => {
    const claimed = await deps.biometrics.claimNotices(BATCH, async (userId) => (await deps.users.user(userId)).locale);
    let sent = 0;
    for (const notice of claimed) if (await sendOne(api, deps, notice.userId, notice.view)) sent += 1;
    return sent;
  };
}

async function sendOne(api: DigestApi, deps: AdaptationDeps, userId: string, view: AdaptationView): Promise<boolean> {
  const chat = await deps.users.subjectOf(userId, 'telegram');
  if (!chat) return false;
  const { locale } = await deps.users.user(userId);
  const words = messages(locale);
  const { schedule } = await deps.health.profile(userId);
  const text = adaptationText(words, view, { zone: schedule.timeZone, locale, disclaimer: true });
  const keyboard = adaptationButtons(words, view.adaptation_id).map((row) =>
    row.map((button) => ({ text: button.label, callback_data: button.data })),
  );
  try {
    await api.sendMessage(Number(chat), text, { reply_markup: { inline_keyboard: keyboard } });
    deps.log.info({ event: 'plan_adaptation_sent', user_id: userId }, 'a plan change was sent');
    return true;
  } catch (error) {
    // The notice stays claimed: the change is still in /today and /adapt, and one message is the most it gets.
    deps.log.warn({ event: 'plan_adaptation_failed', error: (error as Error).name }, 'a plan change could not be sent');
    return false;
  }
}
