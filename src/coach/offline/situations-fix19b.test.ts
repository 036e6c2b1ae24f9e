import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const reader = createSlotReader(pack.slots);

/** The skill kind's short-drill catch-all: a 20-minute lesson, copying the video, repeating it alone. */
const DRILLS = ['skill-03', 'skill-05', 'skill-06', 'skill-07'];

describe('the nineteenth blind read, fixed in general (helper fix19b)', () => {
  it('gives a long make (smoking, cheese) a recipe timeline, the kit and a shorter practice run, not 20-minute drills', async () => {
    const en = await firstFive(
      'skill',
      "Learn to smoke a brisket for my son's graduation party",
      "I've only ever done burgers on a gas grill. The party's in early June in our backyard in Austin and I've rented an offset smoker for the month before to practise on.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-long-recipe', 'skill-long-kit', 'skill-long-short']);
    expect(en.keys.some((key) => DRILLS.includes(key))).toBe(false);
    expect(en.text).toMatch(/extinguisher/);
    const ru = await firstFive(
      'skill',
      'Научиться варить сыр из козьего молока',
      'Хочу к осени освоить адыгейский и качотту.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-long-recipe');
    expect(ru.text).not.toMatch(/по 20 минут/);
    const ruSmoke = await firstFive(
      'skill',
      'Научиться коптить рыбу на даче',
      'Купил коптильню горячего копчения.',
      'ru',
    );
    expect(ruSmoke.keys[0]).toBe('skill-long-recipe');
    const control = await firstFive('skill', 'Learn to juggle three balls', '');
    expect(control.keys[0]).toBe('skill-03');
  });

  it('starts someone who already sews from the pattern and the fit, not from a straight seam', async () => {
    const en = await firstFive(
      'skill',
      "Sew a dress from a paper pattern for my friend's wedding",
      "I can run up cushions and curtains on my machine but I've never followed a pattern or fitted anything to a body. The wedding's at the end of August.",
    );
    // fix48M: the sewing place is set up before the test garment.
    expect(en.keys.slice(0, 4)).toEqual(['skill-sew-pattern', 'skill-sew-setup', 'skill-sew-test', 'skill-sew-new']);
    expect(en.text).not.toMatch(/straight lines|straight seam/);
    const ru = await firstFive(
      'skill',
      'Сшить себе платье по выкройке',
      'Уже умею шить на машинке простые вещи, но по выкройке не шила.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-sew-pattern');
    const control = await firstFive('skill', 'Learn to sew', "I've never used a sewing machine.");
    expect(control.keys[0]).toBe('skill-sew-plan');
  });

  it('reads the level stated in plain words', () => {
    const level = (title: string, description: string) => reader.read(title, [description]).level;
    expect(level('Sew a dress', "I can sew cushions but I've never followed a pattern.")).toBe('returning');
    expect(level('Научиться играть на варгане', 'Пока получается только жужжание, занимаюсь по вечерам.')).toBe(
      'beginner',
    );
    expect(
      level(
        'Break four hours at the marathon',
        'I ran 4:22 two years ago and started running again in September. I can do 15 miles comfortably now.',
      ),
    ).toBe('active');
    expect(level('Learn the harmonica', 'I can just about play Oh Susanna.')).toBe('active');
    expect(level('Пробежать полумарафон', 'Сейчас спокойно пробегаю 15 км, раньше бегала в институте.')).toBe('active');
    // Control: a health sign still means a gentle start.
    expect(level('Run a 10k', 'I can run 5 km now but I am overweight and get out of breath.')).toBe('beginner');
  });

  it('reads two windows said together, and a day that names a market as no window', () => {
    const window = (title: string, description: string) => reader.read(title, [description]).values.window?.id;
    expect(window('Pass the Series 7 exam', "It's evenings and Saturday mornings only.")).toBe('eve_weekend');
    expect(window('Сдать экзамен', 'Готовиться могу только по вечерам и в выходные.')).toBe('eve_weekend');
    expect(window('Busk at the Saturday market', 'I can play a few tunes.')).toBeUndefined();
    expect(window('Learn Spanish', 'Only Saturday mornings are free.')).toBe('saturday');
  });

  it('opens the study materials a person already has instead of telling them to get one', async () => {
    const en = await firstFive(
      'exam',
      'Pass the Series 7 exam on my first attempt',
      "My firm's sponsoring me and the exam is booked for 14 March. I've got the Kaplan materials but I'm working 50-hour weeks, so it's evenings and Saturday mornings only.",
    );
    expect(en.text).not.toMatch(/Get the one core resource/);
    expect(en.text).toMatch(/weekday evenings and at the weekend/);
  });

  it('prepares a request to one’s own manager, never a job interview', async () => {
    const en = await firstFive(
      'interview',
      'Talk my boss into letting me work from Spain for a month',
      'My manager is quite old-school about being in the office and the one-to-one where I want to ask is next week.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['intv-req-policy', 'intv-req-cover']);
    expect(en.keys.some((key) => /^intv-0\d$/.test(key))).toBe(false);
    expect(en.text).not.toMatch(/posting|Tell me about yourself|interviewers/);
    const ru = await firstFive(
      'interview',
      'Уговорить начальника отпускать меня на курсы по средам',
      'Руководитель строгий.',
      'ru',
    );
    expect(ru.keys[0]).toBe('intv-ask-one');
    expect(ru.text).not.toMatch(/вакансi|Расскажите о себе/);
    const control = await firstFive('interview', 'Prepare for my interview on Friday', "It's for a receptionist job.");
    expect(control.keys[0]).toBe('intv-01');
  });

  it('builds a trip around an event, and plans arrival by road as well as by air', async () => {
    const en = await firstFive(
      'travel',
      'See the total solar eclipse in northern Spain in August 2026',
      'Me and two mates want to drive down from Bilbao and find somewhere with clear skies.',
    );
    expect(en.keys[0]).toBe('trip-event-when');
    expect(en.keys).not.toContain('trip-no-car');
    expect(en.keys).not.toContain('trip-plan-days');
    expect(en.text).toMatch(/eclipse glasses/);
    const ru = await firstFive(
      'travel',
      'Съездить на фестиваль в Калининград',
      'Поедем вдвоём на поезде в июле.',
      'ru',
    );
    expect(ru.keys[0]).toBe('trip-event-when');
    const control = await firstFive('travel', 'Take my mum to Cornwall for her 70th', 'We would go by train.');
    expect(control.text).not.toMatch(/from the airport or station/);
    expect(control.keys).toContain('trip-arrival');
  });

  it('gives foam armour for cosplay its own kit and test piece, never yarn', async () => {
    const ru = await firstFive(
      'creative',
      'Сделать косплей-костюм ведьмака к фестивалю «Старкон»',
      'Хочу костюм ведьмака с бронёй из EVA-пены, фестиваль в июле. Шить на машинке умею немного, а с пеной и покраской вообще никогда не работала.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-cos-refs', 'cre-cos-kit']);
    expect(ru.text).not.toMatch(/пряж|спиц/);
    const en = await firstFive('creative', 'Build Mandalorian armour for Comic Con', 'Never made anything like it.');
    expect(en.keys).toContain('cre-cos-test');
    expect(en.text).toMatch(/respirator/);
    const control = await firstFive('creative', 'Learn to knit a scarf', "I've never held knitting needles.");
    expect(control.keys[0]).toBe('cre-knit-kit');
  });

  it('fits new doors from measurements and one door first, not "what broke"', async () => {
    const ru = await firstFive(
      'repair',
      'Поменять межкомнатные двери самому',
      'В квартире пять старых дверей, полотна с коробками уже купил. Раньше только полки вешал, боюсь испортить проёмы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-door-measure');
    expect(ru.keys.some((key) => /^fix-0\d$/.test(key) || key.startsWith('fix-inst-'))).toBe(false);
    const en = await firstFive(
      'repair',
      'Hang new internal doors in our flat',
      'We bought four door sets with frames.',
    );
    expect(en.keys[0]).toBe('fix-door-measure');
    const control = await firstFive('repair', 'Fix the wobbly table leg', '');
    expect(control.keys[0]).toBe('fix-01');
  });

  it('sets up a work corner for two without naming a bed', async () => {
    const en = await firstFive(
      'home',
      'Turn our dining room into a home office for two',
      'My partner and I both work from home three days a week and we keep fighting over the kitchen table.',
    );
    expect(en.keys[0]).toBe('home-corner-spot');
    expect(en.text.split('\n')[0]).not.toMatch(/bed/);
    const ru = await firstFive('home', 'Обустроить рабочее место в спальне', 'Работаю из дома.', 'ru');
    expect(ru.text.split('\n')[0]).not.toMatch(/кроват/);
  });
});
