import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const slots = createSlotReader(pack.slots);

const startingWith = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the sixth blind review’s misses, fixed in general (issue 16, helper fix6)', () => {
  describe('a number the person does now is not the target', () => {
    it('reads the title’s "100-mile" and passes over a commute, a leg of a triathlon, a year and a follower count', () => {
      const sportive = slots.read('Ride my first 100-mile sportive', [
        'I commute 12 miles each way by bike and my longest ride is 65 miles, back in May.',
      ]);
      expect(sportive.distance?.en).toBe('100 miles');
      expect(slots.read('Ride 80 km', ['I commute 12 km each way']).distance?.en).toBe('80 km');
      expect(slots.read('Get fitter', ['I run 5k three times a week']).distance).toBeUndefined();

      const triathlon = slots.read('Finish a sprint triathlon', [
        'I run 5k three times a week and cycle to work, but I can only swim breaststroke.',
      ]);
      expect(triathlon.distance).toEqual({ en: 'a sprint triathlon', ru: 'спринт-триатлон' });
      expect(slots.read('Пройти свой первый триатлон', ['Бегаю 10 км по выходным']).distance?.ru).toBe('триатлон');

      expect(slots.read('Снова сесть за руль', ['Права получила в 2014-м']).distance).toBeUndefined();
      expect(slots.read('Turn my TikToks into an income', ['32k followers']).distance).toBeUndefined();
      // "200 km in a day" is the size of the ride, not a deadline of one day.
      expect(slots.read('200 км на велике за день', []).horizon).toBeUndefined();
      expect(slots.read('Ride 200 km in a day', []).horizon).toBeUndefined();
      expect(slots.read('Finish it in 3 days', []).horizon).toBe('days');
    });

    it('gives a long ride and hills to a sportive, and a swim coach and a three-sport week to a weak swimmer', async () => {
      const sportive = await firstFive(
        'sport',
        'Ride my first 100-mile sportive',
        "I commute 12 miles each way by bike and my longest ride is 65 miles. It's far hillier than anything round here.",
      );
      expect(sportive.text).not.toContain('12 miles');
      expect(sportive.text).toContain('100 miles');
      expect(sportive.keys).toContain('sport-ride-long');
      expect(sportive.keys).toContain('sport-hills');
      expect(sportive.keys).not.toContain('sport-08');

      const triathlon = await firstFive(
        'sport',
        'Finish a sprint triathlon',
        'I run 5k three times a week and cycle to work, but I can only swim breaststroke with my head out of the water.',
      );
      expect(triathlon.text).not.toContain('5 km');
      expect(triathlon.keys).toContain('sport-tri-swim');
      expect(triathlon.keys.indexOf('sport-tri-swim')).toBeLessThan(triathlon.keys.indexOf('sport-03'));

      const brevet = await firstFive(
        'sport',
        'Проехать бревет 200 км',
        'Катаюсь третий сезон, самая длинная — 120 км.',
        'ru',
      );
      expect(brevet.keys).toContain('sport-ride-long');
      expect(brevet.minutes.at(-1)).toBe(120);
    });
  });

  describe('the level, read from what the person says about themselves', () => {
    it('reads treatment and "one flight of stairs wipes me out" as a gentle start, whatever they used to do', async () => {
      const chemo = await firstFive(
        'fitness',
        'Get my fitness back after chemo',
        'I used to do spin classes three times a week; now one flight of stairs wipes me out.',
      );
      expect(chemo.keys).not.toContain('fit-23');
      expect(chemo.keys).not.toContain('fit-24');
      expect(chemo.keys).toContain('fit-14');
      expect(slots.read('Восстановиться после химиотерапии', ['Раньше бегала']).level).toBe('beginner');
    });

    it('reads part of the work done and an audience already built as "doing it now"', async () => {
      expect(slots.read('Pass CFA Level I', ["I've done maybe 80 of the 300 hours they recommend"]).level).toBe(
        'active',
      );
      expect(slots.read('Сдать экзамен', ['Выучил 40 из 120 билетов']).level).toBe('active');
      // A number in the title is a target, not a sign.
      expect(slots.read('Get my first 1000 subscribers', []).level).toBeUndefined();

      const cfa = await firstFive(
        'exam',
        'Pass CFA Level I in February',
        "I've done maybe 80 of the 300 hours they recommend, and the ethics section is a blur.",
      );
      expect(cfa.keys).not.toContain('exam-official');
      expect(cfa.keys).not.toContain('exam-material');

      const tiktok = await firstFive(
        'business',
        'Turn my cooking TikToks into an income',
        "32k followers for cheap student meals, I post about three times a week. I've never made a penny and have no idea how brand deals work.",
      );
      expect(tiktok.keys).not.toContain('biz-ch-ideas');
      expect(tiktok.keys).not.toContain('biz-ch-first');
      expect(tiktok.keys).toContain('biz-ch-kit');
    });

    it('does not read someone else’s past as the person coming back, and reads "I can’t read music" as a beginner', async () => {
      const garmon = await firstFive(
        'instrument',
        'Научиться играть на гармони',
        'Дедова гармонь стоит на даче, он играл на всех праздниках. Нот я не знаю.',
        'ru',
      );
      expect(garmon.keys).not.toContain('inst-25');
      expect(garmon.keys).not.toContain('inst-26');
      expect(garmon.text).toContain('гармонь');
      expect(slots.read('Learn the piano', ["My dad used to play; I can't read music"]).level).toBe('beginner');
      expect(slots.read('Get back to the piano', ['I played as a child']).level).toBe('returning');
    });

    it('reads a site’s name as a name: "Author.Today" is no deadline', () => {
      expect(slots.read('Выкладывать роман на Author.Today', []).horizon).toBeUndefined();
      expect(slots.read('Finish the draft today', []).horizon).toBe('days');
    });
  });

  describe('the situation the person is in, not its neighbour', () => {
    it('sleep: a baby’s night waking with a partner on shifts, and jet lag, get their own steps', async () => {
      const baby = await firstFive(
        'sleep',
        'Хоть как-то высыпаться с грудным ребёнком',
        'Сыну 8 месяцев, просыпается по три-четыре раза за ночь. Муж работает посменно, помочь некому.',
        'ru',
      );
      expect(startingWith(baby.keys, 'sleep-baby-')).toHaveLength(5);
      expect(startingWith(baby.keys, 'sleep-shiftwork-')).toEqual([]);
      const shifts = await firstFive('sleep', 'Sleep better on night shifts', 'I work nights three times a week.');
      expect(shifts.keys).toContain('sleep-shiftwork-plan');

      const jetlag = await firstFive('sleep', 'Beat jet lag on my work trip to Tokyo', 'I fly from London on Sunday.');
      expect(startingWith(jetlag.keys, 'sleep-jetlag-')).toHaveLength(4);
      for (const home of ['sleep-wake', 'sleep-bedtime', 'sleep-screens', 'sleep-diary'])
        expect(jetlag.keys).not.toContain(home);
    });

    it('reading: audiobooks get listening steps, never pages', async () => {
      const audio = await firstFive('reading', 'Listen to an audiobook a month on my commute', '');
      expect(startingWith(audio.keys, 'read-audio-').length).toBeGreaterThanOrEqual(4);
      expect(audio.keys).not.toContain('read-ten');
      expect(audio.text).not.toMatch(/\bpages\b/);
      const ru = await firstFive('reading', 'Слушать аудиокниги', '', 'ru');
      expect(ru.keys[0]).toBe('read-audio-app');
    });

    it('interview: a consulting case and an algorithm section are not a vacancy’s technical topics', async () => {
      const consulting = await firstFive(
        'interview',
        'Prepare for a consulting case interview',
        'First round at a strategy firm in 12 days; market-sizing questions make my mind go blank.',
      );
      expect(startingWith(consulting.keys, 'intv-tech-')).toEqual([]);
      expect(startingWith(consulting.keys, 'intv-case-')).toHaveLength(4);

      const algo = await firstFive(
        'interview',
        'Пройти алгоритмическую секцию в Яндекс',
        'Я фронтендер, задачи на литкоде последний раз решал в универе. Собеседование через десять дней.',
        'ru',
      );
      expect(algo.keys).not.toContain('intv-tech-basics');
      expect(algo.keys).toContain('intv-algo-topics');
    });

    it('admin: a spouse visa is evidence and an adviser, not trip dates and passport photos', async () => {
      const visa = await firstFive(
        'admin',
        "Get my wife's UK spouse visa sorted",
        'We married in March; the guidance on financial evidence goes right over my head.',
      );
      expect(startingWith(visa.keys, 'adm-pass-')).toEqual([]);
      expect(visa.keys).toContain('adm-fam-money');
      expect(visa.keys).toContain('adm-fam-relation');
      const trip = await firstFive('admin', 'Renew my passport before the trip', '');
      expect(trip.keys).toContain('adm-pass-dates');
    });

    it('family: date nights for a couple living together are childcare and an evening, not a call', async () => {
      const dates = await firstFive(
        'family',
        'Have regular date nights with my husband',
        "Two kids under four, and we haven't been out on our own since the baby was born.",
      );
      expect(dates.keys).not.toContain('fam-01');
      expect(dates.keys).not.toContain('fam-12');
      expect(dates.keys).toContain('fam-couple-sitter');
      const far = await firstFive('family', 'Date nights with my boyfriend', 'He lives in another city.');
      expect(far.keys).not.toContain('fam-couple-home');
    });

    it('writing: a chapbook from poems already written, and a serial posted weekly', async () => {
      const chapbook = await firstFive(
        'writing',
        'Put together a small poetry chapbook',
        "I've written about 70 poems in notebooks. A local press takes submissions of 20–30 pages until 30 April.",
      );
      expect(startingWith(chapbook.keys, 'write-coll-')).toHaveLength(5);
      expect(chapbook.keys).not.toContain('write-poem-daily');
      const stories = await firstFive('writing', 'Write a collection of short stories', '');
      expect(startingWith(stories.keys, 'write-coll-')).toEqual([]);

      const serial = await firstFive(
        'writing',
        'Написать фэнтези-роман и выкладывать его на Author.Today',
        'Хочу с сентября выкладывать по главе в неделю.',
        'ru',
      );
      expect(serial.keys).not.toContain('write-06');
      expect(serial.keys).not.toContain('write-07');
      expect(startingWith(serial.keys, 'write-serial-')).toHaveLength(4);
    });

    it('language: a sign language is signed, and work calls get call phrases, not tourist ones', async () => {
      const bsl = await firstFive('language', 'Learn British Sign Language', 'I know the alphabet and that’s it.');
      expect(bsl.text).toContain('British Sign Language');
      expect(bsl.text).not.toMatch(/out loud|aloud|sticky notes/);
      expect(startingWith(bsl.keys, 'lang-sign-')).toHaveLength(4);
      expect(slots.read('Learn Spanish', ['signing up for a class']).values.language?.id).toBe('es');

      const calls = await firstFive('language', 'Заговорить на английском на созвонах', '', 'ru');
      for (const tourist of ['lang-03', 'lang-05', 'lang-06']) expect(calls.keys).not.toContain(tourist);
      expect(calls.keys[0]).toBe('lang-work-phrases');

      const window = await firstFive('language', 'Learn a language', 'Only at lunch');
      expect(window.text).toContain('three sessions of your new language');
    });

    it('moving into the partner’s flat, fear of flying, small talk at work, meeting in person', async () => {
      const flat = await firstFive(
        'moving',
        'Move in with my boyfriend',
        "Into his one-bed flat at the end of the month. I've got a two-bed's worth of furniture.",
      );
      expect(flat.keys).not.toContain('move-09');
      expect(flat.keys).toContain('partner-space');

      const flight = await firstFive(
        'travel',
        'See Japan in cherry blossom season',
        "The problem is the 14-hour flight — I've had panic attacks on a two-hour one.",
      );
      expect(flight.keys).not.toContain('trip-safe-evenings');
      expect(startingWith(flight.keys, 'flight-fear-').length).toBeGreaterThanOrEqual(3);

      const drinks = await firstFive(
        'social',
        'Make small talk without freezing up',
        'I started a new job and Friday drinks are a big thing there.',
      );
      expect(drinks.keys).not.toContain('soc-03');
      expect(drinks.keys[0]).toBe('soc-work-threads');

      const inPerson = await firstFive('social', 'Познакомиться с девушкой вживую', '', 'ru');
      for (const app of ['soc-date-app', 'soc-date-photos', 'soc-date-profile', 'soc-date-message'])
        expect(inPerson.keys).not.toContain(app);
      expect(inPerson.keys).toContain('soc-date-places');
      const apps = await firstFive('social', 'Start dating again', 'The apps feel like a different planet.');
      expect(apps.keys).toContain('soc-date-app');
    });

    it('prenatal yoga, a referral in hand, drawing on a tablet, payday loans, a fearful driver coming back', async () => {
      const yoga = await firstFive(
        'fitness',
        'Заниматься йогой во время беременности',
        'До беременности ходила в зал, а теперь врач запретил нагрузку на пресс.',
        'ru',
      );
      expect(startingWith(yoga.keys, 'fit-gym-')).toEqual([]);
      expect(yoga.keys).not.toContain('fit-04');

      const scope = await firstFive(
        'checkup',
        'Сделать гастроскопию',
        'Гастроэнтеролог направил на ФГДС. Хочу под седацией, но не знаю, где и сколько это стоит.',
        'ru',
      );
      expect(scope.keys).not.toContain('chk-spec-referral');
      expect(scope.keys[0]).toBe('chk-proc-where');

      const tablet = await firstFive('creative', 'Научиться рисовать на планшете', '', 'ru');
      expect(tablet.keys).not.toContain('cre-draw-kit');
      expect(tablet.keys[0]).toBe('cre-dig-setup');
      const pencils = await firstFive('creative', 'Learn to draw', '');
      expect(pencils.keys).toContain('cre-draw-kit');
      const photos = await firstFive('creative', 'Learn digital photography', '');
      expect(startingWith(photos.keys, 'cre-dig-')).toEqual([]);

      const loans = await firstFive(
        'finance',
        'Закрыть микрозаймы',
        'Набрала пять займов в МФО, перекрываю одни другими. Коллекторы уже звонят на работу.',
        'ru',
      );
      expect(loans.keys).not.toContain('fin-debt-auto');
      expect(loans.keys).not.toContain('fin-18');
      expect(loans.keys).toContain('fin-pd-stop');
      expect(loans.keys).toContain('fin-debt-help');
      const card = await firstFive('finance', 'Pay off my credit card', '');
      expect(card.keys).toContain('fin-18');

      const driver = await firstFive(
        'skill',
        'Снова сесть за руль после десяти лет перерыва',
        'Права получила в 2014-м, после мелкой аварии больше не садилась, боюсь даже выехать со двора.',
        'ru',
      );
      expect(startingWith(driver.keys, 'skill-drive-')).toHaveLength(5);
      expect(driver.keys[0]).toBe('skill-drive-instructor');
    });
  });
});
