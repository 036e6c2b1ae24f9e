import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-sixth blind read, fixed in general (helper fix47H)', () => {
  it('plans the rest of a course already under way instead of comparing courses on a regulator’s pages', async () => {
    const en = await tap(
      'career',
      'switch from hospital admin into data analysis',
      "I'm 35 and I've done hospital admin for nine years. I'm halfway through a bootcamp in the evenings and I'd like an analyst role by summer.",
      'en',
      ['Switching to a field'],
    );
    expect(en.keys).toContain('car-sw-course');
    expect(en.keys).not.toContain('car-sw-route');
    const ru = await tap(
      'career',
      'перейти в веб-дизайнеры из бухгалтерии',
      'Мне 29, работаю бухгалтером. Уже прохожу курс по веб-дизайну, сделала два макета. Хочу через полгода работать дизайнером.',
      'ru',
      ['Переход в уже выбранную сферу'],
    );
    expect(ru.keys).toContain('car-sw-course');
    expect(ru.keys).not.toContain('car-sw-route');
    // No course named: the formal requirements are still found first.
    const near = await tap(
      'career',
      'move from retail into data analytics',
      "I'm 33 and have worked in retail for ten years. I like numbers and want to move into data analytics.",
      'en',
      ['Switching to a field'],
    );
    expect(near.keys).not.toContain('car-sw-course');
  });

  it('books the procedure the doctor recommended, with no general check-up booking', async () => {
    const en = await tap(
      'checkup',
      'get the endoscopy my GP referred me for',
      'My doctor wants me to have a gastroscopy because of the heartburn. I keep putting off booking it.',
      'en',
      ['An MRI, endoscopy'],
    );
    expect(en.keys).not.toContain('chk-gp-book');
    const near = await tap(
      'checkup',
      'Book a GP appointment',
      'I have not seen a doctor in three years and want a general check-up.',
    );
    expect(near.keys).toContain('chk-gp-book');
  });

  it('gives no daily evening check-in to a parent away from home most nights', async () => {
    const en = await tap(
      'family',
      'stop fighting with my daughter when I get home',
      "I'm a long haul driver, away most nights, and my 14-year-old daughter and I argue as soon as I'm back.",
      'en',
      ['Family'],
    );
    expect(en.keys).not.toContain('fam-26');
    const ru = await tap(
      'family',
      'перестать ссориться с сыном',
      'Я дальнобойщик, дома бываю только на выходных, и каждый раз мы с сыном ругаемся из-за учёбы.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-26');
  });

  it('plans one’s part at a family occasion only when one is named; an apology comes first when the hurt was one’s own words', async () => {
    const none = await tap(
      'family',
      'reconnect with my brother',
      "We haven't spoken in three years after an argument about money. I have his number but never call.",
      'en',
      ['Reconnecting'],
    );
    expect(none.keys).not.toContain('fam-estr-occasion');
    const ru = await tap(
      'family',
      'помириться с дочерью',
      'Мы не общаемся год. Я тогда наговорил лишнего про её мужа. Хочу написать ей, но боюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-sorry-write');
    expect(ru.keys).not.toContain('fam-20');
  });

  it('leaves the splits out of a single 50 m race, but keeps them for a 100 m', async () => {
    const en = await tap(
      'sport',
      'break 35 seconds in the 50 m freestyle at the club gala',
      'I swim four times a week with the masters squad; my best is 36.4.',
      'en',
      ['A race in the pool'],
    );
    expect(en.keys).not.toContain('sport-swim-splits');
    expect(en.keys).toContain('sport-swim-fifty');
    const near = await tap(
      'sport',
      'break 1:20 in the 100m freestyle at the club gala',
      'I swim four times a week with the masters squad; my best is 1:23.',
      'en',
      ['A race in the pool'],
    );
    expect(near.keys).toContain('sport-swim-splits');
    expect(near.keys).not.toContain('sport-swim-fifty');
  });

  it('sends no calm sentence to "whoever hurries you" when nobody does', async () => {
    const ru = await tap(
      'grief',
      'не могу разобрать вещи папы',
      'Папа умер осенью. Его комната так и стоит, я не могу заставить себя туда зайти.',
      'ru',
      ['Утрата', 'Разобрать вещи умершего'],
    );
    expect(ru.keys).not.toContain('grief-ready-pace');
    const near = await tap(
      'grief',
      "I can't face my husband's wardrobe",
      "He died in May. My daughter keeps telling me to give his clothes away, but I'm not ready.",
      'en',
      ['Sorting or clearing their things'],
    );
    expect(near.keys[0]).toBe('grief-ready-pace');
  });

  it('gives no last month’s sales table to someone who has not started selling', async () => {
    const en = await tap(
      'business',
      'start selling my jam at the farmers market',
      "I've been making plum jam for years and friends love it. I want to start selling it but don't know the rules.",
      'en',
      ['Selling food I make in jars'],
    );
    expect(en.keys).not.toContain('biz-numbers');
  });

  it('plans no day trip to a far clinic when there is a dentist in the village', async () => {
    const ru = await tap(
      'checkup',
      'сходить к стоматологу',
      'Живу в селе, стоматолог в селе есть, а до райцентра 60 км. Болит зуб уже месяц.',
      'ru',
      ['Стоматолог'],
    );
    expect(ru.keys).not.toContain('chk-far-trip');
    const near = await tap(
      'checkup',
      'сходить к стоматологу',
      'Живу в деревне, ближайшая стоматология в райцентре, автобус два раза в день.',
      'ru',
      ['Стоматолог'],
    );
    expect(near.keys).toContain('chk-far-trip');
  });

  it('drops fitness’s own doctor’s visit when the blood-pressure tablets taken now and then lead', async () => {
    const en = await tap(
      'fitness',
      'start walking so I can climb the stairs without puffing',
      "I'm 66 and overweight. I take my blood pressure tablets only when I remember.",
    );
    expect(en.keys[0]).toBe('hz-bpstop-doctor');
    expect(en.keys).not.toContain('fit-med-plan');
  });
});
