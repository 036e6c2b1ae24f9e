import { describe, expect, it } from 'vitest';
import { talkWith, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createGoalClassifier } from './goal-classifier.js';
import { kindNames } from './offline-coach.js';

const { coach, pack, model } = shippedOfflineCoach();
const classifier = createGoalClassifier(model, kindNames(pack));

describe('the forty-fourth round, the lead: an overgrown allotment or vegetable plot is home, not a generic goal', () => {
  it('places an allotment gone wild in home and gives the clearing steps, in both languages', async () => {
    const en = await talkWith(coach)(
      null,
      'Get my allotment plot back under control',
      "Took on a half plot two years ago, then work got busy and now it's brambles and bindweed. The committee inspects again in June.",
      'en',
      tapping(['Clearing a garden or plot']),
    );
    expect(en.keys.slice(0, 5).filter((key) => key.startsWith('home-garden-')).length).toBeGreaterThanOrEqual(3);
    expect(en.keys.some((key) => key.startsWith('gen-'))).toBe(false);
    expect(
      classifier.classify(
        'Расчистить огород у бабушки',
        'Всё заросло крапивой и бурьяном, третий год никто не сажал.',
        [],
      ).kind,
    ).toBe('home');
  });

  it('keeps a blog or a book about an allotment with writing', () => {
    expect(
      classifier.classify('Start a blog about my allotment', 'Weekly posts on what I grow, for other plot holders.', [])
        .kind,
    ).toBe('writing');
  });
});
