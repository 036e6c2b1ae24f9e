import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the thirteenth blind read, fixed in general (helper fix14f): the named problem drives the steps', () => {
  it('gives arrears on a household bill the letters, a payment plan and help — no saving target or pot', async () => {
    const en = await firstFive(
      'finance',
      'Catch up on the bills after my hours got cut',
      "I'm £600 behind on the energy and I've stopped opening the letters.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-arr-open', 'fin-arr-plan']);
    expect(en.keys).not.toContain('fin-14');
    const water = await firstFive('finance', 'Get back on top of the bills', 'Behind with the water and council tax.');
    expect(water.keys).toContain('fin-arr-plan');
    const ru = await firstFive(
      'finance',
      'Погасить долг за коммуналку',
      'Три месяца не платила, приходят письма.',
      'ru',
    );
    expect(ru.keys).toContain('fin-arr-plan');
    // A credit card keeps the card steps.
    const card = await firstFive('finance', 'Pay off my credit card', 'About £2,000 at 24 %.');
    expect(card.keys).toContain('fin-18');
    expect(card.keys).not.toContain('fin-arr-open');
  });

  it('gives bailiffs already taking pay debt advice and the protected amount — never overpay or autopay', async () => {
    const ru = await firstFive(
      'finance',
      'Выбраться из долгов, пока приставы не забрали всё',
      'Три кредита и кредитка. Приставы уже арестовали зарплатную карту, половина зарплаты уходит им.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-enf-advice', 'fin-enf-protect']);
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-auto');
    expect(ru.text).toMatch(/прожиточного минимума/);
    const en = await firstFive('finance', 'Deal with my debts', 'Bailiffs have started taking money from my wages.');
    expect(en.keys[0]).toBe('fin-enf-advice');
    expect(en.keys).not.toContain('fin-debt-auto');
    const other = await firstFive('finance', 'Закрыть кредиты', 'Два кредита, плачу вовремя, хочу быстрее.', 'ru');
    expect(other.keys.some((key) => key.startsWith('fin-enf-'))).toBe(false);
  });

  it('does not ask to price a cost someone else has already fixed', async () => {
    const en = await firstFive(
      'finance',
      "Save £800 for my son's school trip",
      "The deposit's already paid, the rest is due in February.",
    );
    expect(en.keys).not.toContain('fin-purchase-size');
    const ru = await firstFive(
      'finance',
      'Накопить на школьную поездку',
      'Предоплату уже внесли, остаток до марта.',
      'ru',
    );
    expect(ru.keys).not.toContain('fin-purchase-size');
    const holiday = await firstFive('finance', 'Save for a holiday in Spain', 'About £1,500 by summer.');
    expect(holiday.keys).toContain('fin-purchase-size');
  });

  it('gives a lapsed registration the return route, courses and money — no graduate CV or schemes', async () => {
    const en = await firstFive(
      'career',
      'Get back on the nursing register after ten years out',
      'My registration lapsed in 2016; no idea how to get a return-to-practice place or manage on a student wage.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['car-ret-route', 'car-ret-courses', 'car-ret-money']);
    expect(en.keys.some((key) => key.startsWith('car-first-'))).toBe(false);
    expect(en.text).not.toMatch(/graduate scheme|entry requirements/i);
    const ru = await firstFive('career', 'Вернуться медсестрой', 'Не работала семь лет, сертификат истёк.', 'ru');
    expect(ru.keys[0]).toBe('car-ret-route');
    const midwife = await firstFive(
      'career',
      'Return to midwifery',
      'I let my registration lapse when we moved abroad.',
    );
    expect(midwife.keys).toContain('car-ret-courses');
    // Training into the profession keeps the route-in steps.
    const into = await firstFive('career', 'Retrain as a nurse at 41', 'Worried about money on a student income.');
    expect(into.keys[0]).toBe('car-reg-route');
  });
});

describe('the thirteenth blind read, fixed in general (helper fix14f): the wrong situation', () => {
  it('gives a goods subscription business pricing steps, not a channel', async () => {
    const en = await firstFive(
      'business',
      'Turn my allotment flowers into a bouquet subscription',
      "I'd like 20 local subscribers by next June, but I have no idea what to charge.",
    );
    expect(en.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    expect(en.keys).toContain('biz-price');
    const ru = await firstFive('business', 'Запустить подписку на букеты', 'Хочу 15 подписчиков к лету.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    const veg = await firstFive('business', 'Start a veg box scheme', 'I want 30 subscribers by autumn.');
    expect(veg.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    const channel = await firstFive(
      'business',
      'Grow my YouTube channel to 1000 subscribers',
      'I post cooking videos.',
    );
    expect(channel.keys).toContain('biz-ch-ideas');
  });

  it('gives a fence or a shed roof measuring and outdoor safety — no model, stop valve or breaker', async () => {
    const en = await firstFive(
      'repair',
      'Put our fence back up after the storm',
      'Three panels down and a post snapped.',
    );
    expect(en.keys).toContain('fix-out-measure');
    expect(en.keys).not.toContain('fix-02');
    expect(en.text).not.toMatch(/stop valve|brand and model/i);
    const ru = await firstFive(
      'repair',
      'Перекрыть крышу сарая на даче',
      'Рубероид потрескался, хочу положить профнастил сам.',
      'ru',
    );
    expect(ru.keys).toContain('fix-out-safe');
    expect(ru.keys).not.toContain('fix-03');
    const shed = await firstFive('repair', 'Re-felt the shed roof', 'It leaks onto my tools.');
    expect(shed.keys).toContain('fix-out-video');
    const tap = await firstFive('repair', 'Fix the leaking kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-03');
    expect(tap.keys.some((key) => key.startsWith('fix-out-'))).toBe(false);
  });

  it('gives storage in a small rented home free-standing storage — no room purpose or a talk with a hoarder', async () => {
    const ru = await firstFive(
      'home',
      'Обустроить хранение в студии 18 метров',
      'Снимаю студию одна, шкафа нет, вещи в чемоданах. Хозяйка не разрешает сверлить стены.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-store-list');
    expect(ru.keys).not.toContain('home-agree-talk');
    expect(ru.keys).not.toContain('home-room-purpose');
    const en = await firstFive(
      'home',
      'Sort out storage in my bedsit',
      'No wardrobe, living out of suitcases, no drilling.',
    );
    expect(en.keys).toContain('home-store-pick');
    const spare = await firstFive('home', 'Turn the spare room into an office', "It's full of boxes.");
    expect(spare.keys).toContain('home-room-layout');
    const balcony = await firstFive('home', 'Разобрать балкон', 'Муж ничего не даёт выбросить.', 'ru');
    expect(balcony.keys[0]).toBe('home-agree-talk');
  });

  it('gives a recipe cookbook recipe steps, a recorded interview camera steps, miniatures model paints', async () => {
    const book = await firstFive(
      'writing',
      "Turn my nan's recipes into a family cookbook",
      'Half the cards say "a bit of flour".',
    );
    expect(book.keys[0]).toBe('write-rec-gather');
    expect(book.text).not.toMatch(/free-write|word-count/i);
    const ruBook = await firstFive('writing', 'Сделать книгу маминых рецептов', 'Тетрадка, половина «на глаз».', 'ru');
    expect(ruBook.keys).toContain('write-rec-test');
    const novel = await firstFive('writing', 'Write a novel', "I've always wanted to.");
    expect(novel.keys).toContain('write-01');

    const video = await firstFive(
      'interview',
      'Get through a recorded video interview',
      'HireVue, no retakes, by Friday.',
    );
    expect(video.keys[0]).toBe('intv-rec-setup');
    expect(video.keys).not.toContain('intv-05');
    const ruVideo = await firstFive('interview', 'Пройти видеоинтервью', 'Записать ответы, перезаписать нельзя.', 'ru');
    expect(ruVideo.keys).toContain('intv-rec-timed');
    const panel = await firstFive('interview', 'Prepare for my job interview', 'A panel interview next Tuesday.');
    expect(panel.keys).toContain('intv-05');

    const minis = await firstFive('creative', 'Paint my first Warhammer army', 'Space Marines still on the sprues.');
    expect(minis.keys[0]).toBe('cre-mini-kit');
    expect(minis.text).not.toMatch(/watercolour|swatch/i);
    const ruMinis = await firstFive('creative', 'Покрасить миниатюры', 'Коробка фигурок, ни разу не красил.', 'ru');
    expect(ruMinis.keys).toContain('cre-mini-test');
    const water = await firstFive('creative', 'Start painting with watercolours', "I've never painted.");
    expect(water.keys[0]).toBe('cre-paint-kit');
  });

  it('gives moving onto a boat a trial stay, a mooring and a survey — no flat search', async () => {
    const en = await firstFive(
      'moving',
      'Move onto a narrowboat',
      'Buying a boat in spring; nervous about winter and a mooring.',
    );
    expect(en.keys).toContain('move-boat-mooring');
    expect(en.keys).not.toContain('move-09');
    const ru = await firstFive('moving', 'Переехать жить на яхту', 'Хочу жить на воде круглый год.', 'ru');
    expect(ru.keys).toContain('move-boat-try');
    expect(ru.keys.some((key) => key.startsWith('own-'))).toBe(false);
    const flat = await firstFive('moving', 'Move to a new flat in Leeds', "We haven't found a place yet.");
    expect(flat.keys).toContain('move-09');
  });
  it('gives a week at one base no route of stops, and a no-car trip local trains rather than airport transfers', async () => {
    const en = await firstFive(
      'travel',
      'Take the kids on the sleeper train to Cornwall',
      "They're obsessed with trains. We'd like to stay a week near St Ives, all without a car.",
    );
    expect(en.keys).not.toContain('trip-multi-route');
    expect(en.text).not.toMatch(/airport bus|guided day tours/i);
    const ru = await firstFive('travel', 'Свозить детей на море на поезде', 'Неделю у моря, без машины.', 'ru');
    expect(ru.keys).not.toContain('trip-multi-route');
    const rail = await firstFive('travel', 'Interrail through five cities this summer', 'Two weeks, trains only.');
    expect(rail.keys).toContain('trip-multi-route');
  });

  it('opens the letters first only when they have been left unopened', async () => {
    const ru = await firstFive(
      'finance',
      'Разобраться с долгом за свет',
      'Набежало 18 тысяч, боюсь открывать квитанции.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-arr-open');
    const plain = await firstFive('finance', 'Clear the council tax arrears', 'About £700 behind since spring.');
    expect(plain.keys[0]).toBe('fin-arr-plan');
  });
  it('starts a retaken OSCE from the last attempt, and a first OSCE from the stations', async () => {
    const again = await firstFive(
      'exam',
      'Pass the OSCE',
      'I failed the care planning station first time: I ran out of time.',
    );
    expect(again.keys.slice(0, 2)).toEqual(['exam-known', 'exam-st-list']);
    const ru = await firstFive('exam', 'Пересдать ОСКЭ', 'Не сдала в первый раз, пересдача в ноябре.', 'ru');
    expect(ru.keys).toContain('exam-st-list');
    const first = await firstFive('exam', 'Pass my OSCE', "First time, I've never done one.");
    expect(first.keys[0]).toBe('exam-st-list');
  });
});
