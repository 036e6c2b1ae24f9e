import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54G: careers into IT', () => {
  it('gives a switch into help desk or testing the entry certificate picked up where it stopped, not a regulator’s licence; nursing keeps the regulator', async () => {
    const en = await tap(
      'career',
      'leave the warehouse for an IT support job this year',
      'I am 31 and pick orders in a warehouse. Everyone at home asks me to sort out their laptops. I began the Google IT Support course in spring and dropped it after three modules. I work early shifts.',
      'en',
      ['Switching'],
    );
    expect(en.keys).toContain('car-it-cert');
    expect(en.keys).not.toContain('car-sw-route');
    expect(en.texts.join(' ')).not.toMatch(/regulator/);
    const ru = await tap(
      'career',
      'перейти в тестировщики в этом году',
      'Мне 27, работаю продавцом в магазине электроники. Полгода назад начала курс по тестированию и бросила на середине. Работаю два через два.',
      'ru',
      ['Переход'],
    );
    expect(ru.keys).toContain('car-it-cert');
    expect(ru.keys).not.toContain('car-sw-route');
    const near = await tap(
      'career',
      'switch to nursing from retail',
      'I am 33 and manage a clothes shop. I want to retrain as a nurse and do not know which course is recognised.',
      'en',
      ['Switching', 'Qualifying'],
    );
    expect(near.keys).not.toContain('car-it-cert');
    expect(near.keys).not.toContain('car-it-roles');
  });

  it('gives someone set on IT but not the role the entry doors compared, not ten roles for former …; an open career change keeps the options search', async () => {
    const en = await tap(
      'career',
      'change careers from hospitality to an IT job',
      'I am 29, a bar manager for six years. I did a year of software engineering at college and some free Python and SQL courses, but I have no idea which jobs I could actually get.',
      'en',
      [],
    );
    expect(en.keys).toContain('car-it-roles');
    expect(en.keys).not.toContain('car-ch-options');
    expect(en.keys).not.toContain('car-ch-skills');
    const ru = await tap(
      'career',
      'уйти из бухгалтерии в айти после 35',
      'Мне 37, двенадцать лет работаю бухгалтером, хорошо знаю Excel, прошла бесплатный курс по SQL. Не понимаю, куда реально идти — в аналитику или в тестирование, — и хочу найти первую подработку, не уходя с работы.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('car-it-roles');
    expect(ru.keys).not.toContain('car-ch-options');
    const near = await tap(
      'career',
      'уйти из школы, но не знаю куда',
      'Мне 41, двадцать лет учитель начальных классов. Устала, хочу сменить профессию, но не понимаю, кем ещё могу работать.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('car-it-roles');
    expect(near.keys).not.toContain('car-it-have');
  });
});

describe('the fifty-third blind read, helper fix54G: friends', () => {
  it('keeps a board-game player at the table for all five steps and drops own-language chats named as no help; without games those chats stay', async () => {
    const en = await tap(
      'social',
      'find a regular board game group in my new city',
      'I moved to Leeds for work last spring, I work from home and I am quite shy. I have a cupboard of Eurogames and nobody to play them with.',
      'en',
      [],
    );
    expect(en.keys.filter((key) => key.startsWith('soc-table-'))).toHaveLength(5);
    expect(en.keys).not.toContain('soc-09');
    expect(en.keys).not.toContain('soc-12');
    const ru = await tap(
      'social',
      'собрать людей для настолок в Тбилиси',
      'Мне 33, два года как переехали с мужем в Тбилиси, работаю удалённо. В русскоязычных чатах в основном обсуждают квартиры и визы. Очень не хватает наших вечеров с настолками, хочу играть хотя бы раз в неделю.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('soc-table-find');
    expect(ru.keys).toContain('soc-table-regular');
    expect(ru.keys).not.toContain('soc-tongue-find');
    expect(ru.keys).not.toContain('soc-tongue-post');
    const near = await tap(
      'social',
      'найти русскоязычных подруг в Белграде',
      'Мне 30, переехала год назад, сижу дома с малышом и хочу общаться с русскоговорящими мамами.',
      'ru',
      [],
    );
    expect(near.keys).toContain('soc-tongue-find');
    expect(near.keys).not.toContain('soc-table-regular');
  });

  it('reads friends who are not coworkers as friends outside work, and suggests no colleague for the plan; small talk at work stays', async () => {
    const en = await tap(
      'social',
      'meet people who arent my colleagues',
      'I am 27 and moved to a small town for a job at the clinic. Everyone I know here is from work.',
      'en',
      [],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Small talk with colleagues');
    expect(en.texts.join(' ')).not.toMatch(/a colleague/);
    const ru = await tap(
      'social',
      'найти друзей, помимо коллег',
      'Мне 29, год назад переехал в Казань, общаюсь только с людьми с работы.',
      'ru',
      [],
    );
    expect(ru.texts.join(' ')).not.toMatch(/коллеге/);
    const near = await tap(
      'social',
      'be less awkward with my new colleagues',
      'I started a new job a month ago and I never know what to say at team lunch.',
      'en',
      ['Small talk'],
    );
    expect(near.keys.some((key) => key.startsWith('soc-work-'))).toBe(true);
  });
});

describe('the fifty-third blind read, helper fix54G: languages', () => {
  it('asks a man to learn from his wife’s side, never from a «золовка»', async () => {
    const ru = await tap(
      'language',
      'выучить армянский, чтобы понимать родню жены',
      'Мне 34, жена армянка, её родители между собой говорят только по-армянски. Знаю пару слов. Хочу на свадьбе её брата хоть что-то сказать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-inlaw-teacher');
    expect(ru.texts.join(' ')).not.toMatch(/золовк/);
    const en = await tap(
      'language',
      'learn Tagalog to talk to my in-laws',
      'My wife is from Cebu and her parents speak Tagalog at home. I know a few words.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-inlaw-teacher');
  });

  it('takes a goal put under "Something else" to the language kind when a school taught in that language is named; plain homework help stays generic', async () => {
    const en = await tap(
      'generic',
      'keep up with my son’s homework in Irish',
      'He started at an Irish-medium primary in September and I only did a bit of Irish at school decades ago. I work shifts.',
      'en',
      ['Just starting', 'Following'],
    );
    expect(en.keys.some((key) => key.startsWith('lang-school-'))).toBe(true);
    const ru = await tap(
      'generic',
      'помогать дочке с уроками на татарском',
      'Дочь пошла в гимназию, в школу с обучением на татарском языке, а я по-татарски почти не говорю.',
      'ru',
      ['Только начинаю', 'Понимать школьные'],
    );
    expect(ru.keys).toContain('lang-school-ask');
    const near = await tap(
      'generic',
      'help my son with his maths homework',
      'He is in year 5 and I never liked maths.',
      'en',
      [],
    );
    expect(near.keys.some((key) => key.startsWith('lang-'))).toBe(false);
  });
});

describe('the fifty-third blind read, helper fix54G: trips', () => {
  it('traces the family village and finds a local guide before a roots trip is booked; an ordinary trip abroad keeps its booking steps', async () => {
    const en = await tap(
      'travel',
      'visit the town in Ghana where my grandmother was from',
      'I am 40 and live in Manchester. My grandmother left Ghana in 1958; I have her birth certificate with a town near Kumasi and two family names. I want to go next spring for ten days and meet anyone who remembers her.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-roots-trace');
    expect(en.keys).toContain('trip-roots-guide');
    const at = (key: string) => en.keys.indexOf(key);
    expect(at('trip-roots-trace')).toBeLessThan(at('trip-book-first'));
    if (en.keys.includes('trip-bed')) expect(at('trip-roots-guide')).toBeLessThan(at('trip-bed'));
    const ru = await tap(
      'travel',
      'съездить на родину деда в Карпаты',
      'Мне 45, живу в Самаре. Дед был из села под Ужгородом, от него остались письма и пара фамилий. Хочу летом поехать на неделю и найти родственников.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('trip-roots-trace');
    const near = await tap(
      'travel',
      'first trip to Morocco',
      'I am 30 and have never been to Africa. Ten days next autumn, Marrakech and the coast.',
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).not.toContain('trip-roots-trace');
  });

  it('readies the car for frost and a stop on a frozen road for a winter drive, not a solo traveller’s evenings; a nervous city break keeps the evenings plan', async () => {
    const ru = await tap(
      'travel',
      'зимой на машине в Карелию с семьёй',
      'Мне 38, едем вчетвером из Москвы в январе на своей «Гранте». Боюсь, что в мороз машина не заведётся и мы встанем на трассе.',
      'ru',
      ['Путешествие на машине'],
    );
    expect(ru.keys).toContain('road-winter-car');
    expect(ru.keys).toContain('road-winter-stuck');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('road-car');
    const en = await tap(
      'travel',
      'winter road trip to Lapland',
      'We are driving from Helsinki up to Lapland in February with our two kids. I am nervous about icy roads and the car breaking down in the cold.',
      'en',
      ['A road trip'],
    );
    expect(en.keys).toContain('road-winter-car');
    expect(en.keys).not.toContain('trip-safe-evenings');
    const near = await tap(
      'travel',
      'first solo trip to Prague',
      'I am 26 and going alone for four days in March. I am nervous about being out alone in the evenings.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('road-winter-car');
    expect(near.keys).toContain('trip-safe-evenings');
  });

  it('reads a parent who cannot walk for long or climb stairs in any word order as a mobility need', async () => {
    const ru = await tap(
      'travel',
      'свозить папу на море',
      'Папе 78, после инсульта долго ходить он не может, по лестницам тоже. Хотим в сентябре на неделю, без долгих переходов.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('access-room');
    expect(ru.keys).not.toContain('trip-bed');
    const en = await tap(
      'travel',
      'take my mum to the coast for a week',
      'She is 80 and with her knees she can’t walk for long any more. We want a quiet week in June.',
      'en',
      [],
    );
    expect(en.keys).toContain('access-room');
    const near = await tap(
      'travel',
      'поход по Алтаю с друзьями',
      'Мне 30, любим долго ходить пешком, хотим неделю с палатками в августе.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('access-room');
  });
});
