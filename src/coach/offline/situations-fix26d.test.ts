import { describe, expect, it } from 'vitest';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const firstFive = tapThrough(shippedOfflineCoach().coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26d)', () => {
  it('counts profit per hour per student or client for someone selling their time — not items, materials and fuel', async () => {
    const en = await firstFive(
      'business',
      'Make my home tutoring pay properly',
      'I tutor nine kids in chemistry after my day job, £20 an hour.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).toContain('biz-price-hour-time');
    expect(en.keys).not.toContain('biz-price-hour');
    const ru = await firstFive(
      'business',
      'Превратить репетиторство по английскому в нормальный доход',
      'Веду восемь учеников по скайпу уже два года.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('biz-price-hour-time');
    expect(ru.keys).not.toContain('biz-price-hour');
    // Someone selling goods keeps the per-item count.
    const goods = await firstFive(
      'business',
      'Turn my furniture flipping into a proper side business',
      "I've done about 12 in the last year at roughly £80 profit each.",
      'en',
      ['Already doing it, want to get better'],
    );
    expect(goods.keys).toContain('biz-price-hour');
    expect(goods.keys).not.toContain('biz-price-hour-time');
  });

  it('asks why a payment stopped before any deadline, eligibility check or form', async () => {
    const en = await firstFive(
      'admin',
      'Get my state pension paid again',
      'It was suspended after I moved to Spain and nobody explains it.',
    );
    expect(en.keys[0]).toBe('adm-stop-why');
    expect(en.keys).toContain('adm-stop-log');
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys).not.toContain('adm-01-open');
    const ru = await firstFive(
      'admin',
      'Разобраться, почему перестала приходить пенсия',
      'Переехала к дочери в Казахстан, и с весны выплат нет.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-stop-why');
    expect(ru.keys).not.toContain('adm-ben-check');
    // A new claim keeps the eligibility check.
    const claim = await firstFive('admin', 'Claim pension credit for my mother', 'She is 81 and lives alone.', 'en', [
      'Claiming a benefit or allowance',
    ]);
    expect(claim.keys).toContain('adm-ben-check');
    expect(claim.keys).not.toContain('adm-stop-why');
  });

  it('replaces every document lost at once in order, ID first — not one deadline or travel dates', async () => {
    const en = await firstFive(
      'admin',
      'Replace our papers after the flood',
      'The ground floor flooded; passports, birth certificates and the car logbook are gone.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['adm-lost-list', 'adm-lost-proof', 'adm-lost-order']);
    expect(en.keys).not.toContain('adm-pass-dates');
    expect(en.keys).not.toContain('adm-01');
    const ru = await firstFive(
      'admin',
      'Восстановить документы после кражи',
      'В электричке украли сумку: паспорт, СНИЛС и права.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-lost-list');
    expect(ru.keys).toContain('adm-lost-order');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // A passport running out keeps its ordinary path.
    const renew = await firstFive('admin', 'Renew my passport', 'It runs out in May.');
    expect(renew.keys).not.toContain('adm-lost-list');
  });

  it('asks for "the exact deadline" only when the goal gives a date', async () => {
    const en = await firstFive('admin', 'Get a criminal record certificate', 'A new employer asked for one.');
    expect(en.keys[0]).toBe('adm-01-open');
    expect(en.keys).not.toContain('adm-01');
    const ru = await firstFive('admin', 'Получить справку о несудимости', 'Нужна для новой работы.', 'ru');
    expect(ru.keys[0]).toBe('adm-01-open');
    expect(ru.text).not.toContain('точный срок');
    // A goal with a date keeps the deadline step.
    const dated = await firstFive('admin', 'Renew my driving licence', 'It expires on 14 March.');
    expect(dated.keys[0]).toBe('adm-01');
  });

  it("names Russia's benefit portals only as an example for a Russian speaker claiming elsewhere", async () => {
    const ru = await firstFive(
      'admin',
      'Оформить детское пособие в Германии',
      'Переехали в Берлин, двое детей.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys).toContain('adm-ben-check');
    expect(ru.text).toContain('в твоей стране');
    expect(ru.text).not.toMatch(/прочитай условия на Госуслугах/);
    const en = await firstFive(
      'admin',
      'Claim child benefit in Ireland',
      'We just moved to Cork with two kids.',
      'en',
      ['Claiming a benefit or allowance'],
    );
    expect(en.keys).toContain('adm-ben-check');
    expect(en.text).not.toContain('Gosuslugi');
    // Someone claiming in Russia still gets the check.
    const home = await firstFive('admin', 'Оформить детское пособие', 'Двое детей, живём в Самаре.', 'ru', [
      'Пособие, выплата или льгота',
    ]);
    expect(home.keys).toContain('adm-ben-check');
  });

  it('gives a history written from an archive for an anniversary its archive steps — not a channel or free-writing', async () => {
    const en = await firstFive(
      'writing',
      'Write up the history of our parish for the centenary',
      "I've only ever written the newsletter, and the old registers are in the vestry.",
      'en',
      ['A history of a church, school or village'],
    );
    expect(en.keys).toContain('write-hist-boxes');
    expect(en.keys).toContain('write-hist-timeline');
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    const ru = await firstFive(
      'writing',
      'Написать историю нашей школы к 50-летию',
      'Директор попросила, в архиве школы есть альбомы и старые журналы.',
      'ru',
      ['История храма, школы или села', 'Только начинаю'],
    );
    expect(ru.keys).toContain('write-hist-boxes');
    expect(ru.keys).not.toContain('write-01');
    // A memoir keeps its own path.
    const memoir = await firstFive('writing', 'Write a memoir of my childhood', 'For my grandchildren.');
    expect(memoir.keys.some((key) => key.startsWith('write-hist-'))).toBe(false);
  });

  it('never asks someone who has never written to reread an old piece', async () => {
    const ru = await firstFive(
      'writing',
      'Написать роман о жизни на Севере',
      'Раньше ничего, кроме открыток, не писала, но давно хочется.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).not.toContain('write-ret-old');
    const en = await firstFive(
      'writing',
      'Write a novel about my years at sea',
      "I kept a ship's log, but I've never written anything else.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).not.toContain('write-ret-old');
    // Someone who wrote before keeps it.
    const back = await firstFive(
      'writing',
      'Get back to writing short stories',
      'I wrote a lot at university and stopped ten years ago.',
    );
    expect(back.keys).toContain('write-ret-old');
  });

  it('plans the practice hour a learner says they have — not "10 minutes a day" — and the weeks to their date', async () => {
    const ru = await firstFive(
      'instrument',
      'Научиться играть на балалайке',
      'Могу заниматься по часу каждый вечер, хочу сыграть на свадьбе сестры в июне.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-02-hour');
    expect(ru.keys).toContain('inst-hour-weeks');
    expect(ru.keys).not.toContain('inst-02');
    expect(ru.text).not.toContain('10 минут практики');
    const en = await firstFive(
      'instrument',
      'Learn the mandolin',
      'I can give it an hour a day, no date in mind.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-02-hour');
    expect(en.keys).not.toContain('inst-hour-weeks');
    expect(en.keys).not.toContain('inst-02');
    expect(en.keys).not.toContain('inst-02-open');
    // No time stated: the short daily slot stays.
    const short = await firstFive('instrument', 'Learn the ukulele', 'Just for fun.', 'en', ['Just starting']);
    expect(short.keys).toContain('inst-02');
    expect(short.keys).not.toContain('inst-02-hour');
  });
});
