import type { FastifySchemaValidationError } from 'fastify';

/** A zod issue as fastify-type-provider-zod hands it over: the issue's own fields sit in `params`. */
type Problem = Pick<FastifySchemaValidationError, 'keyword' | 'instancePath' | 'message' | 'params'>;

/** A zod issue inside a union's branch (the branch's paths start where the union sits). */
interface BranchIssue {
  code: string;
  path: PropertyKey[];
  message?: string;
  [field: string]: unknown;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** "1 item", "2 items", "1 character": the count and its noun, agreeing. */
function counted(amount: unknown, origin: unknown): string {
  const noun = origin === 'string' ? 'character' : origin === 'array' || origin === 'set' ? 'item' : undefined;
  if (!noun) return String(amount);
  return `${String(amount)} ${noun}${amount === 1 ? '' : 's'}`;
}

/** What zod writes by itself starts like this; anything else is the schema author's own words for the client. */
const ZOD_WORDING = /^(Invalid|Too (big|small)|Unrecognized|Expected)/;

const FORMATS: Record<string, string> = {
  uuid: 'must be a UUID',
  datetime: 'must be an ISO 8601 date-time with its offset, like 2026-11-27T07:30:00+01:00',
  date: 'must be a date like 2026-11-27',
  email: 'must be an email address',
  url: 'must be a URL',
};

function sizeWording(part: Record<string, unknown>, big: boolean): string {
  const limit = big ? part.maximum : part.minimum;
  const shown = typeof limit === 'bigint' ? limit.toString() : limit;
  if (!big && part.origin === 'string' && shown === 1) return 'must not be empty';
  if (part.origin === 'array' || part.origin === 'set')
    return `must have ${big ? 'at most' : 'at least'} ${counted(shown, part.origin)}`;
  // zod says `inclusive: false` for gt/lt: "greater than 0", not "at least 0".
  if (part.inclusive === false) return `must be ${big ? 'less' : 'greater'} than ${String(shown)}`;
  return `must be ${big ? 'at most' : 'at least'} ${counted(shown, part.origin)}`;
}

/** One zod issue in plain words, without the field name: the rule and its limit. */
function wording(value: Problem, whole: boolean): string {
  const part = value.params as Record<string, unknown>;
  const own = value.message && !ZOD_WORDING.test(value.message) ? value.message : undefined;
  switch (value.keyword) {
    case 'invalid_type':
      // A request without a body reaches validation as null.
      if (/received undefined$/.test(value.message ?? '') || (whole && /received null$/.test(value.message ?? '')))
        return 'is required';
      return part.expected === 'int' ? 'must be a whole number' : `must be ${article(String(part.expected))}`;
    case 'invalid_value':
      return `must be one of ${(part.values as unknown[]).map(String).join(', ')}`;
    case 'invalid_format':
      if (own) return own;
      if (part.format === 'regex') return `must match the pattern ${String(part.pattern)}`;
      return FORMATS[String(part.format)] ?? `must be ${article(String(part.format))}`;
    case 'too_small':
    case 'too_big':
      return own ?? sizeWording(part, value.keyword === 'too_big');
    case 'not_multiple_of':
      return `must be a multiple of ${String(part.divisor)}`;
    default:
      return own ?? value.message ?? 'is not valid';
  }
}

/**
 * The issues of the union branch the client meant: the one whose problems lie deepest (it matched
 * the value's shape and failed inside it: `{ feedback: "…501 characters" }` against "a feedback
 * object, or no body" is about `feedback`, not about the body being neither), else one that
 * refused only fields it does not know. Null when no branch got past the value's top (a number
 * where an object or a string was wanted).
 */
const isUnknownField = (issue: BranchIssue) => issue.code === 'unrecognized_keys';

function meantBranch(branches: BranchIssue[][]): BranchIssue[] | null {
  const depth = (issues: BranchIssue[]) => Math.min(...issues.map((issue) => issue.path.length));
  const deep = branches.filter((issues) => issues.length > 0 && depth(issues) > 0);
  // An object of the right shape but for fields no branch knows: those fields are the problem.
  if (deep.length === 0) return branches.find((issues) => issues.every(isUnknownField) && issues.length > 0) ?? null;
  return deep.reduce((best, issues) => (issues.length < best.length ? issues : best));
}

/** A union's problem as its branch's own problems, placed under the union's path. */
function unionProblems(problem: Problem): Problem[] | null {
  const branch = meantBranch(((problem.params as { errors?: BranchIssue[][] }).errors ?? []) as BranchIssue[][]);
  if (!branch) return null;
  return branch.map(({ code, path, message, ...params }) => ({
    keyword: code,
    instancePath: `${problem.instancePath.replace(/\/$/, '')}/${path.map(String).join('/')}`,
    message: message ?? '',
    params,
  }));
}

function unionWording(problem: Problem): string {
  const errors = ((problem.params as { errors?: BranchIssue[][] }).errors ?? []) as BranchIssue[][];
  const expected = errors.map((issues) => issues[0]?.expected).filter(Boolean) as string[];
  return expected.length ? `must be ${expected.map((entry) => article(entry)).join(' or ')}` : 'is not valid';
}

function lines(problem: Problem, whole: string): string[] {
  const path = problem.instancePath.split('/').filter(Boolean).join('.');
  if (problem.keyword === 'unrecognized_keys')
    return ((problem.params as { keys: string[] }).keys ?? []).map(
      (key) => `${path ? `${path}.` : ''}${key}: is not a known field`,
    );
  if (problem.keyword === 'invalid_union') {
    const inner = unionProblems(problem);
    if (inner) return inner.flatMap((issue) => lines(issue, whole));
    return [`${path || whole}: ${unionWording(problem)}`];
  }
  return [`${path || whole}: ${wording(problem, !path)}`];
}

/**
 * Validation problems as one line naming each field as the client sent it, the rule and its limit:
 * `readings: must have at least 1 item; feedback: must be at most 500 characters`. A problem
 * with the whole body or query is named after it (`body: must be an object`).
 */
export function describeValidation(problems: FastifySchemaValidationError[], context: string | undefined): string {
  const whole = context === 'querystring' ? 'query' : (context ?? 'request');
  return problems.flatMap((problem) => lines(problem, whole)).join('; ');
}
