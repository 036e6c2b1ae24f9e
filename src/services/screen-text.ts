import type { CrisisCategory } from '../core/safety.port.js';
import type { ServiceDeps } from './deps.js';

/**
 * The crisis check for a free text an interface received before it knows what the text is for
 * (a title mid-flow, an off-hand message). Counted and logged by category, never with the words.
 */
export function screenText(deps: Pick<ServiceDeps, 'safety' | 'counters' | 'log'>, text: string, field: string): CrisisCategory | undefined {
  const verdict = deps.safety.check(text);
  if (!verdict.crisis) return undefined;
  deps.counters.inc('crisis_detected', { category: verdict.category });
  deps.log.warn({ event: 'crisis_detected', category: verdict.category, field }, 'crisis language detected');
  return verdict.category;
}
