import { describe, expect, it } from 'vitest';
import { levelsOf, type PathStep } from '../../content/coach-pack.schema.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { NEAR_COPY_SIMILARITY, nearCopyOf, trigrams, trigramSimilarity } from './near-copy.js';

/** Whether `two` excludes a topic `one` needs (any of its `topics`, or one of its `alsoTopics`, which all must hold). */
const needsExcluded = (one: PathStep, two: PathStep) =>
  [...(one.topics ?? []), ...(one.alsoTopics ?? [])].some((topic) => two.exceptTopics?.includes(topic));

/**
 * Whether one person's path can hold both steps: their levels overlap, and no slot one needs is one the
 * other excludes (a topic's version and the general one never meet either).
 */
const canMeet = (one: PathStep, two: PathStep) =>
  levelsOf(one).some((level) => levelsOf(two).includes(level)) &&
  !(one.withSlots && two.exceptSlots?.some((slot) => one.withSlots!.includes(slot))) &&
  !(two.withSlots && one.exceptSlots?.some((slot) => two.withSlots!.includes(slot))) &&
  !(one.horizon && two.horizon && !one.horizon.some((horizon) => two.horizon!.includes(horizon))) &&
  !needsExcluded(one, two) &&
  !needsExcluded(two, one) &&
  !(one.topics && two.topics && !one.topics.some((topic) => two.topics!.includes(topic)));

describe('a near-copy of a step', () => {
  it('is the same step with case, punctuation, ё or one small word changed', () => {
    const step = 'Write down five Spanish words you already know.';
    expect(nearCopyOf('write down five spanish words you already know', [step])).toBe(step);
    expect(nearCopyOf('Write down five Spanish words that you already know!', [step])).toBe(step);
    expect(nearCopyOf('Запиши всё, что ещё помнишь', ['Запиши все, что еще помнишь.'])).toBeDefined();
  });

  it('is not another step about the same goal', () => {
    const step = 'Write down five Spanish words you already know.';
    expect(nearCopyOf('Listen to one Spanish song and write down three words from it.', [step])).toBeUndefined();
    expect(nearCopyOf('Install a Spanish course app and do its first lesson.', [step])).toBeUndefined();
  });

  it('leaves every two curated steps one person can meet apart (the threshold has room)', () => {
    // Every pair within a kind: some 300,000 comparisons, so each text's trigrams are read once.
    const { pack } = shippedOfflineCoach();
    let closest = 0;
    for (const kind of pack.types)
      for (const lang of ['en', 'ru'] as const) {
        const steps = kind.steps;
        const grams = steps.map((step) => trigrams(step.text[lang]));
        for (let i = 0; i < steps.length; i++)
          for (let j = i + 1; j < steps.length; j++)
            if (canMeet(steps[i]!, steps[j]!)) closest = Math.max(closest, trigramSimilarity(grams[i]!, grams[j]!));
      }
    console.log(
      `closest pair of different curated steps: ${closest.toFixed(2)} (near-copy at ${NEAR_COPY_SIMILARITY})`,
    );
    expect(closest).toBeLessThan(NEAR_COPY_SIMILARITY);
  });
});
