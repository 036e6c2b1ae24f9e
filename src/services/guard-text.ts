import { StepwiseError } from '../core/errors.js';
import type { CrisisFinding } from '../core/safety.port.js';
import type { ServiceDeps } from './deps.js';

/**
 * Trims and bounds a user's free text, then screens it for crisis. Too long or empty text is
 * refused with the limit named (nothing is cut silently); a crisis returns its finding.
 */
export async function guardText(
  deps: Pick<ServiceDeps, 'screen'>,
  field: string,
  raw: string,
  max: number,
): Promise<{ text: string; crisis?: CrisisFinding }> {
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
  const crisis = await deps.screen.screen(text, field);
  return crisis ? { text, crisis } : { text };
}
