import { isStepwiseError } from '../../core/errors.js';
import type { Messages } from '../../i18n/catalog.js';
import type { Reply } from './reply.js';

/** Turns a refusal into words; anything unexpected becomes a calm "try again" (and is logged). */
export function renderError(msg: Messages, error: unknown): Reply[] | undefined {
  if (!isStepwiseError(error)) return undefined;
  if (error.code === 'invalid_input') {
    const field = String(error.details.field ?? '');
    const name = (msg.fields() as Record<string, string>)[field] ?? field;
    if (error.details.reason === 'too_long')
      return [{ text: msg.tooLong(name, Number(error.details.max), Number(error.details.length)) }];
    if (error.details.reason === 'empty') return [{ text: msg.empty(name) }];
  }
  return [{ text: msg.errors[error.code]() }];
}
