import { crisisLevel, type SafetyCheck } from '../../core/safety.port.js';
import { normaliseText } from '../intents/classifier.js';
import type { CrisisModel } from './crisis-model.js';
import { hasImminentCue, matchPatterns, patternText } from './crisis-patterns.js';

/**
 * Where the model's crisis probability turns into a crisis reply, and from where a language model
 * (when one is configured) is asked for a second opinion. Chosen by cross-validation on the
 * training corpus to favour recall: a false alarm costs a calm message with resources, a miss can
 * cost a life. The held-out report (test/safety) shows what they give.
 */
export const CRISIS_THRESHOLDS = { crisis: 0.3, uncertain: 0.15 } as const;

/**
 * A message of up to four words gives the model little to read («нет», "be better", "the thing on
 * tuesday"), so it flags one only when sure; short crisis phrases ("want to die", «устала жить»)
 * are the patterns' job.
 */
const SHORT = { words: 4, crisis: 0.5, uncertain: 0.3 } as const;

/**
 * The crisis check every free text passes: the high-precision patterns first (a floor the model
 * can never lower), then the trained model. A time or a means named in a crisis makes it imminent.
 */
export function createCrisisCheck(
  model: Pick<CrisisModel, 'score'>,
  thresholds: { crisis: number; uncertain: number } = CRISIS_THRESHOLDS,
): SafetyCheck {
  return {
    check(text) {
      const normalised = patternText(text);
      const matched = matchPatterns(normalised);
      if (matched)
        return {
          crisis: true,
          category: matched,
          level: crisisLevel(matched, hasImminentCue(normalised)),
          source: 'pattern',
        };
      const { p, category } = model.score(text);
      const short = normaliseText(text).split(' ').length <= SHORT.words;
      if (p >= (short ? Math.max(SHORT.crisis, thresholds.crisis) : thresholds.crisis))
        return { crisis: true, category, level: crisisLevel(category, hasImminentCue(normalised)), source: 'model' };
      return {
        crisis: false,
        uncertain: p >= (short ? Math.max(SHORT.uncertain, thresholds.uncertain) : thresholds.uncertain),
      };
    },
  };
}
