import { isStepwiseError } from '../../core/errors.js';
import type { Messages } from '../../i18n/catalog.js';
import type { Reply } from './reply.js';

/** Turns a refusal into words; anything unexpected becomes a calm "try again" (and is logged). */
export function renderError(m: Messages, e: unknown): Reply[] | undefined {
  if (!isStepwiseError(e)) return undefined;
  if (e.code === 'invalid_input') {
    const field = String(e.details.field ?? '');
    const name = (m.fields() as Record<string, string>)[field] ?? field;
    if (e.details.reason === 'too_long')
      return [{ text: m.tooLong(name, Number(e.details.max), Number(e.details.length)) }];
    if (e.details.reason === 'empty') return [{ text: m.empty(name) }];
  }
  return [{ text: m.errors[e.code]() }];
}
