import { describe, expect, it } from 'vitest';
import {
  featurise,
  type LabelledText,
  modelFromWeights,
  normaliseText,
  quantiseWeights,
  trainIntentModel,
} from './classifier.js';

/** A toy set, three labels, both languages: enough to see the features do their job. */
const TOY: Record<string, string[]> = {
  anger: [
    'I am so angry at my ex',
    'I feel furious today',
    'the anger is eating me up',
    'I am angry and I cannot calm down',
    'я злюсь на бывшую жену',
    'меня переполняет злость',
    'я очень зол сегодня',
    'злость не отпускает',
  ],
  letter: [
    'I want to write a letter to my daughter',
    'help me write to my son',
    'I would like to send my child a letter',
    'writing a letter to my kid',
    'хочу написать письмо дочери',
    'помоги написать письмо сыну',
    'напишу письмо ребенку',
    'хочу письмо своему сыну',
  ],
  court: [
    'I have a court hearing next week',
    'help me prepare documents for the judge',
    'the custody hearing is coming',
    'my lawyer sent court papers',
    'у меня скоро суд',
    'нужно подготовить документы для суда',
    'заседание суда через неделю',
    'адвокат прислал бумаги из суда',
  ],
};
const examples: LabelledText[] = Object.entries(TOY).flatMap(([label, texts]) =>
  texts.map((text) => ({ text, label })),
);
const model = trainIntentModel(examples);

describe('intent classifier', () => {
  it('normalises case, ё, accents, punctuation and emoji', () => {
    expect(normaliseText('  Ещё РАЗ!!! 😡 Don’t…  stop ')).toBe('еще раз dont stop');
    expect(normaliseText('приве́т, Алёна')).toBe('привет алена');
  });

  it('learns the examples it was trained on', () => {
    for (const example of examples) expect(model.predict(example.text).label, example.text).toBe(example.label);
  });

  it.each([
    ['I got so angry with her yesterday', 'anger'],
    ['could you help me write a letter to my son?', 'letter'],
    ['the judge wants more documents', 'court'],
  ])('generalises to new English sentences: %s', (text, label) => {
    expect(model.predict(text).label).toBe(label);
  });

  it.each([
    ['вчера я разозлился на неё', 'anger'],
    ['злюсь', 'anger'],
    ['написал бы письмецо дочке', 'letter'],
    ['к суду готовлюсь, документы собираю', 'court'],
  ])('recognises Russian word forms it never saw: %s', (text, label) => {
    expect(model.predict(text).label).toBe(label);
  });

  it.each([
    ['im so angy at my ex', 'anger'],
    ['help me wrte a leter to my dauhgter', 'letter'],
    ['напсать писмо сыну', 'letter'],
    ['завтра сууд', 'court'],
  ])('tolerates typos: %s', (text, label) => {
    expect(model.predict(text).label).toBe(label);
  });

  it('ranks every label with probabilities that sum to one', () => {
    const { ranked, confidence, label } = model.predict('letter to my son');
    expect(ranked.map((rankedLabel) => rankedLabel.label).sort()).toEqual(['anger', 'court', 'letter']);
    expect(ranked.reduce((sum, rankedLabel) => sum + rankedLabel.p, 0)).toBeCloseTo(1, 9);
    expect(ranked[0]).toEqual({ label, p: confidence });
    expect(ranked[1]!.p).toBeLessThanOrEqual(ranked[0]!.p);
  });

  it('is deterministic: the same examples and seed give the same probabilities', () => {
    const again = trainIntentModel(examples);
    for (const text of ['злюсь на всех', 'court tomorrow', 'письмо'])
      expect(again.predict(text)).toEqual(model.predict(text));
  });

  it('keeps its answers in a quarter of the memory when quantised: same labels, probabilities within a hundredth', () => {
    const quantised = quantiseWeights(model.weights());
    expect(quantised.weights).toBeInstanceOf(Int8Array);
    expect(quantised.weights.byteLength).toBe(model.weights().weights.byteLength / 4);
    const small = modelFromWeights(quantised);
    for (const text of ['злюсь на всех', 'court tomorrow', 'письмо', 'help me write to my daughter']) {
      const [exact, rounded] = [model.predict(text), small.predict(text)];
      expect(rounded.label).toBe(exact.label);
      for (const { label, p } of exact.ranked)
        expect(Math.abs(rounded.ranked.find((other) => other.label === label)!.p - p)).toBeLessThan(0.01);
    }
    // Quantising twice changes nothing.
    expect(quantiseWeights(quantised)).toBe(quantised);
  });

  it('answers empty or symbol-only text with low confidence instead of crashing', () => {
    expect(featurise('').index.length).toBe(0);
    for (const text of ['', '   ', '?!…', '🙂🙂']) {
      const prediction = model.predict(text);
      expect(prediction.confidence).toBeLessThan(0.5);
      expect(prediction.ranked).toHaveLength(3);
    }
  });

  it('refuses to train without examples', () => {
    expect(() => trainIntentModel([])).toThrow(RangeError);
  });
});
