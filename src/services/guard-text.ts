import { StepwiseError } from '../core/errors.js';
import type { CrisisCategory } from '../core/safety.port.js';
import type { ServiceDeps } from './deps.js';
import { screenText } from './screen-text.js';

/**
 * Trims and bounds a user's free text, then runs the crisis check on it. Too long or empty text
 * is refused with the limit named (nothing is cut silently); a crisis returns its category.
 */
export function guardText(
  deps: Pick<ServiceDeps, 'safety' | 'counters' | 'log'>,
  field: string,
  raw: string,
  max: number,
): { text: string; crisis?: CrisisCategory } {
  const text = raw.trim();
  if (text.length === 0) throw new StepwiseError('invalid_input', `${field} is empty`, { field, reason: 'empty' });
  if (text.length > max) {
    throw new StepwiseError('invalid_input', `${field} is longer than ${max} characters`, {
      field,
      reason: 'too_long',
      max,
      length: text.length,
    });
  }
  const crisis = screenText(deps, text, field);
  return crisis ? { text, crisis } : { text };
}
