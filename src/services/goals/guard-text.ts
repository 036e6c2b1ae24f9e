import { StepwiseError } from '../../core/errors.js';
import { type CrisisFinding, mayBeSetAside, setAsideSteps } from '../../core/safety.port.js';
import type { ServiceDeps } from './deps.js';
import type { Said } from './outcomes.js';

type Deps = Pick<ServiceDeps, 'screen' | 'counters'>;

/** What stops a text: the finding, and whether it waits for the second answer an `imminent` one takes. */
type Stopped = { crisis: CrisisFinding; mustConfirmSafe?: boolean };

/**
 * Trims a user's free text, screens it for crisis, then bounds it. A crisis returns its finding
 * (however long the text); too long or empty text is refused with the limit named (nothing is cut
 * silently). `said`: what the person answered after the crisis reply to these words (`Said`); a finding
 * they may set aside (`mayBeSetAside`) then lets the text through once it has the answers it takes (`setAsideSteps`).
 */
export async function guardText(
  deps: Deps,
  field: string,
  raw: string,
  max: number,
  said: Said = {},
): Promise<{ text: string } & Partial<Stopped>> {
  const text = raw.trim();
  if (text.length === 0) throw new StepwiseError('invalid_input', `${field} is empty`, { field, reason: 'empty' });
  // Screened before the length check: a crisis written at length still gets help, not a refusal.
  const crisis = await deps.screen.screen(text, field);
  const stopped = crisis && setAside(deps, crisis, field, said);
  if (stopped) return { text, ...stopped };
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

/**
 * The person's answer to a finding: undefined when it lets the words on, else what still stops them. Each answer is
 * counted by level and step (`not_a_crisis`, then `confirm_safe` for an imminent finding), never with the words, so the
 * set-asides of imminent findings and how many of them were confirmed can be read apart.
 */
function setAside(deps: Deps, crisis: CrisisFinding, field: string, said: Said): Stopped | undefined {
  const answers = said.confirmedSafe ? 2 : said.notACrisis ? 1 : 0;
  if (answers === 0 || !mayBeSetAside(crisis)) return { crisis };
  const step = answers === 2 ? 'confirm_safe' : 'not_a_crisis';
  deps.counters.inc('crisis_set_aside', { category: crisis.category, level: crisis.level, field, step });
  return answers >= setAsideSteps(crisis) ? undefined : { crisis, mustConfirmSafe: true };
}
