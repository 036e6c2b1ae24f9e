import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

const QUIT_DATE = /quit date|дату отказа/i;

describe('the twenty-first blind read, fixed in general (helper fix21c)', () => {
  // The rule: a habit that endangers the person or others right now (the phone while driving, drink-driving,
  // smoking in bed) must never get a date in the future: its first steps make it impossible from today.
  describe('a habit that endangers the person or others right now never gets a date in the future', () => {
    it('puts the phone out of reach from the next drive, with the driving mode and the people told — no quit date', async () => {
      const en = await firstFive(
        'quit',
        'Stop checking my phone while driving',
        "Mostly at red lights and in traffic on the A14, but I know it's only a matter of time. I've tried the glovebox and just end up reaching for it.",
      );
      expect(en.keys.slice(0, 4)).toEqual([
        'quit-drive-away',
        'quit-drive-mode',
        'quit-drive-people',
        'quit-drive-stops',
      ]);
      for (const key of ['quit-date', 'quit-kit', 'quit-phone-limits', 'quit-phone-bedroom', 'quit-phone-out'])
        expect(en.keys).not.toContain(key);
      expect(en.text).not.toMatch(QUIT_DATE);
      expect(en.text).not.toMatch(/two weeks|greyscale|charger/i);
      expect(en.text).toMatch(/boot/);
      expect(en.text).toMatch(/Do Not Disturb While Driving/);
      const ru = await firstFive(
        'quit',
        'Перестать переписываться за рулём',
        'Отвечаю в рабочих чатах, пока стою в пробках и на светофорах.',
        'ru',
      );
      expect(ru.keys[0]).toBe('quit-drive-away');
      expect(ru.text).toMatch(/багажник/);
      expect(ru.text).not.toMatch(QUIT_DATE);
    });

    it('claims a phone-at-the-wheel goal from any kind, so the generic or travel path never gets it', async () => {
      for (const [kind, title, description] of [
        ['generic', 'Stop texting while driving', ''],
        ['travel', 'No more phone at the wheel', 'I scroll at red lights on my commute.'],
      ] as const) {
        const steps = await firstFive(kind, title, description);
        expect(steps.keys[0]).toBe('quit-drive-away');
        expect(steps.text).not.toMatch(QUIT_DATE);
      }
    });

    it('makes drink-driving impossible from today — no date, no food on the way home', async () => {
      const en = await firstFive('quit', 'Stop drink-driving', 'I sometimes drive home from the pub after two pints.');
      expect(en.keys.slice(0, 3)).toEqual(['quit-dd-rule', 'quit-dd-keys', 'quit-dd-tell']);
      expect(en.keys).not.toContain('quit-date');
      expect(en.keys.some((key) => key.startsWith('quit-way-'))).toBe(false);
      expect(en.text).not.toMatch(QUIT_DATE);
      const ru = await firstFive(
        'quit',
        'Перестать садиться пьяным за руль',
        'После корпоративов езжу домой сам, хотя выпивал.',
        'ru',
      );
      expect(ru.keys[0]).toBe('quit-dd-rule');
      expect(ru.text).toMatch(/такси/);
      expect(ru.text).not.toMatch(QUIT_DATE);
    });

    it('takes cigarettes out of the bedroom tonight and checks the smoke detector — no quit date', async () => {
      const ru = await firstFive(
        'quit',
        'Перестать курить в постели',
        'Засыпаю с сигаретой перед телевизором в спальне.',
        'ru',
      );
      expect(ru.keys.slice(0, 3)).toEqual(['quit-bed-rule', 'quit-bed-alarm', 'quit-bed-nights']);
      expect(ru.text).toMatch(/датчик дыма/);
      expect(ru.text).not.toMatch(QUIT_DATE);
      const en = await firstFive('quit', 'Stop smoking in bed', 'I fall asleep with a cigarette most nights.');
      expect(en.keys[0]).toBe('quit-bed-rule');
      expect(en.keys).not.toContain('quit-date');
    });

    it('keeps the phone on walks with the old steps', async () => {
      const walks = await firstFive(
        'quit',
        'Stop scrolling on walks with my son',
        'I check Instagram all the time at the playground.',
      );
      expect(walks.keys).toContain('quit-phone-out');
      expect(walks.keys).not.toContain('quit-drive-away');
    });
  });

  it('gives Friday nights at the bar with the crew a plan, a line and the money — no pasted title', async () => {
    const ru = await firstFive(
      'quit',
      'Перестать ходить с мужиками в бар каждую пятницу',
      'После смены всей бригадой идём в бар у проходной, возвращаюсь в два ночи и оставляю там половину аванса. Отказываться неудобно — все идут.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-pub-evening', 'quit-pub-line', 'quit-pub-money']);
    expect(ru.keys).not.toContain('quit-cue');
    expect(ru.text).not.toMatch(/где «Перестать/);
    expect(ru.text).not.toMatch(/сядь или встань/);
    const en = await firstFive(
      'quit',
      'Stop going to the pub every Friday after work',
      'The whole team goes and I end up spending half my wages.',
    );
    expect(en.keys[0]).toBe('quit-pub-evening');
    // The shisha lounge keeps its own steps.
    const shisha = await firstFive('quit', 'Stop going to the shisha lounge with my mates', 'Every weekend.');
    expect(shisha.keys[0]).toBe('quit-venue-nights');
    expect(shisha.keys).not.toContain('quit-pub-evening');
  });

  it('never pastes the goal title into the place-or-moment step', async () => {
    const steps = await firstFive('quit', 'Перестать хрустеть пальцами', 'Хрущу на совещаниях, коллеги косятся.', 'ru');
    expect(steps.text).not.toMatch(/где «Перестать хрустеть пальцами»/);
  });

  it('gives an experienced indoor climber going onto rock a course, falls, the anchor and a crag — no race steps', async () => {
    const en = await firstFive(
      'sport',
      'Lead climb outdoors on real rock this summer',
      "Three years of indoor bouldering and top-roping, and I lead up to 6b at the wall. I've never clipped a bolt outside and I'm scared of falling.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'sport-rock-course',
      'sport-rock-falls',
      'sport-rock-anchor',
      'sport-rock-crag',
    ]);
    for (const key of ['sport-02', 'sport-03', 'sport-05', 'sport-09', 'sport-11', 'sport-climb-intro'])
      expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/target distance|walk-run|event/i);
    const ru = await firstFive(
      'sport',
      'Начать лазать на скалах',
      'Два года хожу на скалодром, лидирую 6a, хочу летом в Крым на скалы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-rock-course');
    expect(ru.text).toMatch(/шлямбур/);
    // A climber at the wall keeps the wall steps.
    const wall = await firstFive('sport', 'Climb my first 6c at the climbing gym', 'I boulder three times a week.');
    expect(wall.keys).not.toContain('sport-rock-course');
  });

  it("works a cyclist's nerve after a crash — the bike, one known descent, a skills session, the group — no pace splits", async () => {
    const en = await firstFive(
      'sport',
      'Get my nerve back descending after my crash',
      "Broke my collarbone in a crash on a club ride in April. It's healed, but I'm terrified on descents and riding close in the group. The club's autumn sportive is 28 September.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'sport-bike-check',
      'sport-bike-descent',
      'sport-bike-skills',
      'sport-bike-group',
    ]);
    for (const key of ['sport-train-gap', 'sport-train-weeks', 'sport-03', 'sport-descent-drill'])
      expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/pace you need per split|run down/i);
    const ru = await firstFive(
      'sport',
      'Перестать бояться спусков на шоссейнике после падения',
      'Упал с велосипеда в мае на групповой покатушке, теперь страшно на спусках и ехать в группе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-bike-check');
    expect(ru.text).toMatch(/веломастерск/);
    // A fell runner keeps the running descents.
    const fell = await firstFive('sport', 'Get faster on fell race descents', 'I lose minutes on every descent.');
    expect(fell.keys[0]).toBe('sport-descent-drill');
    expect(fell.keys).not.toContain('sport-bike-check');
  });

  it('takes a skier from blue to red runs with a lesson, drills, the first red and boots — no easy resort or race kit', async () => {
    const ru = await firstFive(
      'sport',
      'Перейти с синих трасс на красные в Шерегеше',
      'Катаюсь на горных лыжах третий сезон, синие уверенно, а на крутых участках красных зажимаюсь и торможу плугом. В феврале едем туда на неделю.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sport-ski-steep-lesson', 'sport-ski-steep-drill', 'sport-ski-steep-first']);
    for (const key of ['sport-ski-trip', 'sport-ski-lesson', 'sport-13', 'sport-19'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/простых трасс|регламент старта/);
    const en = await firstFive(
      'sport',
      'Ski red runs with confidence in the Alps',
      'Fourth season skiing, fine on blues but I snowplough on anything steep. We go to Val Thorens in March.',
    );
    expect(en.keys[0]).toBe('sport-ski-steep-lesson');
    expect(en.text).not.toMatch(/easy slopes|race rules/);
    // A first-timer keeps the beginner lessons and the trip with easy slopes.
    const first = await firstFive('sport', 'Learn to ski this winter', 'Never skied, going to Sheregesh in January.');
    expect(first.keys.slice(0, 3)).toEqual(['sport-ski-lesson', 'sport-ski-legs', 'sport-ski-trip']);
  });

  it('sends no one already living in the new city to listings or to sort a cupboard a day', async () => {
    const ru = await firstFive(
      'moving',
      'Перевезти вещи из Петербурга в Белград',
      'Мы в Белграде уже полгода, а вещи остались в съёмной квартире в Питере, договор до конца августа. Надо решить, что везти, что продать и как отправить.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['mov-left-list', 'mov-left-helper', 'mov-left-ship', 'mov-left-lease']);
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('move-03');
    expect(ru.text).not.toMatch(/просмотр|по такому углу в день/);
    const en = await firstFive(
      'moving',
      'Get my things shipped from London to Lisbon',
      "I've been living in Lisbon since January; my stuff is still in my old flat in London and the lease ends in June.",
    );
    expect(en.keys[0]).toBe('mov-left-list');
    expect(en.text).not.toMatch(/viewings|visa|apostille/);
    // Someone still looking for a flat keeps the search.
    const searching = await firstFive(
      'moving',
      'Переехать в другую квартиру до осени',
      'Пока ищем вариант, бюджет до 40 тысяч.',
      'ru',
    );
    expect(searching.keys).toContain('move-09');
    expect(searching.keys).not.toContain('mov-left-list');
  });

  it('skips "borrow or rent one" for an instrument already rented or bought', async () => {
    const rented = await firstFive(
      'instrument',
      'Learn to play the harp',
      "I've already rented a harp from the harp society.",
    );
    expect(rented.keys).not.toContain('inst-01');
    expect(rented.text).not.toMatch(/borrow or rent/);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на арфе',
      'Арфу уже взяла напрокат в музыкальной школе.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-01');
    // Someone without one still gets it.
    const none = await firstFive('instrument', 'Learn to play the harp', 'I have no harp yet.');
    expect(none.keys).toContain('inst-01');
  });

  it('reads plain «гэльский» and «по-гэльски» as Scottish Gaelic; «ирландский» stays Irish', async () => {
    for (const title of ['Выучить гэльский', 'Начать учить гэльский язык', 'Заговорить по-гэльски']) {
      const steps = await firstFive('language', title, '', 'ru');
      expect(steps.text).toMatch(/шотландский гэльский язык/);
      expect(steps.text).not.toMatch(/ирландск|новый язык/);
    }
    const irish = await firstFive('language', 'Выучить ирландский', 'Бабушка из Корка.', 'ru');
    expect(irish.text).toMatch(/ирландский язык/);
    expect(irish.text).not.toMatch(/шотландск/);
  });
});
