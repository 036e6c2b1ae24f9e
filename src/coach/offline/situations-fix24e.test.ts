import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fourth blind read, fixed by the lead (fix24e)', () => {
  it('makes good a rental before the inspection: the colour already there, filler dried overnight, dated photos', async () => {
    const en = await firstFive(
      'repair',
      'Patch and repaint the walls before we hand back our rental',
      "Three years of picture hooks, a shelf that ripped out of the plaster, and my son's crayon all down the hallway. The final inspection is on 28 February and I want the full bond back.",
    );
    expect(en.keys).toEqual(['fix-hb-check', 'fix-hb-list', 'fix-hb-fill', 'fix-hb-finish', 'fix-hb-photos']);
    expect(en.text).not.toMatch(/samples|tester pot/i);
    const ru = await firstFive(
      'repair',
      'Подготовить съёмную квартиру к сдаче хозяину',
      'Съезжаем через месяц, хочу вернуть залог. На стенах дырки от дюбелей и пятна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-hb-check');
    expect(ru.text).not.toMatch(/пробник|образц/);
    // Painting one's own room still starts from choosing the colour.
    const own = await firstFive('repair', 'Paint the living room', 'We own the house and want a warmer colour.');
    expect(own.keys).toContain('fix-paint-choose');
    expect(own.keys).not.toContain('fix-hb-check');
  });

  it('names an event day without a broken fallback when no distance is given', async () => {
    const ru = await firstFive(
      'sport',
      'Подготовиться к велогонке в мае',
      'Катаюсь три года, хочу первый старт.',
      'ru',
    );
    expect(ru.keys).toContain('sport-03');
    expect(ru.text).not.toMatch(/Дистанция — целевая дистанция/);
    expect(ru.text).toContain('Назначь свой целевой день (целевая дистанция)');
  });
});
