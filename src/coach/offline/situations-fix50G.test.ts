import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50G)', () => {
  it('starts someone with next to nothing of the language at lesson one: no level test, no unprepared monologue', async () => {
    const en = await tap(
      'language',
      'Portuguese for my new job at the marina',
      "Took Portuguese for a year at uni ages ago and I've forgotten everything. The boat owners and mechanics mostly speak it.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).toContain('lang-zero-start');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    expect(en.texts.join(' ')).not.toMatch(/without preparing/);
    const ru = await tap(
      'language',
      'немецкий хотя бы на базовом уровне',
      'Работаю на стройке под Мюнхеном, с бригадой говорю по-русски, а в магазине и с мастером я как немой.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).toContain('lang-zero-start');
    expect(ru.keys).toContain('lang-zero-phrases');
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-16');
    // Some of it still there: the comeback path keeps its level test or its "not from zero".
    const near = await tap(
      'language',
      'get back into Spanish',
      'I did Spanish at school and can still get by ordering food, I want to pick it up again.',
      'en',
      ['Coming back to it after a break'],
    );
    expect(near.keys).not.toContain('lang-zero-start');
    expect(near.keys.some((key) => key === 'lang-15' || key === 'lang-24')).toBe(true);
  });

  it('prepares a shop or café job interview from the place itself, not a posting and company news', async () => {
    const en = await tap(
      'interview',
      'interview for a part-time job at a coffee shop',
      "I'm 17 and it's my first interview, the manager just said to pop in on Tuesday.",
      'en',
    );
    expect(en.keys).toContain('intv-casual-place');
    expect(en.keys).toContain('intv-casual-answers');
    expect(en.keys).not.toContain('intv-02');
    expect(en.keys).not.toContain('intv-01');
    const ru = await tap(
      'interview',
      'собеседование официанткой в кафе у дома',
      'Мне 18, раньше нигде не работала, собеседование в субботу.',
      'ru',
    );
    expect(ru.keys).toContain('intv-casual-place');
    expect(ru.keys).not.toContain('intv-02');
    // An office role at a company: the organisation is still researched.
    const near = await tap(
      'interview',
      'interview for a graduate analyst role at a bank',
      'My first proper interview, two rounds, the first one is next week.',
      'en',
    );
    expect(near.keys).toContain('intv-02');
    expect(near.keys).not.toContain('intv-casual-place');
  });

  it('readies a room for a child coming to live with the family from the agency checklist, not "decide what it is for"', async () => {
    const en = await tap(
      'home',
      'turn the box room into a bedroom for the child we are adopting',
      'The adoption panel is in two months and the box room is full of old suitcases and tools.',
      'en',
      ['Setting a room up for a new use'],
    );
    expect(en.keys[0]).toBe('home-child-check');
    expect(en.keys).toContain('home-child-ready');
    expect(en.keys).not.toContain('home-room-purpose');
    expect(en.keys).not.toContain('home-room-arrange');
    const ru = await tap(
      'home',
      'обустроить свободную комнату для приёмного ребёнка',
      'Скоро к нам приедет приёмный ребёнок, а комната забита коробками и старой мебелью.',
      'ru',
      ['Обустроить комнату под новое назначение'],
    );
    expect(ru.keys).toContain('home-child-check');
    expect(ru.keys).not.toContain('home-room-arrange');
    // A room for grown-up guests: the ordinary setting-up path.
    const near = await tap(
      'home',
      'turn the spare room into something usable',
      'It is full of boxes, I think a guest room or a place to work.',
      'en',
      ['Setting a room up for a new use'],
    );
    expect(near.keys).toContain('home-room-arrange');
    expect(near.keys).not.toContain('home-child-check');
  });

  it('gives the first storage piece a session long enough to assemble it', async () => {
    const ru = await tap(
      'home',
      'некуда девать одежду в студии',
      'Квартира 20 метров, шкафа нет, вещи лежат в сумках.',
      'ru',
      ['Негде хранить вещи'],
    );
    expect(ru.keys).toContain('home-store-first');
    expect(ru.texts.join(' ')).toMatch(/заказана или привезена/);
  });

  it('starts a language test retake from the last scores, not from finding the format and the date', async () => {
    const en = await tap(
      'exam',
      'TOEFL for my masters, need 100',
      'I took it in March and got 92, speaking was the lowest. My second go is in June.',
      'en',
      ['The language test'],
    );
    expect(en.keys).not.toContain('exam-official');
    expect(en.keys).not.toContain('exam-material');
    expect(en.keys).toContain('exam-lang-sections');
    const ru = await tap(
      'exam',
      'сдать DELE B2 для университета',
      'Первая попытка была весной, не хватило баллов за письменную часть. Снова записалась на ноябрь.',
      'ru',
      ['Экзамен по языку'],
    );
    expect(ru.keys).not.toContain('exam-official');
    // Never sat: the official format comes first.
    const near = await tap(
      'exam',
      'TOEFL for my masters, need 100',
      'Never taken it, the exam is in June and I study after work.',
      'en',
      ['The language test'],
    );
    expect(near.keys).toContain('exam-official');
  });

  it('names the aching spot in the physio check for a runner with no injection', async () => {
    const ru = await tap(
      'sport',
      'пробежать первый марафон весной',
      'Бегаю третий год, четыре раза в неделю, после длинных иногда ноет колено, но быстро проходит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.texts[0]).toMatch(/места, которое болит или ноет/);
    expect(ru.texts[0]).not.toMatch(/сустава, который лечат/);
    const en = await tap(
      'sport',
      'run my first marathon in the autumn',
      'Running for three years, four times a week. My knee aches after long runs but settles in a day.',
      'en',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.texts[0]).not.toMatch(/treated joint/);
    // An injection named: the check keeps its caution about it.
    const near = await tap(
      'sport',
      'run my first marathon in the autumn',
      'Running for three years. Had a cortisone shot in my knee in the spring.',
      'en',
    );
    expect(near.keys[0]).toBe('sport-injury-check');
    expect(near.texts[0]).toMatch(/injection/);
  });
});
