/**
 * Scheduled messages (goal reminders, morning digests, nudges) as two halves, so a queue can carry
 * the work between them: `due` lists what should go out now by key (ids and a date only, never a
 * person's words), and `deliver` sends one key's message. `deliver` re-reads everything from the
 * key and checks the kind's own "sent" mark first, so it is safe to run again for the same key
 * after a retry; a run at the same time as another (a job's lease ran out while its first worker was
 * still sending) needs a claim taken before the send (`SendClaims`): every kind's `deliver` takes one, with a lease.
 */
export type DeliveryOutcome = 'sent' | 'nothing' | 'failed';

export interface ScheduledDelivery {
  /** The job's name: `reminder`, `digest`, `nudge`. */
  readonly name: string;
  due(): Promise<string[]>;
  deliver(key: string): Promise<DeliveryOutcome>;
}

/**
 * Runs scheduled deliveries: on SQLite in this process, on
 * PostgreSQL through a job queue shared by every instance (pg-boss), which retries a message whose
 * instance died before it was sent.
 */
export interface DeliveryRunner {
  /** Hands every due key of the named delivery to sending; returns how many it sent (or queued). */
  run(name: string): Promise<number>;
  stop(): Promise<void>;
}

/** What a send claim found: free, left by an attempt that died mid-send ('resumed'), or held by another. */
export type SendClaim = 'claimed' | 'resumed' | 'refused';

/**
 * Claims on one kind of scheduled message, kept in the row the message is about (the person's
 * reminder, health profile, program enrolment) and taken before the Bot API call, one date at a time:
 * of two attempts at the same `row` and `on`, one sends; the other is refused while the claim is
 * younger than `staleBefore` (it may still be on its way to Telegram). An older claim was left by an
 * attempt that died mid-send and is taken over ('resumed'). The "sent" mark stays the kind's own.
 */
export interface SendClaims<Row> {
  claim(row: Row, on: string, token: string, at: Date, staleBefore: Date): Promise<SendClaim>;
  /** Ends `token`'s claim (sent and marked, or not sent), so the row is free; another's claim stays. */
  release(row: Row, on: string, token: string): Promise<void>;
}
