import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-first blind read, fixed in general (helper fix21d)', () => {
  it('gives a maker who wants shops to stock the product a wholesale price, label rules and a visit — not customer interviews', async () => {
    const en = await firstFive(
      'business',
      'Get my dog treats stocked in three local pet shops',
      "I've sold homemade liver cake and sweet potato chews at craft fairs for a year and they sell out every time. I've no idea how to approach shops, what wholesale price to give or what the labels legally need.",
    );
    expect(en.keys).toEqual([
      'biz-stock-cost',
      'biz-stock-rules',
      'biz-stock-shops',
      'biz-stock-sheet',
      'biz-stock-visit',
    ]);
    expect(en.text).toMatch(/wholesale/);
    expect(en.text).not.toMatch(/talk to five people|sign a lease/i);
    const ru = await firstFive(
      'business',
      'Сдавать свои свечи в магазины на реализацию',
      'Делаю соевые свечи второй год, продаю на ярмарках. Хочу, чтобы их взяли три магазина подарков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-stock-cost');
    expect(ru.text).toMatch(/оптов/);
    expect(ru.keys).not.toContain('biz-five');
    // A shop that is not started yet keeps the ordinary first steps.
    const candle = await firstFive(
      'business',
      'Start an online candle shop',
      "I've never sold anything; I'd like my first sale by next month.",
    );
    expect(candle.keys[0]).toBe('biz-offer');
    expect(candle.keys.some((key) => key.startsWith('biz-stock-'))).toBe(false);
  });

  it('gives a business already open its quiet season to fill — no registration before the first sale or a first price', async () => {
    const ru = await firstFive(
      'business',
      'Найти клиентов для фотостудии в Павлодаре на зиму',
      'Студию открыли полтора года назад. Летом свадьбы и выпускные, а с ноября по март почти пусто, и реклама в инстаграме работает всё хуже.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'biz-season-months',
      'biz-season-offer',
      'biz-season-past',
      'biz-season-partner',
      'biz-season-found',
    ]);
    expect(ru.text).not.toMatch(/до подписания аренды|первой версии/);
    const en = await firstFive(
      'business',
      "Fill my café's quiet months",
      'We opened three years ago; summer is packed but January to March is dead.',
    );
    expect(en.keys[0]).toBe('biz-season-months');
    expect(en.keys).not.toContain('biz-registration');
    // A café not open yet keeps registration and the first steps.
    const cafe = await firstFive('business', 'Открыть кофейню', 'Пока только идея, хочу открыться через год', 'ru');
    expect(cafe.keys).toContain('biz-registration');
    expect(cafe.keys.some((key) => key.startsWith('biz-season-'))).toBe(false);
  });

  it('gives one personal essay pitched to a publication outlets, a pitch and a follow-up — not a blog routine', async () => {
    const en = await firstFive(
      'writing',
      'Get a personal essay about our IVF years published',
      "A couple of blog posts I wrote made people cry, but I've never pitched anything and don't know how it works. I'd like it out before Fertility Awareness Week in November.",
    );
    expect(en.keys).toEqual([
      'write-pitch-outlets',
      'write-pitch-timing',
      'write-pitch-draft',
      'write-pitch-letter',
      'write-pitch-send',
    ]);
    expect(en.text).toMatch(/pitch/i);
    expect(en.text).not.toMatch(/post topics|posting rhythm|posting log/i);
    // «хочу рассказать» is no short story, and «в журнале» names no column.
    const ru = await firstFive(
      'writing',
      'Опубликовать личное эссе в журнале',
      'Пишу в свой телеграм-канал, но ни разу не отправлял тексты в редакцию. Хочу рассказать, как мы растили ребёнка с аутизмом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-pitch-outlets');
    expect(ru.keys.some((key) => key.startsWith('write-ch-') || key.startsWith('write-col-'))).toBe(false);
    // A blog kept up keeps the channel steps; a weekly column keeps the column steps.
    const blog = await firstFive(
      'writing',
      'Post twice a week on my blog',
      'I have a gardening blog but keep skipping weeks.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
    const column = await firstFive(
      'writing',
      'Писать раз в неделю колонку в районную газету',
      'Редактор предложил мне рубрику про историю нашего посёлка.',
      'ru',
    );
    expect(column.keys[0]).toBe('write-col-format');
  });

  it('gives a player who rushes with the band tempo work with a drummer — not a harder piece or a choir', async () => {
    const en = await firstFive(
      'instrument',
      'Stop rushing the tempo when I play with the church band',
      "I've played acoustic guitar for fifteen years, nearly always on my own. With the drummer I speed up every chorus, and the worship leader has politely mentioned it twice.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'inst-tempo-click',
      'inst-tempo-drums',
      'inst-tempo-follow',
      'inst-tempo-ask',
    ]);
    expect(en.keys).not.toContain('inst-choir');
    expect(en.keys).not.toContain('inst-06');
    expect(en.keys).not.toContain('inst-band');
    expect(en.text).not.toMatch(/a step above|find people to play with/i);
    const ru = await firstFive(
      'instrument',
      'Перестать ускоряться, когда играю с группой',
      'Играю на бас-гитаре десять лет, в кавер-группе всё время убегаю вперёд барабанщика.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-tempo-click');
    expect(ru.text).toMatch(/метроном/);
    // Joining a chorus is still a choir.
    const choir = await firstFive('instrument', 'Join a choir', 'I love singing and want to join a chorus.');
    expect(choir.keys[0]).toBe('inst-choir');
  });

  it('gives a buzzing, aching barre chord its hand position, a small barre and short sets — not rhythm recordings', async () => {
    const ru = await firstFive(
      'instrument',
      'Взять наконец баррэ на гитаре',
      'Три года играю дворовые песни на открытых аккордах. На фа-мажоре всё дребезжит, а рука через пять минут болит.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'inst-barre-form',
      'inst-barre-small',
      'inst-barre-rest',
      'inst-barre-change',
      'inst-barre-setup',
    ]);
    expect(ru.text).toMatch(/баррэ/);
    expect(ru.text).not.toMatch(/табулатур|уходишь из ритма/);
    const en = await firstFive(
      'instrument',
      'Finally get barre chords on guitar',
      "I've strummed campfire songs for years but my F chord always buzzes.",
    );
    expect(en.keys[0]).toBe('inst-barre-form');
    expect(en.keys).not.toContain('inst-record-self');
    // Songs by chords without a barre keep the chord-change step.
    const chords = await firstFive(
      'instrument',
      'Научиться играть песни под гитару',
      'Знаю пару аккордов, хочу играть во дворе.',
      'ru',
    );
    expect(chords.keys).toContain('inst-chords-song');
    expect(chords.keys.some((key) => key.startsWith('inst-barre-'))).toBe(false);
  });

  it('gives savings that keep getting spent a separate pot, a buffer and a rule — not the bill-payment steps', async () => {
    const ru = await firstFive(
      'finance',
      'Накопить на ремонт ванной без кредита',
      'Смета вышла 450 тысяч. Откладываю по 15–20 тысяч в месяц, но всё время что-то срочное съедает отложенное.',
      'ru',
    );
    expect(ru.keys).toEqual(['fin-raid-list', 'fin-raid-pot', 'fin-raid-buffer', 'fin-raid-rule', 'fin-raid-date']);
    expect(ru.text).not.toMatch(/срок платежа|отсрочк/);
    const en = await firstFive(
      'finance',
      'Save for a new kitchen',
      'I put 200 aside every month but something always comes up and I dip into it.',
    );
    expect(en.keys[0]).toBe('fin-raid-list');
    expect(en.keys).not.toContain('fin-01');
    // A bill due on Friday keeps the bill steps; saving for a holiday keeps the saving steps.
    const bill = await firstFive(
      'finance',
      'Pay the electricity bill by Friday',
      "It's 180 and I have 120 until payday.",
    );
    expect(bill.keys[0]).toBe('fin-01');
    const trip = await firstFive('finance', 'Накопить на отпуск', 'Хочу к лету 150 тысяч, сейчас есть 20.', 'ru');
    expect(trip.keys[0]).toBe('fin-09');
    expect(trip.keys.some((key) => key.startsWith('fin-raid-'))).toBe(false);
  });
});
