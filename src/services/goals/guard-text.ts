import { StepwiseError } from '../../core/errors.js';
import { type CrisisFinding, mayBeSetAside } from '../../core/safety.port.js';
import type { ServiceDeps } from './deps.js';

/**
 * Trims a user's free text, screens it for crisis, then bounds it. A crisis returns its finding
 * (however long the text); too long or empty text is refused with the limit named (nothing is cut
 * silently). `notACrisis`: the person saw the crisis reply to these words and said it is not about
 * their safety; a finding they may set aside (`mayBeSetAside`) then lets the text through, counted.
 */
export async function guardText(
  deps: Pick<ServiceDeps, 'screen' | 'counters'>,
  field: string,
  raw: string,
  max: number,
  notACrisis = false,
): Promise<{ text: string; crisis?: CrisisFinding }> {
  const text = raw.trim();
  if (text.length === 0) throw new StepwiseError('invalid_input', `${field} is empty`, { field, reason: 'empty' });
  // Screened before the length check: a crisis written at length still gets help, not a refusal.
  const crisis = await deps.screen.screen(text, field);
  if (crisis && !(notACrisis && mayBeSetAside(crisis))) return { text, crisis };
  if (crisis) deps.counters.inc('crisis_set_aside', { category: crisis.category, level: crisis.level, field });
  if (text.length > max) {
    throw new StepwiseError('invalid_input', `${field} is longer than ${max} characters`, {
      field,
      reason: 'too_long',
      max,
      length: text.length,
    });
  }
  return { text };
}
