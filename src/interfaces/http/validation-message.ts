import type { FastifySchemaValidationError } from 'fastify';

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const unit = (origin: unknown) => (origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '');

/** One zod issue (as fastify-type-provider-zod hands it over) in plain words, without the field name. */
function wording(value: FastifySchemaValidationError, whole: boolean): string {
  const part = value.params as Record<string, unknown>;
  switch (value.keyword) {
    case 'invalid_type':
      // A request without a body reaches validation as null.
      if (/received undefined$/.test(value.message ?? '') || (whole && /received null$/.test(value.message ?? '')))
        return 'is required';
      return part.expected === 'int' ? 'must be a whole number' : `must be ${article(String(part.expected))}`;
    case 'invalid_value':
      return `must be one of ${(part.values as unknown[]).map(String).join(', ')}`;
    case 'invalid_format':
      return part.format === 'uuid' ? 'must be a UUID' : `must be ${article(String(part.format))}`;
    case 'too_small':
      return part.origin === 'string' && part.minimum === 1
        ? 'must not be empty'
        : `must be at least ${String(part.minimum)}${unit(part.origin)}`;
    case 'too_big':
      return `must be at most ${String(part.maximum)}${unit(part.origin)}`;
    case 'invalid_union': {
      const expected = (part.errors as Array<Array<{ expected?: string }>>)
        .map((entry) => entry[0]?.expected)
        .filter(Boolean);
      return expected.length ? `must be ${expected.map((entry) => article(entry!)).join(' or ')}` : 'is not valid';
    }
    default:
      return value.message ?? 'is not valid';
  }
}

/**
 * Validation problems as one line naming each field: `track: is required; foo: is not a known field`.
 * A problem with the whole body or query is named after it (`body: must be an object`).
 */
export function describeValidation(problems: FastifySchemaValidationError[], context: string | undefined): string {
  const whole = context === 'querystring' ? 'query' : (context ?? 'request');
  return problems
    .flatMap((problem) => {
      const path = problem.instancePath.split('/').filter(Boolean).join('.');
      if (problem.keyword === 'unrecognized_keys')
        return ((problem.params as { keys: string[] }).keys ?? []).map(
          (key) => `${path ? `${path}.` : ''}${key}: is not a known field`,
        );
      return [`${path || whole}: ${wording(problem, !path)}`];
    })
    .join('; ');
}
