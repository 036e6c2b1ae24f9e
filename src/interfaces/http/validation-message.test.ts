import type { FastifySchemaValidationError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValidation } from './validation-message.js';

/** The refusal a client reads for `value` against `schema`, zod's issues handed over as fastify-type-provider-zod does. */
function refusal(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  const problems = result.error.issues.map(
    ({ code, path, message, ...params }) =>
      ({
        keyword: code,
        instancePath: `/${path.join('/')}`,
        schemaPath: '',
        message,
        params,
      }) as FastifySchemaValidationError,
  );
  return describeValidation(problems, 'body');
}

describe('validation refusals name the field, the rule and the limit', () => {
  it.each([
    [
      'an empty list',
      z.object({ readings: z.array(z.number()).min(1) }),
      { readings: [] },
      'readings: must have at least 1 item',
    ],
    [
      'a long list',
      z.object({ tags: z.array(z.number()).max(2) }),
      { tags: [1, 2, 3] },
      'tags: must have at most 2 items',
    ],
    ['a long text', z.object({ note: z.string().max(1) }), { note: 'ab' }, 'note: must be at most 1 character'],
    ['a short text', z.object({ note: z.string().min(3) }), { note: 'ab' }, 'note: must be at least 3 characters'],
    ['an empty text', z.object({ note: z.string().min(1) }), { note: '' }, 'note: must not be empty'],
    [
      'a number at its exclusive bound',
      z.object({ ms: z.number().positive() }),
      { ms: 0 },
      'ms: must be greater than 0',
    ],
    ['a number over its bound', z.object({ hrv: z.number().max(400) }), { hrv: 401 }, 'hrv: must be at most 400'],
    [
      'a pattern with no words of its own',
      z.object({ code: z.string().regex(/^\d{4}$/) }),
      { code: 'x' },
      'code: must match the pattern /^\\d{4}$/',
    ],
    [
      'a pattern with its rule',
      z.object({ code: z.string().regex(/^\d{4}$/, { error: 'must be four digits' }) }),
      { code: 'x' },
      'code: must be four digits',
    ],
    [
      'a date-time',
      z.object({ at: z.iso.datetime({ offset: true }) }),
      { at: 'noon' },
      'at: must be an ISO 8601 date-time with its offset, like 2026-11-27T07:30:00+01:00',
    ],
    [
      'a refinement',
      z.object({ a: z.number().optional() }).refine((body) => body.a !== undefined, { message: 'needs a' }),
      {},
      'body: needs a',
    ],
    [
      'a union, by the branch the value got furthest into',
      z.union([z.object({ answers: z.object({ mood: z.number().max(10) }) }), z.object({ skip: z.literal(true) })]),
      { answers: { mood: 11 } },
      'answers.mood: must be at most 10',
    ],
    ['a union no branch got into', z.union([z.string(), z.number()]), true, 'body: must be a string or a number'],
  ])('%s', (_name, schema, value, message) => {
    expect(refusal(schema, value)).toBe(message);
  });
});
