import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const LOW_ACID = ['skill-lowacid-rule', 'skill-lowacid-recipe', 'skill-lowacid-canner', 'skill-lowacid-test'];
const RISKY = [
  'skill-risky-teacher',
  'skill-risky-rules',
  'skill-risky-kit',
  'skill-risky-emergency',
  'skill-risky-first',
];
const CARE = ['skill-care-ask', 'skill-care-leaflet', 'skill-care-kit', 'skill-care-first', 'skill-care-log'];

describe('the thirty-second blind read, fixed in general (helper fix32g)', () => {
  it('cans low-acid food only in a pressure canner — no big pot, no salt-and-vinegar recipe', async () => {
    const en = await tap(
      'skill',
      'Learn to put up venison and sweetcorn in jars',
      "My uncle always did it in a pot of boiling water. I picked up a second-hand canner at a yard sale and it didn't come with a manual.",
      'en',
      ['Canning'],
    );
    expect(en.keys.slice(0, 4)).toEqual(LOW_ACID);
    expect(en.keys).not.toContain('skill-jar-kit');
    expect(en.keys).not.toContain('skill-jar-test');
    expect(en.keys).not.toContain('skill-jar-cause');
    expect(en.text).toMatch(/pressure canner/);
    const ru = await tap(
      'skill',
      'Научиться закатывать грибы и тушёнку из лосятины',
      'Свекровь всегда делала в кастрюле с кипятком, а я хочу научиться правильно.',
      'ru',
      ['Закатки'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(LOW_ACID);
    expect(ru.keys).not.toContain('skill-jar-kit');
    expect(ru.text).toMatch(/автоклав/);
    // Jam keeps the ordinary jar steps, and a first season has no failed batch to write down.
    const jam = await tap(
      'skill',
      'Learn to make plum jam',
      'We have two plum trees and I have never made jam before.',
      'en',
      ['Canning'],
    );
    expect(jam.keys).toContain('skill-jar-kit');
    expect(jam.keys).not.toContain('skill-jar-cause');
    for (const key of LOW_ACID) expect(jam.keys).not.toContain(key);
    const failed = await tap(
      'skill',
      'Закатывать огурцы без взрывов',
      'В прошлом году половина банок вздулась.',
      'ru',
      ['Закатки'],
    );
    expect(failed.keys[0]).toBe('skill-jar-cause');
  });

  it('teaches carb counting for insulin with the diabetes team — no risky-task teacher, no helmet', async () => {
    const en = await tap(
      'skill',
      "Learn carb counting for my daughter's insulin",
      'She is 7 and was diagnosed last month. I do the school lunches and the evening jabs and I never know what a portion of our rice and beans is.',
      'en',
    );
    expect(en.keys[0]).toBe('skill-carbs-team');
    expect(en.keys).toContain('skill-carbs-weigh');
    for (const key of [...RISKY, ...CARE]) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться считать хлебные единицы для сына',
      'Сыну 11, диабет 1 типа с весны, уколы делаю я. Не понимаю, сколько ХЕ в наших блинах и пельменях.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-carbs-team');
    for (const key of [...RISKY, ...CARE]) expect(ru.keys).not.toContain(key);
    // Cooking for a diet with no carb counting keeps the diet steps.
    const diet = await tap(
      'skill',
      'Learn to cook low-salt meals for my dad',
      'His kidney doctor told him to cut the salt.',
      'en',
      ['Cooking for a medical diet'],
    );
    expect(diet.keys).toContain('skill-cook-diet-rules');
    expect(diet.keys).not.toContain('skill-carbs-team');
  });

  it('leaves a life with a stoma, a chimney breast and a licence renewal in their own kinds', async () => {
    const en = await tap(
      'social',
      'Start dating again after my stoma operation',
      "I'm 34, fully healed, but I panic about telling someone about the bag.",
      'en',
    );
    for (const key of CARE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Снова встречаться с друзьями после операции, теперь у меня стома',
      'Восстановилась, но стесняюсь и отказываюсь от всех встреч.',
      'ru',
    );
    for (const key of CARE) expect(ru.keys).not.toContain(key);
    // A care task in the title still takes the goal: changing a father's stoma bag is learnt from a nurse.
    const care = await tap(
      'family',
      "Learn to change my dad's stoma bag",
      'He came home from hospital on Monday.',
      'en',
      ['Just starting'],
    );
    expect(care.keys[0]).toBe('skill-care-ask');

    const wall = await tap(
      'repair',
      'Take out the old chimney breast in the dining room',
      'Victorian semi, the fireplace has not been used for years.',
      'en',
    );
    expect(wall.keys.some((key) => key.startsWith('skill-stove'))).toBe(false);
    const ruWall = await tap('repair', 'Разобрать старый дымоход на даче', 'Печку давно убрали, труба мешает.', 'ru');
    expect(ruWall.keys.some((key) => key.startsWith('skill-stove'))).toBe(false);
    const stove = await tap('home', 'Light our new wood stove safely', 'We just moved into a cottage with one.', 'en', [
      'Just starting',
    ]);
    expect(stove.keys[0]).toBe('skill-stove-check');

    const licence = await tap(
      'admin',
      'Renew my shotgun certificate before it expires',
      'It runs out in June and the form has changed since last time.',
      'en',
    );
    for (const key of RISKY) expect(licence.keys).not.toContain(key);
    const shoot = await tap('skill', 'Learn to shoot a rifle', 'I have never held a gun.', 'en');
    expect(shoot.keys[0]).toBe('skill-risky-teacher');
  });

  it('sends a first-time snowmobile rider to a teacher first, even when fishing is turned down', async () => {
    const en = await tap(
      'skill',
      'Learn to ride a snowmobile to reach our cabin',
      "I've only ever driven a car. The trail crosses a frozen lake and I'd often be going out alone.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('skill-risky-teacher');
    expect(en.keys).not.toContain('skill-14');
    const ru = await tap(
      'skill',
      'Научиться ездить на снегоходе на рыбалку',
      'Купил снегоход, хочу ездить на подлёдку, ребята ездят каждые выходные. В жизни не водил ничего, кроме машины.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    expect(ru.keys).not.toContain('skill-14');
    expect(ru.keys).not.toContain('skill-16');
    // A bicycle is no machine on the ice.
    const bike = await tap('skill', 'Learn to ride a bike', 'I never learned as a kid.', 'en');
    for (const key of RISKY) expect(bike.keys).not.toContain(key);
  });

  it('reads a retake only feared as no retake — no "start from your latest mock"', async () => {
    const ru = await tap(
      'exam',
      'Сдать экзамен на категорию C',
      'Работаю грузчиком, хочу водителем. Очень боюсь не сдать и ждать пересдачу два месяца.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-known');
    const en = await tap(
      'exam',
      'Pass my citizenship test',
      "It's in April. I'm scared of failing and having to resit it.",
      'en',
    );
    expect(en.keys).not.toContain('exam-known');
    // A fail that happened still starts from its results.
    const twice = await tap(
      'exam',
      'Pass my citizenship test',
      'I failed it twice already, the next one is in April.',
      'en',
    );
    expect(twice.keys[0]).toBe('exam-known');
  });

  it('learns the work itself for a job with one boss and no website, and skips research for a place one runs', async () => {
    const en = await tap(
      'interview',
      'Phone call with a farmer about a summer job on his farm',
      "A friend's dad knows him. I've never worked with animals.",
      'en',
    );
    expect(en.keys).toContain('intv-small-work');
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'Собеседование матросом на траулер',
      'Капитан позвонит в пятницу. В море никогда не ходил.',
      'ru',
    );
    expect(ru.keys).toContain('intv-small-work');
    expect(ru.keys).not.toContain('intv-02');
    const inside = await tap(
      'interview',
      'Собеседование на заведующую библиотекой',
      'Пятнадцать лет работаю в нашей библиотеке, заведующая уходит на пенсию, будет конкурс.',
      'ru',
      ['Новая должность'],
    );
    expect(inside.keys).toContain('intv-int-talk');
    expect(inside.keys).not.toContain('intv-02');
    // A bank with a website keeps the research into it.
    const bank = await tap('interview', 'Interview at a bank', 'Graduate analyst role, first round next week.', 'en');
    expect(bank.keys).toContain('intv-02');
    expect(bank.keys).not.toContain('intv-small-work');
  });
});
