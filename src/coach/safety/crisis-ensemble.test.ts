import { describe, expect, it } from 'vitest';
import type { LabelledText } from '../intents/classifier.js';
import { averageModels, canonicalOrder, trainCrisisEnsemble } from './crisis-model.js';

const SET: LabelledText[] = [
  ...['i want to die', 'i will end it tonight', 'no reason to live', 'i have the pills ready'].map((text) => ({
    text,
    label: 'ideation',
  })),
  ...['i want a new job', 'going to the gym tonight', 'reasons to learn french', 'the pills are for my cough'].map(
    (text) => ({ text, label: 'safe' }),
  ),
];

describe('the crisis model as a bagged ensemble', () => {
  it('trains the same model whatever order the examples come in', () => {
    const forward = trainCrisisEnsemble(SET, { bits: 12, epochs: 4, seeds: [1, 2] }).weights();
    const backward = trainCrisisEnsemble([...SET].reverse(), { bits: 12, epochs: 4, seeds: [1, 2] }).weights();
    expect(Array.from(backward.weights)).toEqual(Array.from(forward.weights));
    expect(canonicalOrder([...SET].reverse())).toEqual(canonicalOrder(SET));
  });

  it('scores as the mean of its models: one model, no larger than one', () => {
    const one = trainCrisisEnsemble(SET, { bits: 12, epochs: 4, seeds: [1] });
    const two = trainCrisisEnsemble(SET, { bits: 12, epochs: 4, seeds: [2] });
    const both = averageModels([one, two]);
    expect(both.weights().weights.length).toBe(one.weights().weights.length);
    const at = 5;
    expect(both.weights().weights[at]).toBeCloseTo((one.weights().weights[at]! + two.weights().weights[at]!) / 2, 6);
    expect(both.predict('i want to die').label).toBe('ideation');
  });
});
