import { CRISIS_CATEGORIES, type CrisisCategory } from '../../src/core/safety.port.js';
import { type IntentModel, normaliseText } from '../../src/coach/intents/classifier.js';
import type { CrisisModel } from '../../src/coach/safety/crisis-scorer.js';
import { SEGMENT_MARGIN, segmentsOf } from '../../src/coach/safety/segments.js';

/**
 * The crisis model's reading as it was first written, kept as the reference the served scorer must equal: every
 * segment (the whole text, each sentence, each pair of neighbours as joined text) featurised and predicted on its
 * own. Slow (a sentence is hashed three times) and plain, so that it is evidently right.
 */
export function segmentBySegment(model: IntentModel): CrisisModel {
  const scoreOne = (text: string) => {
    const { ranked } = model.predict(text);
    const safe = ranked.find((rankedLabel) => rankedLabel.label === 'safe')?.p ?? 0;
    const top = ranked.find((rankedLabel) => rankedLabel.label !== 'safe')!;
    return { p: 1 - safe, category: top.label as CrisisCategory };
  };
  return {
    score(text) {
      if ((normaliseText(text).match(/\p{L}/gu)?.length ?? 0) < 3) return { p: 0, category: CRISIS_CATEGORIES[0] };
      const [whole, ...parts] = segmentsOf(text);
      let worst = scoreOne(whole!);
      for (const part of parts) {
        const crisisScore = scoreOne(part);
        if (crisisScore.p - SEGMENT_MARGIN > worst.p)
          worst = { p: crisisScore.p - SEGMENT_MARGIN, category: crisisScore.category };
      }
      return worst;
    },
    weights: () => model.weights(),
  };
}
