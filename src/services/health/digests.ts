import type { DeliveryOutcome } from '../../core/delivery.port.js';
import type { UserId } from './deps.js';
import type { HealthDeps } from './deps.js';
import { sendOnce } from '../delivery/send-once.js';
import { localOf, minutesOfDay } from '../../core/health/clock.js';
import type { HealthProfile } from '../../core/health/stores.port.js';
import { scheduleOf } from './plan-day.js';

/** One morning digest to send: whose, and the local date it is for (today's plan day). */
export interface DueDigest {
  userId: UserId;
  date: string;
}

/** How many profiles the job reads per page (it pages through all of them each run). */
const PAGE = 500;

/**
 * The digests due now: the digest is on, the person's wake time has passed today in their zone, and
 * none was sent that local date — so a server down at 07:00 sends at 07:40, once, and a day whose
 * wake time falls in a DST gap still gets one. Only an archetype's profile has a plan to send.
 */
export async function dueDigests(deps: HealthDeps, now?: Date): Promise<DueDigest[]> {
  const at = (now ?? deps.clock.now()).getTime();
  const due: DueDigest[] = [];
  let after: UserId | undefined;
  for (;;) {
    const page = await deps.store.withDigest(PAGE, after);
    for (const profile of page) {
      const date = dueDateOf(profile, at);
      if (date) due.push({ userId: profile.userId, date });
    }
    if (page.length < PAGE) return due;
    after = page.at(-1)!.userId;
  }
}

/** The local date a profile's digest is due for at `at`, if one is due. */
function dueDateOf(profile: HealthProfile, at: number): string | undefined {
  if (!profile.archetype || !profile.digestEnabled) return undefined;
  const schedule = scheduleOf(profile);
  const local = localOf(at, schedule.timeZone);
  return local.minutes >= minutesOfDay(schedule.wake) && profile.digestSentOn !== local.date ? local.date : undefined;
}

/** Whether one person's digest for `date` is still owed now (a retried job checks before it sends). */
export async function digestStillDue(deps: HealthDeps, userId: UserId, date: string): Promise<boolean> {
  const profile = await deps.store.profile(userId);
  return profile !== undefined && dueDateOf(profile, deps.clock.now().getTime()) === date;
}

export const markDigestSent = (deps: HealthDeps, userId: UserId, date: string): Promise<void> =>
  deps.store.markDigestSent(userId, date);

/**
 * Sends one key's digest (`<user id>:<local date>`) if it is still owed, claimed in the person's
 * profile first (services/delivery/send-once.ts). `send` is the bot's, ended by `signal`; its
 * 'nothing' (no Telegram chat) counts the day as done.
 */
export async function deliverDigest(
  deps: HealthDeps,
  key: string,
  send: (due: DueDigest, signal: AbortSignal) => Promise<DeliveryOutcome>,
): Promise<DeliveryOutcome> {
  const split = key.lastIndexOf(':');
  const due: DueDigest = { userId: key.slice(0, split), date: key.slice(split + 1) };
  const owed = async () => ((await digestStillDue(deps, due.userId, due.date)) ? due : undefined);
  // Checked before the claim too, so a job no longer owed costs no write.
  if (!(await owed())) return 'nothing';
  const outcome = await sendOnce(deps, {
    kind: 'digest',
    userId: due.userId,
    claims: deps.store.digestSends,
    row: due.userId,
    on: due.date,
    owed,
    send,
    markSent: () => markDigestSent(deps, due.userId, due.date),
  });
  if (outcome === 'sent') deps.log.info({ event: 'health_digest_sent', user_id: due.userId }, 'morning digest sent');
  return outcome;
}
