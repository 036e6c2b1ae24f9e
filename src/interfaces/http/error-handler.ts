import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, isStepwiseError, type StepwiseError } from '../../core/errors.js';
import type { Log } from '../../core/ports.js';
import { describeValidation } from './validation-message.js';

/** A refusal that exists only over HTTP (no token, too many requests…): a status, a code, words. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Every error body the API sends: `{"error":"invalid_input","message":"track: must be one of …"}`. */
export interface ErrorBody {
  error: string;
  message: string;
  [extra: string]: unknown;
}

const STATUS = {
  invalid_input: 400,
  unknown_track: 400,
  unknown_action: 400,
  unknown_exercise: 400,
  feature_disabled: 403,
  unknown_program: 404,
  entry_not_found: 404,
  goal_not_found: 404,
  unknown_task: 404,
  not_enrolled: 409,
  no_active_goal: 409,
  goal_closed: 409,
  step_not_done: 409,
  no_open_step: 409,
  awaiting_clarification: 409,
  no_pending_clarification: 409,
  no_health_profile: 409,
  task_not_today: 409,
  adaptation_not_found: 404,
  education_not_found: 404,
  adaptation_closed: 409,
  bad_import_file: 422,
  rate_limited: 429,
  storage_full: 503,
  already_running: 429,
  server_busy: 503,
  database_unavailable: 503,
} satisfies Record<ErrorCode, number>;

/** When a client may try again after a full disk (seconds): long enough for an operator to act. */
const STORAGE_RETRY_AFTER_S = 60;

/** When a client may try again after a lost database connection (seconds): the pool opens another at once. */
const UNAVAILABLE_RETRY_AFTER_S = 2;

/** Refusals a client should simply repeat later, with the seconds to wait (`Retry-After`). */
const RETRY_AFTER_S: Partial<Record<ErrorCode, number>> = {
  storage_full: STORAGE_RETRY_AFTER_S,
  database_unavailable: UNAVAILABLE_RETRY_AFTER_S,
};

/** A refusal that knows when to come back (a busy import or export) says so in `details.retry_after_s`. */
const retryAfterOf = (error: StepwiseError): number | undefined => {
  const seconds = error.details.retry_after_s;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : undefined;
};

/** The detail an `unknown_*` refusal carries the refused value in, and the field's name when no field held it (a path). */
const REFUSED: Partial<Record<ErrorCode, { detail: string; field: string }>> = {
  unknown_track: { detail: 'track', field: 'track' },
  unknown_action: { detail: 'action_type', field: 'action_type' },
  unknown_exercise: { detail: 'exercise', field: 'exercise' },
  unknown_program: { detail: 'program', field: 'program' },
};

/**
 * The field of the request that held a refused value, named as the client sent it (`primary_track`
 * when enrolling, `track` when switching); the domain's name when it came in the path.
 */
function fieldAsSent(req: FastifyRequest, value: unknown, fallback: string): string {
  for (const source of [req.body, req.query])
    if (source && typeof source === 'object')
      for (const [key, sent] of Object.entries(source)) if (sent === value) return key;
  return fallback;
}

/**
 * Refusals a service words for developers (`not a llm next action`): the API says them in the
 * words of the person calling it, keyed by the field the refusal names.
 */
const FIELD_WORDS: Record<string, string> = {
  suggestion_id:
    'suggestion_id: not one of the next actions shown for this track with this reason (see GET /api/tracks/suggestions)',
};

/** One answer problem as `answers.letter: …`: never the field twice, never zod's own words for a made-up key. */
function answerProblem(problem: string, field: string | undefined): string {
  const unknown = /^([\w.]*): Unrecognized keys?: (.+)$/.exec(problem);
  if (unknown) {
    const keys = [...unknown[2]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
    return keys.map((key) => `${field ? `${field}.` : ''}${key}: is not a known field`).join('; ');
  }
  const named = field && !problem.startsWith(`${field}:`) ? `${field}.${problem}` : problem;
  // zod's wording for a missing answer, in the words the rest of the API uses.
  return named.replace(/Invalid input: expected \w+, received undefined$/, 'is required');
}

function stepwiseMessage(stepwiseError: StepwiseError, req: FastifyRequest): string {
  const details = stepwiseError.details as {
    known?: string[];
    problems?: string[];
    field?: string;
    program?: string | null;
  } & Record<string, unknown>;
  const { known, problems, field, program } = details;
  const refused = REFUSED[stepwiseError.code];
  if (refused && known)
    return `${fieldAsSent(req, details[refused.detail], refused.field)}: must be one of ${known.join(', ')}`;
  if (problems?.length) return problems.map((problem) => answerProblem(problem, field)).join('; ');
  if (stepwiseError.code === 'invalid_input' && field && FIELD_WORDS[field]) return FIELD_WORDS[field];
  if (stepwiseError.code === 'not_enrolled' && program)
    return `not enrolled in program "${program}" (enrol with POST /api/programs/${program}/enroll)`;
  if (stepwiseError.code === 'feature_disabled') return 'the track system is not available for this account';
  if (stepwiseError.code === 'no_health_profile')
    return 'choose an archetype first with PUT /api/health/profile (POST /api/health/quiz suggests one)';
  // The driver's code stays in the log (once); the caller learns what happened and what to do.
  if (stepwiseError.code === 'storage_full')
    return 'the server has run out of room for data, so this request was not carried out; please try again later';
  // A COMMIT (or a write on its own) was sent when the connection went: it may have been saved.
  if (stepwiseError.code === 'database_unavailable')
    return stepwiseError.details.outcome === 'unknown'
      ? 'the connection to the database broke while this was being saved, so it may or may not have been saved; please check before sending it again'
      : 'the database could not carry out this request just now, and nothing was saved; please try again in a moment';
  return stepwiseError.message;
}

const FASTIFY_CODES: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * 415 naming the type sent and the one the route takes: its schema's `consumes` (the import's
 * `application/octet-stream`), else JSON, which every other body is.
 */
function unsupportedMedia(req: FastifyRequest): HttpProblem {
  const sent = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .replace(/[^\w.+/-]/g, '')
    .slice(0, 100);
  const consumes = (req.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? ['application/json'];
  return new HttpProblem(
    415,
    'unsupported_media_type',
    `Content-Type ${sent || '(none)'} is not accepted here: send the body as ${consumes.join(' or ')}`,
  );
}

/** Turns anything thrown while handling a request into a status and the one error shape. */
export function toProblem(error: unknown, req: FastifyRequest): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (isStepwiseError(error)) {
    const retryAfter = RETRY_AFTER_S[error.code] ?? retryAfterOf(error);
    const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
    return new HttpProblem(STATUS[error.code], error.code, stepwiseMessage(error, req), headers);
  }
  if (hasZodFastifySchemaValidationErrors(error))
    return new HttpProblem(400, 'invalid_input', describeValidation(error.validation, error.validationContext));
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new HttpProblem(
      413,
      'payload_too_large',
      `the body is over the limit of ${req.routeOptions.bodyLimit ?? 'the configured'} bytes`,
    );
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return unsupportedMedia(req);
  const status = fastifyError.statusCode;
  // Fastify's own 4xx messages (bad JSON, wrong media type…) are fixed texts, safe to pass on.
  if (status && status >= 400 && status < 500)
    return new HttpProblem(status, FASTIFY_CODES[status] ?? 'bad_request', fastifyError.message ?? 'bad request');
  return undefined;
}

/**
 * The one place errors become HTTP responses (STYLE.md §6). 5xx are logged by error name and
 * route pattern only: never bodies, user texts, tokens or headers.
 */
export function installErrorHandling(
  http: FastifyInstance,
  log: Log,
  appRoute: (req: FastifyRequest, reply: FastifyReply) => boolean = () => false,
): void {
  http.setErrorHandler((error, req, reply) => sendError(error, req, reply, log));
  // A browser's deep link into the web app (a reload on /goals) gets the app, not a JSON 404.
  http.setNotFoundHandler((req, reply) => {
    if (!appRoute(req, reply)) sendProblem(reply, noRoute(http, req));
  });
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Fastify answers a known path asked with another method as an unknown route; a client learns
 * more from 405 and the `Allow` header listing the methods the path has.
 */
function noRoute(http: FastifyInstance, req: FastifyRequest): HttpProblem {
  const path = req.url.split('?')[0]!;
  const allowed = METHODS.filter((method) => method !== req.method && http.findRoute({ method, url: path }));
  if (allowed.length === 0) return new HttpProblem(404, 'not_found', `no such route: ${req.method} ${path}`);
  return new HttpProblem(
    405,
    'method_not_allowed',
    `${req.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`,
    { allow: allowed.join(', ') },
  );
}

/**
 * Sends anything thrown as the one error shape; `extra` fields (a route's `safety`) go in front of
 * the body, so a client meets them first even when the request itself failed.
 */
export function sendError(
  error: unknown,
  req: FastifyRequest,
  reply: FastifyReply,
  log: Log,
  extra?: Record<string, unknown>,
) {
  const problem = toProblem(error, req);
  if (problem) return sendProblem(reply, problem, extra);
  log.error(
    {
      event: 'http_error',
      error: (error as Error)?.name ?? typeof error,
      code: (error as FastifyError)?.code,
      method: req.method,
      route: req.routeOptions.url,
    },
    'request failed',
  );
  return sendProblem(
    reply,
    new HttpProblem(500, 'internal_error', 'something went wrong on our side; please try again'),
    extra,
  );
}

export function sendProblem(reply: FastifyReply, problem: HttpProblem, extra?: Record<string, unknown>) {
  // A crisis reply travels with every refusal, a failure on our side included: the help comes first.
  const body: ErrorBody = { ...extra, error: problem.code, message: problem.message };
  return reply.code(problem.status).headers(problem.headers).type('application/json; charset=utf-8').send(body);
}
