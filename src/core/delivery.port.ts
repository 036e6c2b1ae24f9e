/**
 * Scheduled messages (goal reminders, morning digests, nudges) as two halves, so a queue can carry
 * the work between them: `due` lists what should go out now by key (ids and a date only, never a
 * person's words), and `deliver` sends one key's message. `deliver` re-reads everything from the
 * key and checks the kind's own "sent" mark first, so it is safe to run again for the same key
 * after a retry; a run at the same time as another (a job's lease ran out while its first worker was
 * still sending) needs a claim taken before the send, as goal reminders do (`claimsItsKeys`).
 */
export type DeliveryOutcome = 'sent' | 'nothing' | 'failed';

export interface ScheduledDelivery {
  /** The job's name: `reminder`, `digest`, `nudge`. */
  readonly name: string;
  due(): Promise<string[]>;
  deliver(key: string): Promise<DeliveryOutcome>;
  /**
   * `deliver` claims each key itself, with a lease, before sending (goal reminders): a runner adds no
   * claim of its own, which would outlive a process killed mid-send and keep the message from going out.
   */
  readonly claimsItsKeys?: true;
}

/**
 * Runs scheduled deliveries: on SQLite in this process (each key claimed in the shared ledger), on
 * PostgreSQL through a job queue shared by every instance (pg-boss), which retries a message whose
 * instance died before it was sent.
 */
export interface DeliveryRunner {
  /** Hands every due key of the named delivery to sending; returns how many it sent (or queued). */
  run(name: string): Promise<number>;
  stop(): Promise<void>;
}
