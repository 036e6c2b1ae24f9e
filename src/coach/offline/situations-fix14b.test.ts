import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const slots = createSlotReader(pack.slots);

describe('the twelfth blind read, fixed in general (helper fix14b): what is already done', () => {
  it('gives someone already qualified the job search, not the route into the profession', async () => {
    const en = await firstFive(
      'career',
      'Get my first job as a plumber',
      "Just qualified — finished my apprenticeship in June, but the firm can't take me on.",
    );
    expect(en.keys.some((key) => key.startsWith('car-reg-'))).toBe(false);
    expect(en.text).not.toMatch(/entry requirements|student finance/i);
    const nurse = await firstFive('career', 'Find a job as a newly qualified nurse', 'Graduated in September.');
    expect(nurse.keys.some((key) => key.startsWith('car-reg-'))).toBe(false);
    const ru = await firstFive(
      'career',
      'Найти работу электриком',
      'Закончил колледж, получил разряд и допуск, но без опыта никуда не берут.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('car-reg-'))).toBe(false);
    // Someone who still has to train keeps the route into the profession.
    const retrain = await firstFive('career', 'Retrain as a nurse at 41', 'Two kids and a mortgage.');
    expect(retrain.keys[0]).toBe('car-reg-route');
  });

  it('gives a first flat already found no rent ceiling, areas or viewings, and a house-sharer no family talk', async () => {
    const en = await firstFive(
      'moving',
      'Move into my first flat',
      "Been in house shares for years. Signed the lease on a studio, move-in date is the 15th, and I've got almost nothing.",
    );
    expect(en.keys).not.toContain('out-budget');
    expect(en.keys).not.toContain('out-listings');
    expect(en.keys).not.toContain('out-home-talk');
    expect(en.keys).toContain('out-kit');
    const ru = await firstFive(
      'moving',
      'Переехать в первую свою квартиру',
      'Нашла однушку, заезжаю через две недели, из вещей только чемодан.',
      'ru',
    );
    expect(ru.keys).not.toContain('out-listings');
    expect(ru.keys).not.toContain('out-areas');
    // Still looking: the search stays.
    const looking = await firstFive(
      'moving',
      "Move out of my parents' house",
      "I'm 23 and haven't found a flat yet; I work in the city centre.",
    );
    expect(looking.keys).toContain('out-listings');
  });

  it('gives a business not yet trading no last month\u2019s numbers or existing customers', async () => {
    const en = await firstFive(
      'business',
      'Get my coffee cart up and running by spring',
      "I've been a barista for eight years. Still need the licence and a pitch.",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    const ru = await firstFive(
      'business',
      'Открыть пекарню у дома',
      'Пеку на заказ десять лет, до открытия нужно найти помещение и оборудование.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
  });

  it('reads chords known from school as returning: no first lesson on holding the guitar', async () => {
    const ru = await firstFive(
      'instrument',
      'Сыграть на гитаре у костра',
      'Пару аккордов знаю со школы, хочу подобрать три песни к лету.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-05');
    expect(ru.keys).not.toContain('inst-07');
    const en = await firstFive('instrument', 'Play songs on the guitar for a camping trip', 'I know a few chords.');
    expect(en.keys).not.toContain('inst-05');
    const fresh = await firstFive('instrument', 'Learn to play the guitar', "I've never played anything.");
    expect(fresh.keys).toContain('inst-05');
  });

  it('reads a driving school finished as the format known, and drills the named weak topic', async () => {
    const ru = await firstFive(
      'exam',
      'Сдать теорию на права',
      'Автошколу окончила, путаюсь в знаках приоритета. Экзамен через месяц.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-official');
    expect(ru.keys).not.toContain('exam-practice');
    expect(ru.keys).toContain('exam-theory-weak');
    const en = await firstFive(
      'exam',
      'Pass my driving theory test',
      'Finished driving school; I keep mixing up the road signs. Test in three weeks.',
    );
    expect(en.keys).toContain('exam-theory-weak');
    expect(en.keys).not.toContain('exam-official');
    expect(en.minutes.every((minutes) => minutes <= 30)).toBe(true);
  });

  it('gives a partner already working in the new city no questions for a new employer', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать к жене в Казань',
      'Жена уже год там работает, я с сыном в Самаре, надо успеть к учебному году.',
      'ru',
    );
    expect(ru.keys).not.toContain('job-support');
    const en = await firstFive(
      'moving',
      'Join my husband in Leeds with the kids',
      'He moved for work in March; we follow in August.',
    );
    expect(en.keys).not.toContain('job-support');
    const own = await firstFive('moving', 'Relocate to Berlin for a new job', 'My start date is in May.');
    expect(own.keys).toContain('job-support');
  });

  it('gives a job not started yet no "say it on the next call"', async () => {
    const en = await firstFive(
      'language',
      'Learn some German for my new job',
      'Meetings are partly in German. I start in March.',
    );
    expect(en.keys).not.toContain('lang-work-update');
    const ru = await firstFive(
      'language',
      'Подтянуть английский для новой работы',
      'Созвоны на английском, выхожу на работу в феврале.',
      'ru',
    );
    expect(ru.keys).not.toContain('lang-work-update');
    const now = await firstFive('language', 'Speak up in meetings in English', 'Our stand-ups are in English.');
    expect(now.keys).toContain('lang-work-update');
  });
});

describe('the twelfth blind read, fixed in general (helper fix14b): the wrong situation', () => {
  it('gives one named dish its own recipe, cause and practice, not three beginner dinners', async () => {
    const en = await firstFive(
      'skill',
      'Learn to make a proper risotto',
      "Tried twice: once gluey, once crunchy. Want to make it for friends' dinner.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-dish-recipe', 'skill-dish-cause', 'skill-dish-half']);
    expect(en.keys.some((key) => key.startsWith('skill-cook-'))).toBe(false);
    const ru = await firstFive('skill', 'Научиться лепить пельмени', 'Тесто рвётся, хочу к Новому году.', 'ru');
    expect(ru.keys[0]).toBe('skill-dish-recipe');
    expect(ru.text).not.toMatch(/паста|запеканк/);
    const dinners = await firstFive('skill', 'cook 5 new dinners this month', '');
    expect(dinners.keys).toContain('skill-cook-plan');
  });

  it('gives a stand-up set bits and a timed set, not free-writing or a word count', async () => {
    const en = await firstFive(
      'writing',
      'Do a ten-minute stand-up set',
      'Friends say I should try comedy. I have jokes scattered in notebooks.',
    );
    expect(en.keys[0]).toBe('write-comedy-mine');
    expect(en.text).not.toMatch(/word count|free-write/i);
    const ru = await firstFive(
      'writing',
      'Выступить на стендапе',
      'Шутки записываю в телефон, а открытый микрофон в баре раз в месяц.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-comedy-mine');
    const poems = await firstFive('writing', 'Write poems for an open mic night', '');
    expect(poems.keys.some((key) => key.startsWith('write-comedy-'))).toBe(false);
  });

  it('reads a five-minute set or speech as its length, not as five minutes a day', () => {
    expect(slots.read('Write a five-minute set for a comedy open mic', []).minutes).toBeUndefined();
    expect(slots.read('Prepare a 5-minute speech', []).minutes).toBeUndefined();
    expect(slots.read('Подготовить выступление', ['10 минут выступления на конференции']).minutes).toBeUndefined();
    expect(slots.read('Write more', ['I have 20 minutes a day.']).minutes).toBe(20);
  });

  it('gives a harmony part in a choir already joined part-learning steps, not finding a choir', async () => {
    const en = await firstFive(
      'instrument',
      'Learn to sing the tenor line in our choir',
      'Whenever the basses and tenors split I drift back to the tune.',
    );
    expect(en.keys[0]).toBe('inst-part-track');
    expect(en.keys).not.toContain('inst-choir');
    expect(en.keys).not.toContain('inst-21');
    const ru = await firstFive(
      'instrument',
      'Научиться петь вторым голосом',
      'Пою в церковном хоре, но постоянно съезжаю на мелодию. Нот не знаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-part-track');
    expect(ru.keys).not.toContain('inst-choir');
    const join = await firstFive('instrument', 'Join a choir', 'I love singing but never sang in a group.');
    expect(join.keys).toContain('inst-choir');
    expect(join.keys.some((key) => key.startsWith('inst-part-'))).toBe(false);
    const drums = await firstFive('instrument', 'Learn my drum part for the gig', 'Our band plays Friday.');
    expect(drums.keys.some((key) => key.startsWith('inst-part-'))).toBe(false);
  });

  it('gives a kitchen that fills up through the day kitchen steps, not a whole-house rota or laundry', async () => {
    const en = await firstFive(
      'home',
      'Keep the kitchen clean',
      'Two teenagers and a toddler; dirty dishes everywhere by lunch.',
    );
    expect(en.keys[0]).toBe('home-kitchen-clear');
    expect(en.keys).not.toContain('home-routine-week');
    expect(en.keys).not.toContain('home-routine-laundry');
    const ru = await firstFive(
      'home',
      'Поддерживать порядок на кухне',
      'Трое детей, к вечеру гора посуды и все поверхности заставлены.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-kitchen-clear');
    const flat = await firstFive('home', 'Keep the flat tidy every day', 'I work long hours.');
    expect(flat.keys.some((key) => key.startsWith('home-kitchen-'))).toBe(false);
  });

  it('gives a painted-shut window and a wheel swap their own steps, with no part, model or oil data', async () => {
    const sash = await firstFive('repair', 'Get the bedroom window open', 'Old sash window painted shut years ago.');
    expect(sash.keys[0]).toBe('fix-sash-look');
    expect(sash.keys).not.toContain('fix-02');
    expect(sash.keys).not.toContain('fix-03');
    const ruWindow = await firstFive(
      'repair',
      'Открыть окно на даче',
      'Деревянное окно закрашено, не открывается.',
      'ru',
    );
    expect(ruWindow.keys[0]).toBe('fix-sash-look');
    const en = await firstFive(
      'repair',
      'Put the winter tyres on myself',
      'The wheels are already on rims in the shed.',
    );
    expect(en.keys[0]).toBe('fix-wheel-spec');
    expect(en.keys).not.toContain('fix-svc-spec');
    expect(en.keys).not.toContain('fix-07');
    const ru = await firstFive('repair', 'Поменять колёса на летние самому', 'Колёса на дисках, домкрат есть.', 'ru');
    expect(ru.keys[0]).toBe('fix-wheel-spec');
    expect(ru.text).not.toMatch(/масл/);
    const oil = await firstFive('repair', 'Change the oil on my car', '');
    expect(oil.keys).toContain('fix-svc-spec');
    const tap = await firstFive('repair', 'Fix the dripping bathroom tap', '');
    expect(tap.keys).toContain('fix-02');
  });

  it('gives phone photos light, blur and printing steps, not a camera kit or a themed walk', async () => {
    const en = await firstFive(
      'creative',
      'Take better photos of my kids on my phone',
      'Everything comes out blurry or dark.',
    );
    expect(en.keys[0]).toBe('cre-phone-light');
    expect(en.keys).not.toContain('cre-photo-kit');
    expect(en.keys).not.toContain('cre-photo-first');
    const ru = await firstFive('creative', 'Красиво снимать внуков на смартфон', 'Всё выходит тёмное.', 'ru');
    expect(ru.keys[0]).toBe('cre-phone-light');
    const camera = await firstFive('creative', 'Learn to use my new camera', 'A mirrorless I got for my birthday.');
    expect(camera.keys).toContain('cre-photo-kit');
  });

  it('gives a council tax band or cadastral value challenge its own steps, not a decision-letter appeal', async () => {
    const en = await firstFive(
      'admin',
      'Challenge our council tax band',
      'We are band E; the same semis next door are band D.',
    );
    expect(en.keys[0]).toBe('adm-band-check');
    expect(en.keys.some((key) => key.startsWith('adm-dec-'))).toBe(false);
    expect(en.text).not.toMatch(/doctor/i);
    const ru = await firstFive(
      'admin',
      'Оспорить кадастровую стоимость квартиры',
      'У соседей такая же квартира, а стоимость в полтора раза ниже.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-band-check');
    const benefit = await firstFive(
      'admin',
      'Appeal the PIP decision',
      'They gave me zero points; the decision letter came last week.',
    );
    expect(benefit.keys).toContain('adm-dec-deadline');
  });

  it('gives a technical interview no STAR stories, and a behavioural one keeps them', async () => {
    const ru = await firstFive(
      'interview',
      'Техническое интервью на аналитика',
      'Будет SQL и статистика, статистику подзабыл.',
      'ru',
    );
    expect(ru.keys).not.toContain('intv-03');
    expect(ru.keys).toContain('intv-tech-basics');
    const en = await firstFive('interview', 'Prepare for a technical interview', 'SQL test and Python questions.');
    expect(en.keys).not.toContain('intv-03');
    const plain = await firstFive('interview', 'Interview for a marketing manager role', 'Next Tuesday.');
    expect(plain.keys).toContain('intv-03');
  });

  it('compares driving with the train before any car preparation, and keeps it for a road trip', async () => {
    const en = await firstFive(
      'travel',
      'Family week in the Alps',
      'Two kids. Not sure whether to drive or take the train.',
    );
    expect(en.keys).not.toContain('road-car');
    expect(en.keys).toContain('trip-mode-compare');
    const ru = await firstFive('travel', 'Отпуск в Карелии с детьми', 'Думаем: на машине или на поезде.', 'ru');
    expect(ru.keys).not.toContain('road-car');
    const road = await firstFive('travel', 'Road trip around Scotland', 'Two weeks in our own car.');
    expect(road.keys).toContain('road-car');
  });

  it('gives a vague "can\u2019t do it" no named-gap steps, and a named gap keeps them', async () => {
    const en = await firstFive('skill', 'Learn to juggle', "I can't do it at all, the balls go everywhere.");
    expect(en.keys.some((key) => key.startsWith('skill-gap-'))).toBe(false);
    const ru = await firstFive(
      'skill',
      'Разобраться в нейросетях',
      'Коллеги всё делают через чат-боты, а я не понимаю, с чего начать.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('skill-gap-'))).toBe(false);
    expect(ru.keys).not.toContain('skill-14');
    const named = await firstFive('skill', 'Get better at knitting', 'I knit scarves, but cables are a mystery.');
    expect(named.keys).toContain('skill-gap-first');
  });
});
