import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-seventh blind read, single steps fixed in general (helper fix48M)', () => {
  it('gives no "first ten words" to someone learning the language of a partner’s family', async () => {
    const en = await tap(
      'language',
      "Talk with my husband's parents in Polish",
      "My husband's family is from Gdańsk and they visit every summer. I only know a handful of words and go quiet at dinner.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-inlaw-teacher');
    expect(en.keys).not.toContain('lang-03');
    const ru = await tap(
      'language',
      'понимать семью мужа на армянском',
      'Родители мужа говорят между собой по-армянски, я знаю пару слов. Хочу понимать их за столом.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('lang-03');
    // No in-laws: a beginner still gets the first words.
    const near = await tap('language', 'Learn some Portuguese for a trip to Lisbon', 'I know nothing yet.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-03');
  });

  it('leaves a beginning rewritten again and again, lists what is written and writes the next part', async () => {
    const en = await tap(
      'writing',
      'finish my novel about the lighthouse keeper',
      "I've got about sixty pages in a notebook but I keep rewriting the opening and never move on.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['write-loop-freeze', 'write-loop-map']);
    expect(en.keys).toContain('write-loop-next');
    expect(en.keys).not.toContain('write-05');
    expect(en.keys).not.toContain('write-01');
    const ru = await tap(
      'writing',
      'дописать повесть о детстве в деревне',
      'Написано уже страниц тридцать от руки, но я постоянно переписываю начало и дальше не иду.',
      'ru',
    );
    expect(ru.keys).toContain('write-loop-freeze');
    expect(ru.keys).not.toContain('write-05');
    // Nothing written yet: the ordinary opening.
    const near = await tap('writing', 'write a short story about my dog', 'I have never written fiction before.');
    expect(near.keys).not.toContain('write-loop-freeze');
  });

  it('shows voice typing to someone whose hand hurts when writing', async () => {
    const en = await tap(
      'writing',
      'write down my war service stories for the family',
      'I am 81 and have a tremor, so holding a pen for long is hard.',
    );
    expect(en.keys).toContain('write-hand-voice');
    const ru = await tap(
      'writing',
      'записать истории о работе на заводе',
      'Мне 72, у меня артрит, и долго писать ручкой тяжело.',
      'ru',
    );
    expect(ru.keys).toContain('write-hand-voice');
    const near = await tap('writing', 'write a short story about my dog', 'I have never written fiction before.');
    expect(near.keys).not.toContain('write-hand-voice');
  });

  it('sets up the sewing place before the test garment', async () => {
    const en = await tap(
      'skill',
      'Sew a shirt from a pattern',
      "I can sew curtains and tote bags on my machine, but I've never followed a pattern.",
      'en',
      ['Knitting', 'Coming back'],
    );
    expect(en.keys.indexOf('skill-sew-setup')).toBeGreaterThanOrEqual(0);
    expect(en.keys.indexOf('skill-sew-setup')).toBeLessThan(en.keys.indexOf('skill-sew-test'));
    const ru = await tap(
      'skill',
      'сшить юбку по выкройке',
      'Шью на машинке шторы и наволочки уже пару лет, но одежду по выкройке ещё не шила.',
      'ru',
      ['Рукоделие'],
    );
    expect(ru.keys.indexOf('skill-sew-setup')).toBeLessThan(ru.keys.indexOf('skill-sew-test'));
    expect(ru.minutes[ru.keys.indexOf('skill-sew-test')]).toBeGreaterThanOrEqual(60);
    // A first-timer keeps the plan first.
    const near = await tap('skill', 'Learn to sew', "I've never used a sewing machine.", 'en', ['Knitting']);
    expect(near.keys[0]).toBe('skill-sew-plan');
  });

  it('makes a first portfolio piece after a finished course, not a course comparison', async () => {
    const en = await tap(
      'career',
      'move from nursing into UX design',
      "I'm 41, a nurse for 15 years. I've finished an online course in UX design but I have nothing to show employers.",
      'en',
      ['Switching to a field'],
    );
    expect(en.keys).toContain('car-sw-sample');
    expect(en.keys).not.toContain('car-sw-route');
    const ru = await tap(
      'career',
      'перейти из продаж в аналитику данных',
      'Мне 30, работаю менеджером по продажам. Закончила курсы по SQL и Python, но работ для резюме пока нет.',
      'ru',
      ['Переход в уже выбранную сферу'],
    );
    expect(ru.keys).toContain('car-sw-sample');
    expect(ru.keys).not.toContain('car-sw-route');
    // Still under way: the rest of the course planned (fix47H), no sample step.
    const near = await tap(
      'career',
      'перейти в веб-дизайнеры из бухгалтерии',
      'Мне 29, работаю бухгалтером. Уже прохожу курс по веб-дизайну, сделала два макета. Хочу через полгода работать дизайнером.',
      'ru',
      ['Переход в уже выбранную сферу'],
    );
    expect(near.keys).not.toContain('car-sw-sample');
  });

  it('plans home cooking in place of delivery, with no "half the old volume" or floss by the toothbrush', async () => {
    const en = await tap(
      'habit',
      'cook dinner at home instead of ordering Uber Eats',
      "We order food almost every night. I can cook, I'm just wiped out after work. Our kitchen only has a small hob.",
      'en',
      ['New habit', 'Coming back'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hab-cook-dishes', 'hab-cook-days']);
    expect(en.keys).not.toContain('hab-03');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'меньше заказывать еду, больше готовить дома',
      'Заказываем доставку еды три-четыре раза в неделю. Готовить умею, но после работы сил нет.',
      'ru',
      ['Новая привычка', 'Возвращаюсь'],
    );
    expect(ru.keys).toContain('hab-cook-ahead');
    expect(ru.keys).not.toContain('hab-03');
    // A habit that is not cooking keeps its own steps.
    const near = await tap('habit', 'Drink more water', 'I forget to drink during the day at work.');
    expect(near.keys).not.toContain('hab-cook-dishes');
  });

  it('plans the pet’s journey and the owner’s yes, not a search, when the home abroad is already found', async () => {
    const en = await tap(
      'moving',
      'Move to Lisbon with our dog',
      "We've already found a flat in Lisbon for September. Our dog is a 30 kg retriever and I have no idea how to get him there.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-pet-travel');
    expect(en.keys).not.toContain('abroad-pet-stay');
    const ru = await tap(
      'moving',
      'переехать в Тбилиси с кошкой',
      'Квартиру в Тбилиси уже сняли, переезжаем в октябре. Как везти кошку, пока не понимаю.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).toContain('abroad-pet-travel');
    expect(ru.keys).not.toContain('abroad-pet-stay');
    // No home yet: one that takes the pet is still found first.
    const near = await tap(
      'moving',
      'Move to Lisbon with our dog',
      "We haven't found anywhere to live yet. Our dog is a 30 kg retriever.",
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-pet-stay');
  });

  it('puts the book a student’s exam is on first, with no next book, season’s challenge or library card', async () => {
    const en = await tap(
      'reading',
      'actually read the sociology books I bought',
      "I'm doing a part-time degree. There's a stack of books on my desk and an exam on Goffman in March, but I fall asleep after a page.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-study-first', 'read-study-questions', 'read-study-notes']);
    expect(en.keys).not.toContain('read-challenge');
    expect(en.keys).not.toContain('read-library');
    const ru = await tap(
      'reading',
      'прочитать учебники по истории искусства',
      'Учусь на втором курсе заочно, к сессии надо прочитать Гомбриха, а я всё откладываю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-study-first');
    // Reading for pleasure: no exam steps.
    const near = await tap(
      'reading',
      'read more novels',
      'I used to read a lot and want to get back to it, maybe one a month.',
    );
    expect(near.keys).not.toContain('read-study-first');
  });
});
