import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const pulls = (keys: string[]) => keys.filter((key) => key.startsWith('rec-pull-'));

// Blind read 41: a father whose court-set time is two hours on Saturdays in his ex-wife's presence, with a shy
// five-year-old, was sent messages for the child and outings on other dates — outside what the order allows.
describe('visits set by a court in the other parent’s presence', () => {
  it('makes the visits good as they are: a bag ready, a warm start, the same goodbye, a note after (en + ru)', async () => {
    const en = await tap(
      'recovery',
      'Get closer to my daughter in the hours the court gave me',
      'The order gives me Sunday afternoons at a café with her mother present. She is four and clings to her mum for the first half hour.',
      'en',
      ['A court order already in place'],
    );
    expect(en.keys).toEqual(
      expect.arrayContaining(['rec-present-bring', 'rec-present-start', 'rec-present-goodbye', 'rec-present-note']),
    );
    expect(pulls(en.keys)).toEqual([]);
    const ru = await tap(
      'recovery',
      'Наладить общение с дочкой на встречах по решению суда',
      'Суд определил встречи по воскресеньям два часа в присутствии матери, в детском кафе. Дочке четыре, первые полчаса она от мамы не отходит.',
      'ru',
      ['Порядок общения уже назначен судом'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['rec-present-bring', 'rec-present-start']));
    expect(pulls(ru.keys)).toEqual([]);
    expect(ru.text).toMatch(/до минуты/);
  });

  it('leaves an order with weekends at the parent’s own home to the steps it had', async () => {
    const { keys } = await tap(
      'recovery',
      'Make the most of my weekends with my son',
      'The court ordered every other weekend at my flat. He is 13 and stays in his room on his phone most of the time.',
      'en',
      ['A court order already in place'],
    );
    expect(keys.filter((key) => key.startsWith('rec-present-'))).toEqual([]);
  });
});
