import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read, helper fix52A: harmful steps', () => {
  it('checks a work channel about patients for identifying details before it goes out; without confidentiality the photo post stays', async () => {
    const en = await tap(
      'writing',
      'keep up my blog about life as an ICU nurse',
      "I'm a nurse in intensive care and started a blog last year, eight posts and then nothing. I want one post a week, but I must not break patient confidentiality.",
      'en',
      [],
    );
    expect(en.keys).toContain('write-ch-first-private');
    expect(en.keys).not.toContain('write-ch-first');
    const ru = await tap(
      'writing',
      'вести канал о работе в роддоме, пост в неделю',
      'Я акушерка, работаю 12 лет, завела канал в телеграме, но пишу редко. Хочу писать раз в неделю и при этом не раскрыть врачебную тайну.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('write-ch-first-private');
    expect(ru.texts.join(' ')).not.toMatch(/с одной фотографией/);
    const near = await tap(
      'writing',
      'вести канал о своём огороде, пост в неделю',
      'Я пенсионерка, 20 лет выращиваю овощи, завела канал в телеграме, но пишу редко. Хочу писать раз в неделю.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('write-ch-first-private');
    expect(near.keys).toContain('write-ch-first');
  });

  it('gives no heirs’ six-month deadline to someone making her own will after a death in the family; an estate put off keeps it', async () => {
    const en = await tap(
      'admin',
      'write my will so my sons do not fight over the house later',
      'I am 60, my wife died three years ago, and my two sons barely speak. The house is in my name and I want it split fairly.',
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('hz-inherit-notary');
    expect(en.keys).not.toContain('hz-inherit-family');
    expect(en.keys).toContain('adm-will-list');
    const ru = await tap(
      'admin',
      'оформить завещание на дом, чтобы внуки потом не судились',
      'Мне 70, муж умер пять лет назад. Дом мой, внуков трое, хочу всё решить заранее.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).not.toContain('hz-inherit-notary');
    expect(ru.keys).toContain('adm-will-list');
    const near = await tap(
      'family',
      'разобраться с папиной квартирой',
      'Папа умер в октябре, с наследством и нотариусом решили разобраться потом, после годовщины.',
      'ru',
      [],
    );
    expect(near.keys).toContain('hz-inherit-notary');
  });
});

describe('the fifty-first blind read, helper fix52A: whole paths', () => {
  it('gives boats and paddleboards for hire a capsize plan and the water rules, not dress-rental terms; a dress rental keeps them', async () => {
    const ru = await tap(
      'business',
      'сдавать байдарки туристам на озере летом',
      'Купил три байдарки и жилеты, хочу выдавать напрокат и водить группы вдоль берега. Вода даже летом холодная.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('biz-water-safety');
    expect(ru.keys).not.toContain('biz-rent-terms');
    expect(ru.keys).not.toContain('biz-rent-clean');
    expect(ru.texts.join(' ')).not.toMatch(/химчистк|пятн/);
    const en = await tap(
      'business',
      'start renting out paddleboards at the lake this summer',
      'I bought five second-hand SUP boards and life jackets and want to rent them out and take small groups along the shore at weekends.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('biz-water-safety');
    expect(en.texts.join(' ')).not.toMatch(/dry clean|stain/i);
    const near = await tap(
      'business',
      'сдавать платья в прокат',
      'У меня восемь вечерних платьев, хочу сдавать их в аренду на выпускные.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).not.toContain('biz-water-safety');
    expect(near.keys).toContain('biz-rent-terms');
  });

  it('gives a recruitment open day its own rules, a slow one-minute introduction and a group task; a job interview keeps the posting', async () => {
    const en = await tap(
      'interview',
      'flight attendant assessment day in Lagos next month',
      'An airline is holding an assessment day for flight attendants. I hear they do a reach test and a group exercise and cut most people early. I talk fast when I am nervous.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('intv-day-rules');
    expect(en.keys).toContain('intv-day-intro');
    expect(en.keys).not.toContain('intv-01');
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'пройти отбор в бортпроводники',
      'Через месяц день набора в авиакомпанию, говорят, сначала короткий разговор и групповое задание. Я волнуюсь и тараторю.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('intv-day-rules');
    expect(ru.keys).not.toContain('intv-01');
    const near = await tap(
      'interview',
      'job interview for a hotel receptionist role',
      'I have an interview at a city hotel next week with the front office manager.',
      'en',
      ['None'],
    );
    expect(near.keys).not.toContain('intv-day-rules');
    expect(near.keys).toContain('intv-01');
  });

  it('traces a closed employer’s records for a pension instead of "check what you are owed"; a plain benefit claim keeps it', async () => {
    const ru = await tap(
      'admin',
      'собрать документы на пенсию',
      'Через год мне на пенсию, в Соцфонде сказали, что шесть лет на заводе не засчитаны — завод закрыли в 90-х, архив завода не найти.',
      'ru',
      ['Пособие'],
    );
    expect(ru.keys).toContain('adm-svc-archive');
    expect(ru.keys).not.toContain('adm-ben-check');
    expect(ru.keys).not.toContain('adm-04');
    const en = await tap(
      'admin',
      'sort out my pension before I retire',
      'The pension office says eight years are missing from my record. My employer closed down in 2001 and nobody knows where the records went.',
      'en',
      ['Claiming'],
    );
    expect(en.keys).toContain('adm-svc-archive');
    const near = await tap(
      'admin',
      'оформить пособие на ребёнка',
      'Родила в марте, хочу оформить единое пособие.',
      'ru',
      ['Пособие'],
    );
    expect(near.keys).not.toContain('adm-svc-archive');
    expect(near.keys).toContain('adm-ben-check');
  });
});

describe('the fifty-first blind read, helper fix52A: single steps', () => {
  it('checks labels already printed for a bottled sauce and costs the bottle instead of a one-line offer; no label in hand keeps the draft', async () => {
    const en = await tap(
      'business',
      'sell my chutney at the farmers market',
      "I've had labels printed already and sold about 40 jars to friends. I need to work out a price that covers the jars and the gas.",
      'en',
      ['Selling food'],
    );
    expect(en.keys).toContain('biz-jar-label-check');
    expect(en.keys).not.toContain('biz-jar-label');
    expect(en.keys).not.toContain('biz-offer');
    expect(en.keys).not.toContain('biz-registration');
    const ru = await tap(
      'business',
      'продавать свою аджику на рынке',
      'Этикетки уже напечатала, продала банок 50 знакомым. Не понимаю, как посчитать цену, чтобы окупались банки и газ.',
      'ru',
      ['Свои соусы'],
    );
    expect(ru.keys).toContain('biz-jar-label-check');
    expect(ru.keys).not.toContain('biz-offer');
    const near = await tap(
      'business',
      'sell my chutney at the farmers market',
      'I make chutney for friends and want to sell it. I have no labels yet.',
      'en',
      ['Selling food'],
    );
    expect(near.keys).toContain('biz-jar-label');
    expect(near.keys).not.toContain('biz-jar-label-check');
  });

  it('plans study in both windows named: weeknights with most of a Sunday', async () => {
    const exam = await tap(
      'exam',
      'pass the ACCA paper in March while working full time',
      "I'm registered for March and behind on hours. I can get an hour on weeknights and most of Sunday.",
      'en',
      ['The certification'],
    );
    const plan = exam.texts[exam.keys.indexOf('exam-calendar-window')] ?? '';
    expect(plan).toMatch(/Sundays/);
    expect(plan).toMatch(/evenings/i);
  });

  it('reads a residence permit on a basis without repeating the deadline and the document list', async () => {
    const ru = await tap(
      'admin',
      'продлить вид на жительство в Грузии через ИП',
      'Живу в Тбилиси третий год, ВНЖ через бизнес, в марте он заканчивается. Хочу заранее собрать документы и подать.',
      'ru',
      ['ВНЖ через работу'],
    );
    expect(ru.keys).toHaveLength(5);
    if (ru.keys.includes('adm-res-stay')) expect(ru.keys).not.toContain('adm-01');
    if (ru.keys.includes('adm-res-basis')) expect(ru.keys).not.toContain('adm-02');
  });

  it('finds the monthly extra for credit cards before working out the payoff date', async () => {
    const ru = await tap(
      'finance',
      'погасить две кредитки',
      'Долг по двум кредиткам 210 тысяч, плачу минимальные платежи вовремя, но долг почти не уменьшается.',
      'ru',
      ['Ничего'],
    );
    const extra = ru.keys.indexOf('fin-debt-leftover');
    const date = ru.keys.indexOf('fin-debt-plan');
    if (extra >= 0 && date >= 0) expect(extra).toBeLessThan(date);
  });
});
