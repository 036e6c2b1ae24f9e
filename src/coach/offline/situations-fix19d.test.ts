import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the nineteenth blind read, fixed in general (helper fix19d)', () => {
  it('grows a channel still below the platform threshold before any money step', async () => {
    const en = await firstFive(
      'business',
      'Grow my budget camping gear YouTube channel to monetisation',
      "I've got 340 subscribers after a year of posting whenever I feel like it. I want to hit the 1,000 subscribers and 4,000 watch hours by next autumn and start earning from it.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['biz-ch-grow-target', 'biz-ch-grow-day']));
    expect(en.keys.some((key) => ['biz-ch-costs', 'biz-ch-money', 'biz-ch-support', 'biz-ch-kit'].includes(key))).toBe(
      false,
    );
    const ru = await firstFive(
      'business',
      'Выйти на монетизацию на ютубе',
      'Снимаю ролики про рыбалку, пока всего 500 подписчиков и 1200 часов просмотра, хочу к весне подключить партнёрскую программу.',
      'ru',
    );
    expect(ru.keys).toContain('biz-ch-grow-target');
    expect(ru.text).not.toMatch(/медиакит|страницу поддержки/);
    // A channel with an audience that wants to cover its costs keeps the money steps.
    const big = await firstFive(
      'business',
      'Make my podcast pay for itself',
      "I've been running it for two years, 3,000 listens an episode, and hosting and editing cost me 80 a month.",
    );
    expect(big.keys).toContain('biz-ch-kit');
  });

  it('gives a newsletter for a club or group issues, material and a list, not blog posts', async () => {
    const en = await firstFive(
      'writing',
      'Send out a monthly newsletter for our allotment society',
      "I volunteered at the AGM and now I have to actually do it. There are 120 members, nobody's given me any material yet, and the first issue has to go out in March.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-news-shape', 'write-news-ask', 'write-news-template']);
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    const ru = await firstFive(
      'writing',
      'Делать рассылку для родителей нашего класса',
      'Меня выбрали в родительский комитет, нужно раз в месяц рассказывать новости класса и напоминать о сборах.',
      'ru',
    );
    expect(ru.keys).toContain('write-news-ask');
    expect(ru.text).not.toMatch(/отложенную публикацию|журнал публикаций/);
    // A blog about one's own subject keeps the posting steps.
    const blog = await firstFive(
      'writing',
      'Start a gardening blog',
      'I want to post twice a week about my allotment.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
  });

  it('gives a quest, game or party script its frame, stations and a test, not posts or a screenplay', async () => {
    const ru = await firstFive(
      'writing',
      'Написать сценарий квеста для летнего лагеря',
      'Я вожатая, на смену в июле нужно придумать квест на весь день для детей 10–12 лет. Раньше писала только посты в ВК, а тут сюжет, загадки и чтобы никому не было скучно.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-event-frame', 'write-event-stations', 'write-event-mix']);
    expect(ru.keys.some((key) => key.startsWith('write-ch-') || key.startsWith('write-script-'))).toBe(false);
    const en = await firstFive(
      'writing',
      'Write a treasure hunt for my son’s 8th birthday party',
      'Twelve kids in the garden for two hours; I want clues that rhyme.',
    );
    expect(en.keys[0]).toBe('write-event-frame');
  });

  it('renews a card or permit already held without naturalisation conditions or a trip list', async () => {
    const en = await firstFive(
      'admin',
      'Renew my green card before it expires in June',
      "It runs out in June and I've moved address twice since I got it, so I'm not sure what I need to update first. I also want to travel to see family in Manila in the summer.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['adm-renew-when', 'adm-renew-address']));
    expect(en.keys.some((key) => key === 'adm-res-eligible' || key === 'adm-res-trips')).toBe(false);
    const ru = await firstFive(
      'admin',
      'Продлить ВНЖ в Сербии',
      'Срок заканчивается в октябре, за год сменила квартиру.',
      'ru',
    );
    expect(ru.keys).toContain('adm-renew-when');
    expect(ru.text).not.toMatch(/экзамен по языку/);
    // Citizenship keeps the conditions.
    const citizen = await firstFive('admin', 'Apply for British citizenship', 'I got settled status five years ago.');
    expect(citizen.keys).toContain('adm-res-eligible');
  });

  it('compares no business forms when the person has chosen one', async () => {
    const ru = await firstFive(
      'admin',
      'Встать на учёт как самозанятая',
      'Начала шить на заказ, заказчицы просят чеки. Приложение «Мой налог» скачала, но боюсь ошибиться и потом платить штрафы, хочу разобраться до конца месяца.',
      'ru',
    );
    expect(ru.keys).not.toContain('adm-reg-options');
    expect(ru.keys).toContain('adm-reg-register');
    const en = await firstFive(
      'admin',
      'Register as a sole trader',
      'I start taking dog-grooming clients next month and want to do it properly.',
    );
    expect(en.keys).not.toContain('adm-reg-options');
    // Not yet chosen: the comparison stays.
    const unsure = await firstFive(
      'admin',
      'Открыть ИП или самозанятость?',
      'Не знаю, что выбрать для репетиторства.',
      'ru',
    );
    expect(unsure.keys).toContain('adm-reg-options');
  });

  it('starts a player who already has a tune from it, and one with only a first sound from the sound', async () => {
    const en = await firstFive(
      'instrument',
      'Learn the harmonica well enough to busk at the Saturday market',
      "I've got a cheap C harmonica and can just about play Oh Susanna. I'd love to be able to do 20 minutes of blues on the high street by summer.",
    );
    expect(en.keys[0]).toBe('inst-tune-record');
    expect(en.keys.some((key) => ['inst-05', 'inst-07', 'inst-06', 'inst-08'].includes(key))).toBe(false);
    const ruTune = await firstFive(
      'instrument',
      'Играть на укулеле у костра',
      'Умею играть пару мелодий по видео, хочу научиться подпевать и играть песни в походе.',
      'ru',
    );
    expect(ruTune.keys).toContain('inst-tune-style');
    const ru = await firstFive(
      'instrument',
      'Научиться играть на варгане',
      'Купила якутский хомус на фестивале в Якутске, но пока получается только жужжание. Хочу к зиме сыграть что-то похожее на музыку, занимаюсь по вечерам.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['inst-sound-lesson', 'inst-sound-compare']);
    expect(ru.text).not.toMatch(/такт|ноты или табулатуру|тюнер/);
    const enSound = await firstFive(
      'instrument',
      'Get a tune out of my trumpet',
      'I practise every evening but I can only get a squeak out of it so far.',
    );
    expect(enSound.keys).toContain('inst-sound-lesson');
    expect(enSound.keys.some((key) => ['inst-05', 'inst-07', 'inst-06', 'inst-08'].includes(key))).toBe(false);
    // A beginner with nothing yet keeps the first lesson.
    const cello = await firstFive('instrument', 'Learn the cello as an adult', "I've never played an instrument.");
    expect(cello.keys).toContain('inst-05');
  });

  it('opens any other piece of writing with its brief, not a channel or word-count log', async () => {
    const en = await firstFive(
      'writing',
      'Write the annual report for our charity',
      'The trustees need it for the AGM in October.',
    );
    expect(en.keys[0]).toBe('write-brief');
    expect(en.keys).not.toContain('write-03');
    const ru = await firstFive(
      'writing',
      'Написать пьесу для нашего любительского театра',
      'Премьера весной, актёров восемь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-brief');
    // A novel still free-writes.
    const novel = await firstFive('writing', 'Write a novel', "I've always wanted to.");
    expect(novel.keys).toContain('write-01');
  });
});
