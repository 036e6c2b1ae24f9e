import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fourth blind read, fixed in general (helper fix24a)', () => {
  it('gives asking out someone already known a moment, a sentence and the ask — not a club or openers', async () => {
    const en = await firstFive(
      'social',
      'Ask someone out for the first time',
      "There's a woman in my Thursday pottery class I chat to every week, and the course ends in five weeks.",
    );
    expect(en.keys[0]).toBe('soc-ask-when');
    expect(en.keys).toContain('soc-ask-do');
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-07');
    const ru = await firstFive(
      'social',
      'Пригласить на свидание девушку с работы',
      'Мы каждый день обедаем вместе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-ask-when');
    expect(ru.keys).not.toContain('soc-08');
    // Dating in general keeps the dating path.
    const dating = await firstFive('social', 'Start dating again', 'Divorced last year, never used an app.');
    expect(dating.keys).not.toContain('soc-ask-when');
  });

  it('gives making up with a friend her own part, an apology and its timing — not a new group', async () => {
    const ru = await firstFive(
      'social',
      'Помириться с лучшей подругой после ссоры на её свадьбе',
      'На её свадьбе я наговорила лишнего её мужу, и с тех пор она не отвечает. Скоро у неё день рождения.',
      'ru',
    );
    expect(ru.keys).toEqual(['soc-mend-part', 'soc-mend-message', 'soc-mend-when', 'soc-mend-send', 'soc-mend-after']);
    const en = await firstFive('social', 'Make up with my best friend', 'We fell out over money in March.');
    expect(en.keys[0]).toBe('soc-mend-part');
    expect(en.keys).not.toContain('soc-03');
    // Being ghosted with no quarrel keeps its own path.
    const ghosted = await firstFive('social', 'Find out why my friend ghosted me', 'She just stopped replying to me.');
    expect(ghosted.keys).not.toContain('soc-mend-part');
  });

  it('gives someone who only cooks noodles vegetables added to that — not "restart at half"', async () => {
    const ru = await firstFive(
      'habit',
      'Есть овощи хотя бы раз в день',
      'Питаюсь макаронами, пельменями и дошираком, готовить умею только это.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hab-basic-add', 'hab-basic-raw']);
    expect(ru.keys).not.toContain('hab-03');
    expect(ru.keys).not.toContain('hab-02');
    const en = await firstFive('habit', 'Eat vegetables every day', 'I live on instant noodles and pasta.');
    expect(en.keys).toContain('hab-basic-add');
    // Drinking water with the same words about noodles gets no vegetable steps.
    const water = await firstFive('habit', 'Drink more water', 'I live on instant noodles and forget to drink.');
    expect(water.keys).not.toContain('hab-basic-add');
  });

  it("gives a child's speech therapist visit the child's path — not the parent's own medicines or nerves", async () => {
    const ru = await firstFive(
      'checkup',
      'Показать четырёхлетнего сына логопеду',
      'Сын говорит мало и непонятно, в садике сказали сходить к логопеду.',
      'ru',
    );
    expect(ru.keys).not.toContain('chk-05');
    expect(ru.keys).not.toContain('chk-09');
    const en = await firstFive(
      'checkup',
      'Get my 4-year-old son seen by a speech therapist',
      'Nursery says his speech is behind.',
    );
    expect(en.keys).not.toContain('chk-05');
    // An adult's own specialist visit keeps the medicine list.
    const own = await firstFive('checkup', 'See a neurologist about my headaches', 'I take ibuprofen most days.');
    expect(own.keys).toContain('chk-05');
  });

  it('finds a doctor first for someone who has none — not "ask your GP practice"', async () => {
    const en = await firstFive(
      'checkup',
      "Get a physical, haven't had one since college",
      "My new job has insurance that covers an annual checkup. I don't even have a primary care doctor.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-find-doctor', 'chk-find-book']);
    expect(en.keys).not.toContain('chk-annual-book');
    const ru = await firstFive('checkup', 'Пройти чекап', 'Переехала, не прикреплена ни к какой поликлинике.', 'ru');
    expect(ru.keys[0]).toBe('chk-find-doctor');
    // Someone with a GP keeps the ordinary booking.
    const gp = await firstFive('checkup', 'Get an annual check-up', 'My GP practice is two streets away.');
    expect(gp.keys).toContain('chk-annual-book');
    expect(gp.keys).not.toContain('chk-find-doctor');
  });

  it('ties sunscreen to the morning — no evening backup before bed', async () => {
    const en = await firstFive(
      'habit',
      'Actually wear sunscreen every day',
      'I own three bottles of the stuff and only remember once I am already pink.',
    );
    expect(en.keys[0]).toBe('hab-sun-spot');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.text).not.toMatch(/before bed/);
    const ru = await firstFive('habit', 'Каждый день мазаться солнцезащитным кремом', 'Всё время забываю.', 'ru');
    expect(ru.keys[0]).toBe('hab-sun-spot');
    // Another forgotten habit keeps the earlier anchor.
    const floss = await firstFive('habit', 'Floss every day', 'I keep forgetting to do it in the evening.');
    expect(floss.keys).toContain('hab-forget-early');
  });

  it('gives a half-sister found late photos, questions and a call — not a family meal', async () => {
    const en = await firstFive(
      'family',
      'Get to know my half-sister properly',
      "I found her through a DNA test last year. She's in Toronto and I'm in London.",
    );
    expect(en.keys[0]).toBe('fam-new-share');
    expect(en.keys).not.toContain('fam-12');
    const ru = await firstFive('family', 'Сблизиться с сестрой по отцу', 'Познакомились только в прошлом году.', 'ru');
    expect(ru.keys[0]).toBe('fam-new-share');
    expect(ru.keys).not.toContain('fam-12');
    // A sister one grew up with keeps the ordinary path.
    const sister = await firstFive('family', 'Call my sister more often', 'We talk once a month.');
    expect(sister.keys).not.toContain('fam-new-share');
  });

  it('moves the wake time an hour a day for a body clock many hours off — not 15 minutes every few nights', async () => {
    const ru = await firstFive(
      'sleep',
      'Вернуть нормальный режим до первого сентября',
      'За лето сбил режим полностью: ложусь в пять утра, встаю к обеду.',
      'ru',
    );
    expect(ru.keys).toContain('sleep-flip-wake');
    expect(ru.keys).not.toContain('sleep-bed-shift');
    const en = await firstFive('sleep', 'Fix my sleep schedule', 'I go to bed at 5am and sleep till noon.');
    expect(en.keys).toContain('sleep-flip-wake');
    expect(en.keys).not.toContain('sleep-bed-shift');
    // Going to bed at midnight instead of 1 am keeps the gentle shift.
    const late = await firstFive('sleep', 'Go to bed earlier', 'I go to bed at 1, want to be asleep by midnight.');
    expect(late.keys).not.toContain('sleep-flip-wake');
  });

  it('gives a 15-year-old no child-led play and a first grave visit its dates and company — not meals and lifts', async () => {
    const ru = await firstFive(
      'family',
      'Найти общий язык с сыном, который злится на нас за переезд',
      'Сыну 15, друзей нет, с нами почти не разговаривает.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-07');
    const young = await firstFive('family', 'Play more with my son', 'He is 4.');
    expect(young.keys).toContain('fam-07');
    const grave = await firstFive(
      'grief',
      'Съездить на могилу мамы впервые после похорон',
      'Мама умерла два года назад, я живу в другой стране. Брат ухаживает за могилой один.',
      'ru',
    );
    expect(grave.keys[0]).toBe('grief-grave-why');
    expect(grave.keys).not.toContain('grief-08');
    const en = await firstFive('grief', "Visit my dad's grave", "I haven't been to the cemetery since the funeral.");
    expect(en.keys[0]).toBe('grief-grave-why');
    // A fresh loss keeps accepting help.
    const fresh = await firstFive('grief', 'Get through the first weeks', 'My mum died last week.');
    expect(fresh.keys).not.toContain('grief-grave-why');
  });
});
