import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
describe('the fifty-first blind read (fix52I: sleep, reading, fitness, writing, habit)', () => {
  it('gives a whole set already on the shelf a checklist from the shelf, no library holds; a list to borrow keeps them', async () => {
    const ru = await tap(
      'reading',
      'прочитать всего Чехова, что осталось от деда',
      'Мне 45. От деда осталось собрание, целая полка, стоят пылятся. Хочу за год пройти всё собрание.',
      'ru',
      ['Чтение', 'Прочитать заданный'],
    );
    expect(ru.keys).toContain('read-list-own');
    expect(ru.keys).not.toContain('read-list-get');
    expect(ru.keys).not.toContain('read-list-order');
    expect(ru.texts.join(' ')).not.toMatch(/библиотек/i);
    const en = await tap(
      'reading',
      'read all of Dickens on my shelf',
      "I'm 58. My late father's collection of Dickens has been gathering dust for years. I want to read all his novels in two years.",
      'en',
      ['A set list'],
    );
    expect(en.keys).toContain('read-list-own');
    expect(en.texts.join(' ')).not.toMatch(/reserve|library/i);
    const near = await tap(
      'reading',
      'прочитать все книги из списка литературы к осени',
      'Мне 17, в списке литературы двенадцать книг, дома нет ни одной.',
      'ru',
      ['Прочитать заданный'],
    );
    expect(near.keys).toContain('read-list-get');
    expect(near.keys).not.toContain('read-list-own');
  });

  it('gives a set yearly count of books the catch-up pace and no new challenge; an active reader with no count keeps the challenge', async () => {
    const en = await tap(
      'reading',
      'hit my goal of 30 books this year',
      "I'm 41 and only four books in, and it's already August. I read on my lunch break most days.",
      'en',
      [],
    );
    expect(en.keys).toContain('read-target-pace');
    expect(en.keys).not.toContain('read-challenge');
    const ru = await tap(
      'reading',
      'прочитать 24 книги в этом году',
      'Уже сентябрь, а прочитано только семь. Читаю каждый вечер по полчаса, хочу догнать.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('read-target-pace');
    expect(ru.keys).not.toContain('read-challenge');
  });

  it('reads life at sea named as past as no trip to load books for; a sailor leaving for months keeps it', async () => {
    const en = await tap(
      'reading',
      'start reading again, I nod off after a few pages',
      "I'm 66, a retired sailor. I used to read on board for months, but since I came ashore I barely finish anything. I read a couple of pages after dinner and wake up an hour later.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('read-away-load');
    expect(en.keys).not.toContain('read-away-check');
    expect(en.texts.join(' ')).not.toMatch(/flight mode|e-reader/i);
    const ru = await tap(
      'reading',
      'снова начать читать книги',
      'Мне 63, бывший моряк. Когда ходил в море, читал много, а сошёл на берег — ни одной книги за пять лет.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('read-away-load');
    const near = await tap(
      'reading',
      'read on my next trip at sea',
      "I'm 30, an engineer on a tanker. Next month I'm at sea for four months with no internet and want books for the trip.",
      'en',
      [],
    );
    expect(near.keys).toContain('read-away-load');
  });

  it('gives one 24-hour shift at a time a short recovery sleep and one clock for days off, not the run-of-nights plan; night shifts keep it', async () => {
    const ru = await tap(
      'sleep',
      'прийти в себя после суточных дежурств',
      'Мне 30, медсестра в реанимации, работаю сутки через двое. После дежурства сплю до ночи, а потом не могу уснуть.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('sleep-24h-recover');
    expect(ru.keys).not.toContain('sleep-shiftwork-plan');
    const en = await tap(
      'sleep',
      'recover properly after my 24-hour shifts',
      "I'm 27, a firefighter on 24-hour shifts. I get home at 8am, sleep till dark and then lie awake all night.",
      'en',
      ['Working night shifts'],
    );
    expect(en.keys).toContain('sleep-24h-recover');
    expect(en.keys).not.toContain('sleep-shiftwork-plan');
    const near = await tap(
      'sleep',
      'sleep better between night shifts',
      "I'm 35, a nurse working four night shifts in a row, 8pm to 8am, and I can't sleep in the day.",
      'en',
      ['Working night shifts'],
    );
    expect(near.keys).toContain('sleep-shiftwork-plan');
    expect(near.keys).not.toContain('sleep-24h-recover');
  });
});

describe('the fifty-first blind read, more (fix52I)', () => {
  it('finds the quiet hours before the first session back for someone embarrassed to return; a plain comeback keeps the restart session', async () => {
    const en = await tap(
      'fitness',
      'back to the gym after two years away, nervous about going',
      "I'm 38. I used to lift three times a week, then a new job came and I stopped. I still pay for a membership but feel embarrassed to walk in.",
      'en',
      ['Coming back', 'Feeling watched'],
    );
    expect(en.keys).not.toContain('fit-24');
    expect(en.keys.indexOf('fit-watched-quiet')).toBeGreaterThanOrEqual(0);
    expect(en.keys.indexOf('fit-24-quiet')).toBeGreaterThan(en.keys.indexOf('fit-watched-quiet'));
    const ru = await tap(
      'fitness',
      'вернуться в тренажёрный зал после перерыва',
      'Мне 33, раньше ходил в зал три раза в неделю, два года не был. Абонемент купил, но стыдно идти, все смотрят.',
      'ru',
      ['Возвращаюсь', 'Неловко тренироваться'],
    );
    expect(ru.keys).not.toContain('fit-24');
    expect(ru.keys.indexOf('fit-24-quiet')).toBeGreaterThan(ru.keys.indexOf('fit-watched-quiet'));
    const near = await tap(
      'fitness',
      'get back to the gym after a long break',
      "I'm 40. I trained for years and stopped three years ago when the kids were born.",
      'en',
      ['Coming back'],
    );
    expect(near.keys).toContain('fit-24');
  });

  it('builds sets from the full reps someone already does, no wall push-ups; someone with none keeps the easiest version', async () => {
    const ru = await tap(
      'fitness',
      'подтягиваться 10 раз к поступлению в училище',
      'Мне 17, пока только 3 раза. Турник есть во дворе, денег на секцию нет.',
      'ru',
      ['Больше отжиманий'],
    );
    expect(ru.keys).toContain('fit-reps-sets');
    expect(ru.keys).not.toContain('fit-reps-test');
    expect(ru.texts.join(' ')).not.toMatch(/стен|столешниц/i);
    const near = await tap('fitness', 'do my first pull-up', "I'm 30 and I can't do a single pull-up yet.", 'en', [
      'Building up',
    ]);
    expect(near.keys).toContain('fit-reps-test');
    expect(near.keys).not.toContain('fit-reps-sets');
  });

  it('gives an elder’s recorded stories no free-writing after the recordings', async () => {
    const en = await tap(
      'writing',
      "record my nan's stories about the war and write them up",
      "I'm 20. My nan is 91 and tells stories about the war and the farm. I want to record her and write them up for the family.",
      'en',
      ['Writing', 'Just starting'],
    );
    expect(en.keys).not.toContain('write-01');
    const ru = await tap(
      'writing',
      'записать рассказы бабушки о её детстве',
      'Мне 25. Бабушке 88, она рассказывает про деревню и войну. Хочу записать её на телефон и перепечатать для семьи.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('write-01');
  });

  it('gives a booklet its brief first and a page count from the plan, not 16–24 pages', async () => {
    const ru = await tap(
      'writing',
      'сделать брошюру об истории нашей улицы к юбилею',
      'Мне 58. В следующем году улице 100 лет, хочу сделать брошюру страниц на пятьдесят с фотографиями, но не знаю, как собрать всё в текст.',
      'ru',
      ['Зин или брошюра'],
    );
    expect(ru.keys[0]).toBe('write-zine-brief');
    expect(ru.keys).not.toContain('write-brief');
    expect(ru.texts.join(' ')).not.toMatch(/16, 20 или 24/);
    const en = await tap(
      'writing',
      "make a printed booklet about our walking group's trips",
      "I'm 64. I want a booklet of about 40 pages with photos and short write-ups of our trips for the members, but I don't know how to put it together.",
      'en',
      ['A zine or booklet'],
    );
    expect(en.keys[0]).toBe('write-zine-brief');
    expect(en.texts.join(' ')).not.toMatch(/16, 20 or 24/);
  });

  it('parks the phone for the time with a child, not overnight outside the bedroom; less phone before sleep keeps the charger step', async () => {
    const ru = await tap(
      'habit',
      'каждый вечер играть с дочкой полчаса без телефона в руках',
      'Мне 30. Прихожу с работы и вместо игры сижу в телефоне, а дочь просит поиграть.',
      'ru',
      ['Только начинаю', 'Меньше времени'],
    );
    expect(ru.keys).toContain('hab-phone-park');
    expect(ru.keys).not.toContain('hab-screen-bedroom');
    const en = await tap(
      'habit',
      'read to my son every night, phone-free',
      "I'm 34. I promise him a story but end up scrolling social media while he watches cartoons.",
      'en',
      ['Just starting', 'Less phone'],
    );
    expect(en.keys).toContain('hab-phone-park');
    expect(en.keys).not.toContain('hab-screen-bedroom');
    const near = await tap(
      'habit',
      'меньше сидеть в телефоне перед сном',
      'Мне 27. Листаю соцсети в кровати до часу ночи.',
      'ru',
      ['Только начинаю', 'Меньше времени'],
    );
    expect(near.keys).toContain('hab-screen-bedroom');
    expect(near.keys).not.toContain('hab-phone-park');
  });
});
