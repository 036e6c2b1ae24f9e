import { describe, expect, it } from 'vitest';
import { sharedContent } from '../../../test/factories/app-content.js';
import type { PathStep } from '../../content/coach-pack.schema.js';
import { createReasonReader } from './reason-reader.js';

// The one reader both coaches use, over the shipped words (content/goals/rephrase.yaml).
const reader = createReasonReader(sharedContent().pack.rephrase).constraints;
const readConstraints = ({
  said,
  ...rest
}: {
  said: string[];
  comment?: string;
  current?: { estimatedMinutes: number | null };
}) => reader.read({ reasons: said, answers: [], ...rest });
const violationOf = reader.broken;

describe('what a person ruled out, read from their reasons and answers', () => {
  it.each([
    ['there is no pool near me', 'pool', 'Swim four lengths at your local pool.', 'Practise floating in the bath.'],
    ["I don't have a car", 'car', 'Take your car to the climbing gym.', 'Take the bus to the climbing gym.'],
    ['no swimming pools nearby, sorry', 'pool', 'Book a slot at the pools in town.', 'Watch a video on breathing.'],
    ['рядом нет бассейна', 'бассейн', 'Сходи в бассейн и проплыви две дорожки.', 'Потренируй дыхание в ванной.'],
    ['у меня нет велосипеда', 'велосипед', 'Проедь на велосипеде до парка.', 'Пройди пешком до парка.'],
  ])('«%s» rules out «%s»: a step that needs it breaks it, one that does without keeps it', (said, stem, bad, good) => {
    const constraints = readConstraints({ said: [said] });
    expect(constraints.unavailable).toContain(stem);
    expect(violationOf({ text: bad, estimatedMinutes: 10 }, constraints)).toEqual({ kind: 'unavailable', thing: stem });
    expect(violationOf({ text: good, estimatedMinutes: 10 }, constraints)).toBeUndefined();
  });

  it.each([
    ['too long', 20, 19],
    ['слишком долго', 30, 29],
    ['I only have 10 minutes', 30, 10],
    ['у меня максимум 15 минут', null, 15],
  ])('«%s» about a %s-minute step allows at most %s minutes', (comment, current, max) => {
    const constraints = readConstraints({ said: [], comment, current: { estimatedMinutes: current } });
    expect(constraints.maxMinutes).toBe(max);
    expect(violationOf({ text: 'Walk around the block.', estimatedMinutes: max + 1 }, constraints)).toMatchObject({
      kind: 'too_long',
    });
    expect(violationOf({ text: 'Walk around the block.', estimatedMinutes: max }, constraints)).toBeUndefined();
  });

  it.each(['too boring', 'no idea how to start', 'нет смысла', 'I have no time for this', 'не хочу', 'no, thanks'])(
    '«%s» rules out nothing a step could need',
    (comment) => {
      expect(readConstraints({ said: [comment] })).toEqual({ unavailable: [] });
    },
  );
});

describe('a reason means the same to both coaches', () => {
  const reasons = createReasonReader(sharedContent().pack.rephrase);
  /** A path step worded the same in each of its four wordings, as the offline coach reads one. */
  const pathStep = (text: string): PathStep => {
    const wording = { minutes: 10, en: text, ru: text };
    return {
      key: 'x',
      minutes: 10,
      text: wording,
      smaller: wording,
      concrete: wording,
      smallerConcrete: wording,
    } as PathStep;
  };
  it.each([
    ['en', 'there is no pool near me', 'Swim two lengths at the pool.', 'Practise floating in the bath.'],
    ['en', "I can't afford lessons", 'Pay for a lesson with a coach.', 'Watch a free video on breathing.'],
    ['ru', 'у меня нет машины', 'Съезди на машине в клуб.', 'Сделай разминку дома.'],
    ['ru', 'рядом нет бассейна', 'Сходи в бассейн на дорожку.', 'Потренируй дыхание в ванной.'],
  ] as const)(
    '%s: «%s» rules out «%s» for the offline path and for a model, and keeps «%s»',
    (locale, reason, bad, good) => {
      const heard = reasons.read([reason], []);
      const stated = reasons.constraints.read({ reasons: [reason], answers: [] });
      const render = (template: string) => template;
      for (const [text, ruled] of [
        [bad, true],
        [good, false],
      ] as const) {
        expect(heard.excludes(pathStep(text), locale, render)).toBe(ruled);
        expect(reasons.constraints.broken({ text, estimatedMinutes: 10 }, stated) !== undefined).toBe(ruled);
      }
    },
  );
});
