import type { DeliveryOutcome, SendClaims } from '../../core/delivery.port.js';
import type { UserId } from '../../core/goals/model.js';
import type { Clock, IdSource, Log } from '../../core/ports.js';

export interface SendOnceDeps {
  clock: Clock;
  ids: IdSource;
  log: Log;
  /**
   * How long one attempt may hold a send (JOB_TIMEOUT_SECONDS, the job queue's own lease): a claim
   * older than this was left by an attempt that died mid-send, and is taken over.
   */
  sendLeaseMs: number;
}

/** One scheduled message to send at most once for `on` (a date), claimed in `row` first. */
export interface SendJob<Row, Message> {
  /** The kind (`reminder`, `digest`, `nudge`): names the log event of a resumed send. */
  kind: string;
  userId: UserId;
  claims: SendClaims<Row>;
  row: Row;
  on: string;
  /** What to send, read again after the claim: undefined once it is no longer owed (sent, turned off). */
  owed(): Promise<Message | undefined>;
  /**
   * The Bot API call, cut off by `signal`: 'sent'; 'nothing' when there is nowhere to send it (the day
   * counts as done); 'failed' (refused, the network, the signal) gives the claim back for a later try.
   */
  send(message: Message, signal: AbortSignal): Promise<DeliveryOutcome>;
  /** The kind's own sent mark, written before the claim ends. */
  markSent(message: Message): Promise<void>;
}

/**
 * Claims a scheduled message before the Bot API call, then sends and marks it: a job handed out again
 * while its first attempt is still sending (its lease ran out on a slow or paused instance) finds the
 * claim and is 'failed' (the queue asks again later, and finds it sent or the claim gone), so it is
 * not sent twice. Checking the sent mark alone let both attempts send.
 */
export async function sendOnce<Row, Message>(deps: SendOnceDeps, job: SendJob<Row, Message>): Promise<DeliveryOutcome> {
  const token = deps.ids.next();
  const now = deps.clock.now();
  const claim = await job.claims.claim(job.row, job.on, token, now, new Date(+now - deps.sendLeaseMs));
  // Refused: sent meanwhile (or no longer owed), done; otherwise another attempt is sending.
  if (claim === 'refused') return (await job.owed()) ? 'failed' : 'nothing';
  // Read after the claim: an attempt that marked it sent and ended its claim just before ours is seen.
  const message = await job.owed();
  if (!message) {
    await job.claims.release(job.row, job.on, token);
    return 'nothing';
  }
  // The window no claim closes: the attempt that held it died with its call on the way, and the Bot
  // API cannot say whether Telegram took it. Sent again, on purpose: a rare second copy (whose
  // buttons cannot do anything twice) is milder than a message silently lost (docs/deploy.md).
  if (claim === 'resumed')
    deps.log.warn({ event: `${job.kind}_send_resumed`, user_id: job.userId }, 'an interrupted send is made again');
  // The call ends within half the lease (Telegram's "retry after" waits included), so a live attempt's
  // claim is never taken over while its message may still be on the way.
  const signal = AbortSignal.timeout(deps.sendLeaseMs / 2);
  const outcome = await job.send(message, signal).catch((): DeliveryOutcome => 'failed');
  if (outcome !== 'failed') await job.markSent(message);
  await job.claims.release(job.row, job.on, token);
  return outcome;
}
