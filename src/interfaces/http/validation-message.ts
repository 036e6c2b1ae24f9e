import type { FastifySchemaValidationError } from 'fastify';

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const unit = (origin: unknown) => (origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '');

/** One zod issue (as fastify-type-provider-zod hands it over) in plain words, without the field name. */
function wording(v: FastifySchemaValidationError, whole: boolean): string {
  const p = v.params as Record<string, unknown>;
  switch (v.keyword) {
    case 'invalid_type':
      // A request without a body reaches validation as null.
      if (/received undefined$/.test(v.message ?? '') || (whole && /received null$/.test(v.message ?? '')))
        return 'is required';
      return p.expected === 'int' ? 'must be a whole number' : `must be ${article(String(p.expected))}`;
    case 'invalid_value':
      return `must be one of ${(p.values as unknown[]).map(String).join(', ')}`;
    case 'invalid_format':
      return p.format === 'uuid' ? 'must be a UUID' : `must be ${article(String(p.format))}`;
    case 'too_small':
      return p.origin === 'string' && p.minimum === 1
        ? 'must not be empty'
        : `must be at least ${String(p.minimum)}${unit(p.origin)}`;
    case 'too_big':
      return `must be at most ${String(p.maximum)}${unit(p.origin)}`;
    case 'invalid_union': {
      const expected = (p.errors as Array<Array<{ expected?: string }>>).map((e) => e[0]?.expected).filter(Boolean);
      return expected.length ? `must be ${expected.map((e) => article(e!)).join(' or ')}` : 'is not valid';
    }
    default:
      return v.message ?? 'is not valid';
  }
}

/**
 * Validation problems as one line naming each field: `track: is required; foo: is not a known field`.
 * A problem with the whole body or query is named after it (`body: must be an object`).
 */
export function describeValidation(problems: FastifySchemaValidationError[], context: string | undefined): string {
  const whole = context === 'querystring' ? 'query' : (context ?? 'request');
  return problems
    .flatMap((v) => {
      const path = v.instancePath.split('/').filter(Boolean).join('.');
      if (v.keyword === 'unrecognized_keys')
        return ((v.params as { keys: string[] }).keys ?? []).map(
          (k) => `${path ? `${path}.` : ''}${k}: is not a known field`,
        );
      return [`${path || whole}: ${wording(v, !path)}`];
    })
    .join('; ');
}
