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
  not_enrolled: 409,
  no_active_goal: 409,
  goal_closed: 409,
  step_not_done: 409,
  no_open_step: 409,
  awaiting_clarification: 409,
  no_pending_clarification: 409,
  rate_limited: 429,
} satisfies Record<ErrorCode, number>;

/** The field an `unknown_*` refusal is about, so the message names it as a validation error would. */
const FIELD: Partial<Record<ErrorCode, string>> = {
  unknown_track: 'track',
  unknown_action: 'action_type',
  unknown_exercise: 'exercise',
  unknown_program: 'program',
};

function stepwiseMessage(stepwiseError: StepwiseError): string {
  const { known, problems, field, program } = stepwiseError.details as {
    known?: string[];
    problems?: string[];
    field?: string;
    program?: string | null;
  };
  const name = FIELD[stepwiseError.code];
  if (name && known) return `${name}: must be one of ${known.join(', ')}`;
  // zod's wording for a missing answer, in the words the rest of the API uses.
  if (problems?.length)
    return problems
      .map((problem) =>
        (field ? `${field}.${problem}` : problem).replace(
          /Invalid input: expected \w+, received undefined$/,
          'is required',
        ),
      )
      .join('; ');
  if (stepwiseError.code === 'not_enrolled' && program)
    return `not enrolled in program "${program}" (enrol with POST /api/programs/${program}/enroll)`;
  if (stepwiseError.code === 'feature_disabled') return 'the track system is not available for this account';
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

/** Turns anything thrown while handling a request into a status and the one error shape. */
export function toProblem(error: unknown, req: FastifyRequest): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (isStepwiseError(error)) return new HttpProblem(STATUS[error.code], error.code, stepwiseMessage(error));
  if (hasZodFastifySchemaValidationErrors(error))
    return new HttpProblem(400, 'invalid_input', describeValidation(error.validation, error.validationContext));
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new HttpProblem(
      413,
      'payload_too_large',
      `the body is over the limit of ${req.routeOptions.bodyLimit ?? 'the configured'} bytes`,
    );
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
export function installErrorHandling(http: FastifyInstance, log: Log): void {
  http.setErrorHandler((error, req, reply) => sendError(error, req, reply, log));
  http.setNotFoundHandler((req, reply) =>
    sendProblem(reply, new HttpProblem(404, 'not_found', `no such route: ${req.method} ${req.url.split('?')[0]}`)),
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
