/**
 * Every refusal a user can meet has a stable code. Interfaces translate codes into words
 * (i18n) and transports (HTTP status, a bot reply); the message here is for logs and developers.
 */
export type ErrorCode =
  | 'no_active_goal'
  | 'goal_not_found'
  | 'goal_closed'
  | 'step_not_done'
  | 'no_open_step'
  | 'awaiting_clarification'
  | 'no_pending_clarification'
  | 'invalid_input'
  | 'rate_limited'
  | 'unknown_program'
  | 'not_enrolled'
  | 'unknown_track'
  | 'unknown_action'
  | 'unknown_exercise'
  | 'entry_not_found'
  | 'feature_disabled'
  | 'no_health_profile'
  | 'unknown_task'
  | 'task_not_today'
  | 'adaptation_not_found'
  /** No piece of educational content has this id. */
  | 'education_not_found'
  | 'adaptation_closed'
  | 'bad_import_file'
  /** The database has no room to write (a full disk): nothing was saved; try again later. */
  | 'storage_full'
  /** The person's own import or export is still running: one at a time (HTTP 429 with Retry-After). */
  | 'already_running'
  /** The server is doing as many imports or exports as it takes at once (HTTP 503 with Retry-After). */
  | 'server_busy'
  /**
   * The database could not do the work just now (its connection ended: a restart, a failover; it was
   * starting up or out of connections; a deadlock rolled the work back): try again in a moment.
   */
  | 'database_unavailable';

export class StepwiseError extends Error {
  override readonly name = 'StepwiseError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const isStepwiseError = (error: unknown): error is StepwiseError => error instanceof StepwiseError;
