import { describe, expect, it } from 'vitest';
import { talkWith, tapping } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

const talk = (kind: string, title: string, description: string, locale: 'en' | 'ru', taps: string[]) =>
  talkWith(coach)(kind, title, description, locale, tapping(taps));

const QUIT_DATE = /quit date|дату отказа/i;

describe('the twenty-second blind read, fixed in general (helper fix22c)', () => {
  it('gives no level test to someone who names a level passed at an exam', async () => {
    const en = await talk(
      'language',
      'Stop freezing when people answer my French at the bakery in Lyon',
      'Moved here four months ago and passed B1 before leaving. I can read emails fine but when anyone speaks at normal speed I just nod and say merci.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys).not.toContain('lang-15');
    expect(en.text).not.toMatch(/level test/i);
    expect(en.keys).toContain('lang-18');
    const ru = await talk(
      'language',
      'Перестать теряться, когда немцы отвечают мне быстро',
      'Живу в Мюнхене год, сдала B2 по немецкому в прошлом году, но в магазине на быстрой речи зависаю.',
      'ru',
      ['Уже'],
    );
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.text).not.toMatch(/тест на уровень/);
    // A level not yet known keeps the test.
    const unknown = await firstFive(
      'language',
      'Improve my Italian',
      'I did a few months of classes last year and want to chat with my in-laws.',
    );
    expect(unknown.keys[0]).toBe('lang-15');
  });

  it('teaches a new alphabet letters, real signs spelled out and a plan of the characters — no level test and no "ten words you know by ear"', async () => {
    const ru = await talk(
      'language',
      'Выучить грузинский алфавит и начать читать вывески',
      'Переехали в Батуми полгода назад, по-грузински знаю только «гамарджоба» и «мадлоба». Хочу хотя бы понимать, что написано на маршрутках и в аптеке.',
      'ru',
      ['Выучить алфавит'],
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'lang-script-chart',
      'lang-script-app',
      'lang-script-words',
      'lang-script-week',
    ]);
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.text).not.toMatch(/Распланируй письменность|знаешь на слух|тест на уровень/);
    expect(ru.text).toMatch(/Распиши по неделям, как будешь учить знаки/);
    expect(ru.text).toMatch(/вывеск/);
    const en = await firstFive(
      'language',
      'Learn to read Korean hangul',
      'I understand a bit from K-dramas, about A2.',
    );
    expect(en.keys).not.toContain('lang-15');
    expect(en.text).toMatch(/Plan learning the characters week by week/);
    expect(en.text).not.toMatch(/words you already know by ear/);
  });

  it('reads bare "Gaelic" as Scottish Gaelic, and "Irish Gaelic" («ирландский гэльский») as Irish', async () => {
    const gaelic = await firstFive('language', 'Learn Gaelic', 'Complete beginner, a few minutes a day.');
    expect(gaelic.text).toMatch(/Scottish Gaelic/);
    const irish = await firstFive('language', 'Learn Irish Gaelic', 'Complete beginner, a few minutes a day.');
    expect(irish.text).toMatch(/Irish/);
    expect(irish.text).not.toMatch(/Scottish/);
    const ru = await firstFive(
      'language',
      'Подтянуть ирландский гэльский',
      'Учила его в университете, почти всё забыла.',
      'ru',
    );
    expect(ru.text).toMatch(/ирландский язык/);
    expect(ru.text).not.toMatch(/шотландск/);
  });

  it('gives many books started and dropped one book on the go — no new book, audiobook or challenge', async () => {
    const en = await talk(
      'reading',
      "Finish the twelve books I've started and abandoned on my Kindle",
      'I start something on the train, get distracted by a new one and never go back. Some of them I was halfway through.',
      'en',
      ['Finishing books I started'],
    );
    expect(en.keys).toEqual(['read-unf-list', 'read-unf-release', 'read-unf-one', 'read-unf-back', 'read-unf-rule']);
    for (const key of ['read-audio', 'read-pick-short', 'read-pick-next', 'read-challenge', 'read-ten'])
      expect(en.keys).not.toContain(key);
    expect(en.text).toMatch(/Paused/);
    const ru = await firstFive(
      'reading',
      'Дочитать все начатые книги',
      'У меня штук десять недочитанных: начинаю новую, бросаю на середине и хватаюсь за следующую.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-unf-list');
    expect(ru.text).toMatch(/На паузе/);
    expect(ru.keys).not.toContain('read-audio');
    // One novel to finish keeps its own steps.
    const novel = await firstFive(
      'reading',
      'Finish the novel I started',
      "I'm already halfway through and want to finish it by the weekend.",
    );
    expect(novel.keys.some((key) => key.startsWith('read-unf-'))).toBe(false);
  });

  it("gives a couple moving together for a job no whose-place talk or merged households — they're one already", async () => {
    const en = await firstFive(
      'moving',
      'Move from Leeds to Orkney for a teaching job in August',
      "Got offered a primary post in Kirkwall. It's me, my partner and a very old cat, and we've never even visited.",
    );
    expect(en.keys[0]).toBe('job-support');
    expect(en.keys).not.toContain('partner-talk');
    expect(en.keys).not.toContain('partner-merge');
    expect(en.text).not.toMatch(/whose place|duplicates/);
    const ru = await firstFive(
      'moving',
      'Переехать в Калининград по работе в сентябре',
      'Мне предложили место в школе. Едем вдвоём с мужем и собакой, город никогда не видели.',
      'ru',
    );
    expect(ru.keys).not.toContain('partner-talk');
    expect(ru.keys).not.toContain('partner-merge');
    // Moving in together keeps its steps.
    const together = await firstFive(
      'moving',
      'Move in with my boyfriend',
      "We've been together two years and want to rent somewhere in spring.",
    );
    expect(together.keys.slice(0, 2)).toEqual(['partner-talk', 'partner-merge']);
    const ru2 = await firstFive('moving', 'Съехаться с парнем', 'Хотим снять квартиру вместе с весны.', 'ru');
    expect(ru2.keys[0]).toBe('partner-talk');
  });

  it('gives a pool race splits, race-pace sets, turns and a time trial — no long chatty-pace session', async () => {
    const en = await firstFive(
      'sport',
      'Get my 200m freestyle under 3 minutes for the masters gala',
      'I swim with a masters club three times a week and my best is 3:14. The county gala is the last weekend of November.',
    );
    expect(en.keys).toEqual([
      'sport-swim-splits',
      'sport-swim-pace',
      'sport-swim-turns',
      'sport-swim-eye',
      'sport-swim-trial',
    ]);
    expect(en.text).not.toMatch(/hold a conversation/);
    const ru = await firstFive(
      'sport',
      'Проплыть 100 м брассом быстрее 1:40 на соревнованиях',
      'Плаваю в секции мастерс три раза в неделю, сейчас мой лучший 1:48. Старт в марте.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-swim-splits');
    expect(ru.keys).not.toContain('sport-08');
    expect(ru.keys.some((key) => key.startsWith('sport-tri-'))).toBe(false);
    // A distance swum in the pool is no race.
    const km = await firstFive(
      'sport',
      'Swim 1 km freestyle without stopping',
      'I can do 400 m now in the local pool, three times a week.',
    );
    expect(km.keys.some((key) => key.startsWith('sport-swim-'))).toBe(false);
  });

  it('keeps the climbing when the goal is a comeback from an injury, and gives a finger injury a climber’s way back', async () => {
    const en = await talk(
      'sport',
      'Get back to leading 6b after my finger pulley injury',
      "Tore the A2 pulley on my ring finger in the spring and was off for four months. I'm bouldering easy stuff again but I'm scared to pull hard on crimps.",
      'en',
      ['Climbing or bouldering'],
    );
    // The comeback is never a button, so tapping the sport keeps the physio check.
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Coming back from an injury');
    expect(en.keys).toEqual([
      'sport-climbinj-physio',
      'sport-climbinj-open',
      'sport-climbinj-log',
      'sport-climbinj-ladder',
      'sport-climbinj-back',
    ]);
    expect(en.text).not.toMatch(/walk-run|target distance|beginner plan|this event/i);
    const ru = await firstFive(
      'sport',
      'Вернуться к скалолазанию после травмы пальца',
      'Порвал кольцевую связку на безымянном, три месяца не лазал, боюсь тянуть за мизера.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-climbinj-physio');
    expect(ru.text).toMatch(/открытым хватом/);
    // A team sport after an operation: the physio check stays first though "A team sport" was tapped, and only once.
    const team = await talk(
      'sport',
      'Get back to five-a-side after my ACL surgery',
      'Had the operation last year, physio signed me off for jogging, want to play again by spring.',
      'en',
      ['A team sport'],
    );
    expect(team.keys[0]).toBe('sport-injury-check');
    expect(team.keys).not.toContain('sport-check');
    expect(team.keys).toContain('sport-team-find');
    // A climber with no injury keeps the wall steps.
    const wall = await firstFive('sport', 'Climb my first 6b', "I've been bouldering regularly for a year.");
    expect(wall.keys.some((key) => key.startsWith('sport-climbinj-'))).toBe(false);
  });

  it('gives a ride over several days its stages, a loaded ride, the bike, the kit and a check-in — no race day', async () => {
    const ru = await firstFive(
      'sport',
      'Проехать вокруг Иссык-Куля на велосипеде за пять дней',
      'Катаюсь третий сезон, по выходным делаю по 80–100 км вокруг Алматы. Круг около 440 км, хочу поехать в конце августа с другом и с палаткой.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'sport-tour-stages',
      'sport-tour-loaded',
      'sport-tour-bike',
      'sport-tour-kit',
      'sport-tour-safety',
    ]);
    for (const key of ['sport-04', 'sport-12', 'sport-15', 'sport-16']) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/старт|регламент/);
    const en = await firstFive(
      'sport',
      'Cycle coast to coast in four days with my brother',
      'We both ride 60 km most weekends. Camping, carrying everything ourselves, in June.',
    );
    expect(en.keys[0]).toBe('sport-tour-stages');
    expect(en.text).not.toMatch(/bib|taper|shake-out/i);
    // A long ride in one day keeps its own steps.
    const day = await firstFive('sport', 'Ride 100 km in one day', 'I ride 50 km on Sundays.');
    expect(day.keys.some((key) => key.startsWith('sport-tour-'))).toBe(false);
  });

  it('gives a social smoker the night out, a line and the friends — no supplies to clear', async () => {
    const en = await firstFive(
      'quit',
      "Stop being a 'social smoker' every time I go out",
      "I don't buy cigarettes during the week but after two drinks I'm bumming them off everyone. Last Saturday it was nearly a full pack.",
    );
    expect(en.keys).toEqual([
      'quit-social-night',
      'quit-social-line',
      'quit-social-tell',
      'quit-social-drinks',
      'quit-social-after',
    ]);
    expect(en.text).not.toMatch(/throw the supplies away/);
    const ru = await firstFive(
      'quit',
      'Перестать курить за компанию',
      'Сигареты не покупаю, но на вечеринках после пары бокалов стреляю у всех подряд.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-social-night');
    expect(ru.text).toMatch(/Нет, спасибо, я не курю/);
    expect(ru.keys).not.toContain('quit-clear');
    // A daily smoker keeps the quit date and clearing the cigarettes out.
    const daily = await firstFive('quit', 'Quit smoking', 'Twenty a day for ten years, mostly on breaks at work.');
    expect(daily.keys).toContain('quit-clear');
    expect(daily.keys.some((key) => key.startsWith('quit-social-'))).toBe(false);
  });

  it('reads cola and coffee as caffeine: a step-down, never a quit date or the alcohol steps, whatever is tapped', async () => {
    const ru = await talk(
      'quit',
      'Бросить пить колу',
      'Выпиваю по два литра колы в день, без неё к обеду болит голова.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['quit-caf-count', 'quit-caf-taper']);
    expect(ru.text).not.toMatch(QUIT_DATE);
    expect(ru.text).not.toMatch(/алкогол/);
    const en = await talk('quit', 'Quit Coke', 'I drink about two litres of Coca-Cola a day.', 'en', ['Fizzy']);
    expect(en.keys).toContain('quit-caf-taper');
    expect(en.text).not.toMatch(QUIT_DATE);
    const coffee = await talk('quit', 'Drink less coffee', 'Six cups a day and I sleep badly.', 'en', ['None']);
    expect(coffee.keys[0]).toBe('quit-caf-count');
    expect(coffee.text).not.toMatch(/alcohol/i);
    // Alcohol named with the cola keeps the alcohol path.
    const rum = await firstFive('quit', 'Stop drinking rum and coke every night', 'Three or four glasses after work.');
    expect(rum.keys[0]).toBe('quit-alcohol-doctor');
    expect(rum.keys).not.toContain('quit-caf-taper');
  });
});
