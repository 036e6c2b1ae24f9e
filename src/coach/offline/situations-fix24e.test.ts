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

// Blind read 25's harmful step: a father whose contact a court set as supervised visits at a family centre was told to
// message his son every week between visits, which the order may not allow.
describe('contact only as a court set it, supervised', () => {
  it('asks the centre what the order allows between visits, and sends nothing of its own accord', async () => {
    const ru = await firstFive(
      'recovery',
      'Подготовиться к первой встрече с сыном после трёх лет',
      'Суд наконец определил порядок общения: первые два месяца видимся по два часа в центре помощи семье при психологе. Сыну восемь, а бывшая говорила ему, что я его бросил.',
      'ru',
    );
    expect(ru.keys).toContain('rec-sup-between');
    expect(ru.keys).not.toContain('rec-trust-note');
    expect(ru.text).not.toMatch(/Между встречами отправляй/);
    const en = await firstFive(
      'recovery',
      'Rebuild my son’s trust at our supervised visits',
      'The court ordered supervised contact at a contact centre for three months. He has been told I left him.',
    );
    expect(en.keys).not.toContain('rec-trust-note');
    // A parent who sees the child every other weekend keeps the weekly message.
    const weekends = await firstFive(
      'recovery',
      'Rebuild my daughter’s trust',
      'Her mother told her I abandoned her. I see her every other weekend now.',
    );
    expect(weekends.keys).toContain('rec-trust-note');
  });
});
