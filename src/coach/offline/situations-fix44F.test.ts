import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// Blind read 43b (and two goals left open from read 42), fixed in general by helper fix44F: waking too early, a run of
// nights after a tap on "Noise and light", ornaments on an instrument, traditional pieces learnt by ear, a tank's tap
// and a gutter rusted through, a booklet for an anniversary, and two hazards (a mule scheme as a side job no longer
// halts the goal; borrowing a car is no borrowed medicine). Each: the read's goal, the other language, a near miss.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const own = (keys: string[]) => keys.filter((key) => !key.startsWith('hz-'));
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('sleep: waking too early, and a run of nights whatever was tapped (fix44F)', () => {
  it('gives early waking its own steps, not an earlier wake-up (ru-42)', async () => {
    const ru = await tap(
      'sleep',
      'Перестать просыпаться в 4 утра',
      '70 лет, село Чемал, просыпаюсь затемно и лежу до рассвета, днём потом клюю носом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-early-up');
    expect(ru.keys).toContain('sleep-early-bed');
    expect(ru.keys).not.toContain('sleep-bedtime');
    const en = await tap(
      'sleep',
      'Stop waking up so early',
      "I'm 66 and I keep waking at 4:30 and can't get back to sleep, then I doze off in my chair after lunch.",
      'en',
    );
    expect(en.keys[0]).toBe('sleep-early-up');
    // Getting up earlier, wished for, keeps its own path.
    const near = await tap(
      'sleep',
      'Wake up at 5 every day',
      'I want two quiet hours before work for studying.',
      'en',
      ['Waking up earlier'],
    );
    expect(some(near.keys, 'sleep-early')).toEqual([]);
  });

  it('keeps the night-shift plan after a tap on "Noise and light" (x42-en-12)', async () => {
    const en = await tap(
      'sleep',
      'Sleep properly between night shifts',
      "I'm 33, a nurse at a hospital in Johannesburg on rotating shifts, four nights then days. On my first day off after nights I'm awake till 4am and then wrecked for the whole weekend. I've tried blackout curtains and sometimes take a melatonin but it's hit and miss. My partner works normal hours so the house is noisy when I need to sleep in the day.",
      'en',
      ['Noise and light'],
    );
    expect(en.keys).toContain('sleep-shiftwork-plan');
    expect(en.keys).toContain('sleep-shift-turn');
    expect(en.keys).toContain('sleep-noise-day');
    expect(en.keys).not.toContain('sleep-noise-house');
    expect(en.keys).not.toContain('sleep-wake');
    const ru = await tap(
      'sleep',
      'Высыпаться между сменами',
      'Работаю медсестрой, три ночи подряд, потом дневные. После ночных отсыпаюсь днём, а дома шумно — муж и дети.',
      'ru',
      ['Шум и свет'],
    );
    expect(ru.keys).toContain('sleep-shiftwork-plan');
    // Noise at an ordinary bedtime, with no nights, keeps the household's evening quiet hours.
    const near = await tap(
      'sleep',
      'Fall asleep before 11',
      'The house is noisy in the evening and the kids are up late.',
      'en',
      ['Noise and light'],
    );
    expect(near.keys).not.toContain('sleep-shiftwork-plan');
    expect(near.keys).not.toContain('sleep-noise-day');
  });
});

describe('instrument: ornaments, and traditional pieces learnt by ear (fix44F)', () => {
  it('drills the gracenotes and asks the band, not a first lesson (en-23)', async () => {
    const en = await tap(
      'instrument',
      'Learn the practice chanter so I can pipe with the band',
      "39, Antigonish, Nova Scotia. My kids are in the local pipe band for Highland dancing and I got roped in. Bought a practice chanter and a tutor book, I can do the scale but the gracenotes (doublings, throws) are a mess. The band wants new pipers on parade at the Highland Games in July. I practise in the car at lunch because it's loud.",
      'en',
      ['Already in or joining', 'Just starting'],
    );
    expect(en.keys).toContain('inst-orn-one');
    expect(en.keys).toContain('inst-inband-ask');
    for (const key of ['inst-01', 'inst-05', 'inst-07', 'inst-09']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'instrument',
      'Играть ирландские мелодии на вистле',
      'Гамму играю, мелодии по нотам разбираю, но форшлаги и мелизмы получаются грязно.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('inst-orn-one');
    const near = await tap('instrument', 'Learn the tin whistle', 'Never played anything, just bought one.', 'en', [
      'Just starting',
    ]);
    expect(some(near.keys, 'inst-orn')).toEqual([]);
  });

  it('learns kuu by ear with the grandfather, strokes first (x42-ru-53)', async () => {
    const ru = await tap(
      'instrument',
      'Выучить три кюу на комузе',
      'Мне 14, живу в Нарыне. У дедушки есть комуз, он раньше играл на тоях, но сейчас пальцы не слушаются. Хочу выучить хотя бы три кюу к его 80-летию в августе и сыграть ему. Пока умею только настраивать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['inst-ear-strokes', 'inst-ear-elder', 'inst-ear-phrase']);
    for (const key of ['inst-05', 'inst-07', 'inst-09']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'instrument',
      'Play two kuu for my grandmother',
      'She taught komuz for years; I have her old komuz and can only tune it.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('inst-ear-strokes');
    expect(en.texts[0]).toMatch(/basic strokes for the komuz/);
    const near = await tap('instrument', 'Learn the komuz', 'Never played anything before.', 'en', ['Just starting']);
    expect(some(near.keys, 'inst-ear')).toEqual([]);
  });
});

describe("repair: a tank's tap, and a gutter rusted through (fix44F)", () => {
  it('fixes the leaking tap, not a split, and replaces the rusted gutter (en-47)', async () => {
    const en = await tap(
      'repair',
      'Fix the guttering and the rainwater tank',
      "I'm 40, we live outside Madang and all our water comes from the roof into one 9000 litre tank. The gutter on the back side has rusted through and sags, and the tank tap leaks so we lose water every day. Last dry season we ran out for three weeks and had to carry water from the creek. My brother-in-law will lend me his ladder and an old grinder, but I have never done roof work myself.",
      'en',
      ['A gutter'],
    );
    expect(own(en.keys).slice(0, 2)).toEqual(['fix-tanktap-look', 'fix-tanktap-replace']);
    expect(some(en.keys, 'fix-tank-')).toEqual([]);
    const ru = await tap(
      'repair',
      'Починить бочку для полива',
      'Кран на бочке подтекает, за ночь уходит полбочки.',
      'ru',
    );
    expect(own(ru.keys)[0]).toBe('fix-tanktap-look');
    // A split in the tank keeps the split steps.
    const near = await tap(
      'repair',
      'Fix our rainwater tank',
      'The tank has split near the bottom and the tank tap drips too.',
      'en',
      ['A cracked'],
    );
    expect(own(near.keys)[0]).toBe('fix-tank-drain');
    expect(near.keys).not.toContain('fix-tanktap-look');
  });

  it('gives a rusted-through gutter a new length, and a sagging one its bracket', async () => {
    const full = await tap(
      'repair',
      'Replace the rusted gutter',
      'The gutter over the porch has rusted through in two places and drips on the step. Bungalow, one storey.',
      'en',
      ['A gutter'],
    );
    expect(full.keys).not.toContain('fix-gutter-fix');
    const ru = await tap(
      'repair',
      'Починить желоб',
      'Желоб над крыльцом проржавел насквозь, льёт прямо на ступени. Дом одноэтажный.',
      'ru',
      ['Водосток'],
    );
    expect(ru.keys).not.toContain('fix-gutter-fix');
  });
});

describe('writing: a booklet for an anniversary is the place’s history (fix44F)', () => {
  it('gives the parish hall centenary the archive path, not a zine (en-22)', async () => {
    const en = await tap(
      'writing',
      'Write the history of our parish hall for its centenary',
      "70, retired primary teacher, Co. Mayo. The hall turns 100 next year and the committee asked me to write 'a little booklet'. I have minute books going back to the 1920s, a biscuit tin of photos and a list of older people to talk to before it's too late. I've never written anything longer than a school report. Would like a draft by Christmas so it can go to the printer.",
      'en',
      ['A history', 'Just starting'],
    );
    expect(en.keys).toContain('write-hist-boxes');
    expect(some(en.keys, 'write-zine')).toEqual([]);
    const ru = await tap(
      'writing',
      'Брошюра к 50-летию школы',
      'Директор попросила собрать брошюру к юбилею: есть старые альбомы и протоколы, хочу поговорить с первыми выпускниками.',
      'ru',
      ['История', 'Только начинаю'],
    );
    expect(ru.keys).toContain('write-hist-boxes');
    // A zine named as one keeps the zine path, even about a village's history.
    const near = await tap(
      'writing',
      "Make a zine about our village's history",
      'Photocopied, 20 pages, for the summer fair.',
      'en',
      ['A zine', 'Just starting'],
    );
    expect(near.keys).toContain('write-zine-gather');
    expect(some(near.keys, 'write-hist')).toEqual([]);
  });
});

describe('hazards: a mule scheme as the means, and borrowed medicine (fix44F)', () => {
  it("leads saving for a course with the side job's danger, then the goal's own steps (read 41's ru-09)", async () => {
    const ru = await tap(
      'finance',
      'Накопить на курсы по UX-дизайну',
      'Мне 20, учусь на заочке в Кургане и работаю администратором в кальянной. Курс стоит 90 тысяч, хочу оплатить сразу, а не в рассрочку. Недавно нашла подработку через Телеграм: мне на карту приходят переводы от людей, я их пересылаю на другие карты и оставляю себе 3%, за месяц уже вышло 12 тысяч. Хочу к сентябрю собрать всю сумму и не влезть в долги.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-muleside-stop', 'hz-muleside-bank']);
    expect(own(ru.keys).filter((key) => key !== 'revisit').length).toBeGreaterThan(0);
    const en = await tap(
      'finance',
      'Save for a laptop by summer',
      'A guy on Telegram got me a side job: people send money to my card, I forward it to other accounts and keep 5 percent.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-muleside-stop');
    expect(own(en.keys).filter((key) => key !== 'revisit').length).toBeGreaterThan(0);
    // The scheme as the goal itself (an ИП and accounts opened to hand over) still halts.
    const itself = await tap(
      'admin',
      'Зарегистрировать ИП и открыть счета в банках',
      'Мне 20. Знакомый из чата предлагает 10 тысяч: я оформляю ИП и открываю пару счетов, а карты и доступ к приложениям отдаю ему, ему для бизнеса.',
      'ru',
    );
    expect(itself.keys.slice(0, 2)).toEqual(['hz-mule-stop', 'hz-mule-undo']);
    expect(own(itself.keys).filter((key) => key !== 'revisit')).toEqual([]);
  });

  it("reads borrowed medicine, not a borrowed car on the way to one's own", () => {
    expect(named("Stop borrowing my husband's zopiclone when I can't sleep")).toContain('meds_not_mine');
    expect(named('Я беру таблетки у мамы — пью её снотворное, когда не сплю.')).toContain('meds_not_mine');
    expect(named("I borrowed my brother's car to fetch my medicine from the pharmacy in town.")).not.toContain(
      'meds_not_mine',
    );
    expect(named('My son wants to borrow my tablet for school; I keep my medication list on it.')).not.toContain(
      'meds_not_mine',
    );
  });
});
