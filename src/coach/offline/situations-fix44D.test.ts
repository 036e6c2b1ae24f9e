import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const own = (keys: string[]) => keys.filter((key) => !key.startsWith('hz-'));

describe('the forty-fourth blind read, fixed in general (helper fix44D)', () => {
  it('explores what the experience fits before "the role you want" when the new field is not yet named', async () => {
    const en = await tap(
      'career',
      'Get out of hospitality into something with weekends off',
      "Restaurant supervisor for 6 years, good with rosters, stock and angry customers, but I've worked every weekend since 2018. I don't even know what jobs my experience fits, admin? purchasing?",
      'en',
      ['Career'],
    );
    expect(en.keys[0]).toBe('car-ch-skills');
    expect(en.keys).not.toContain('car-01');
    const ru = await tap(
      'career',
      'Уйти из розницы',
      'Восемь лет администратор магазина, все выходные на работе. Не понимаю, куда с моим опытом можно пойти, чтобы выходные были свободны.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-ch-skills');
    expect(ru.keys).not.toContain('car-01');
    // A role already chosen keeps the ordinary job-search path.
    const near = await tap(
      'career',
      'Get a job as a purchasing assistant',
      'Six years as a restaurant supervisor, I handle all the stock ordering. Looking for a purchasing job with weekends off.',
      'en',
    );
    expect(some(near.keys, 'car-ch-')).toEqual([]);
  });

  it('writes down the wanted role before telling everyone about the search after a layoff', async () => {
    const ru = await tap(
      'career',
      'Найти работу после сокращения',
      'Мне 56, 30 лет отработал мастером участка на заводе, в сентябре сократили. Резюме составлял сын.',
      'ru',
      ['Меня только что сократили'],
    );
    expect(ru.keys.indexOf('car-01')).toBeGreaterThanOrEqual(0);
    expect(ru.keys.indexOf('car-01')).toBeLessThan(ru.keys.indexOf('car-lost-tell'));
    const en = await tap(
      'career',
      'Find a new job after being laid off',
      'I was laid off from the warehouse last month after 12 years as a shift lead.',
      'en',
      ['Just laid off'],
    );
    expect(en.keys[0]).toBe('car-lost-money');
    expect(en.keys.indexOf('car-01')).toBeLessThan(en.keys.indexOf('car-lost-tell'));
  });

  it('gives a CSCS test its own path — no driving theory app, no "last mock" — and asks for the voiceover before booking', async () => {
    const en = await tap(
      'exam',
      'Pass the CSCS health and safety test',
      "19, just started as a labourer on a site, need my green card by the end of next month. I'm dyslexic and long multiple choice questions are my worst nightmare, failed my driving theory twice because of it. I think you can ask for a voiceover.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('exam-known');
    expect(some(en.keys, 'exam-theory')).toEqual([]);
    expect(en.keys).toContain('exam-access-ask');
    expect(en.keys.indexOf('exam-access-ask')).toBeLessThan(en.keys.indexOf('exam-book'));
    expect(en.texts.join(' ')).not.toMatch(/driving theory/);
    const ru = await tap(
      'exam',
      'Сдать на группу допуска по электробезопасности',
      'Работаю электромонтёром полгода. У меня дислексия, длинные вопросы читаю очень медленно, два раза завалил теорию в ГИБДД из-за этого.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('exam-known');
    expect(some(ru.keys, 'exam-theory')).toEqual([]);
    expect(ru.keys).toContain('exam-access-ask');
    // The driving theory test itself, failed twice, still starts from the attempts; no reading support is named.
    const near = await tap(
      'exam',
      'Pass my driving theory test',
      'Failed it twice already, the hazard perception part gets me every time.',
    );
    expect(near.keys[0]).toBe('exam-known');
    expect(near.keys).not.toContain('exam-access-ask');
  });

  it('reads a past event\'s month as no deadline ("I turned 65 in January", «после инсульта в январе», "the office in May Pen")', async () => {
    const en = await tap(
      'admin',
      'Claim my state pension',
      "I turned 66 in March and haven't applied yet. I have my national insurance number and my bank details.",
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap(
      'admin',
      'Оформить маме пособие по уходу',
      'Маме 80, после инсульта в январе она плохо ходит. Я работаю, хочу понять, что нам положено.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys).not.toContain('adm-01');
    const place = await tap(
      'admin',
      'Renew my passport',
      'The passport office in May Pen told me I need new photos and my old passport.',
      'en',
      ['A passport'],
    );
    expect(place.keys).not.toContain('adm-01');
    // A date still ahead stays a deadline.
    const near = await tap('admin', 'Claim my state pension', 'I turn 66 in March and want it paid from then.', 'en', [
      'Claiming a benefit',
    ]);
    expect(near.keys[0]).toBe('adm-01');
  });

  it('puts a name spelled differently on two papers right at the registry, instead of a benefits check', async () => {
    const en = await tap(
      'admin',
      'Get my birth certificate sorted so I can claim my pension',
      'I am 72. Social Security says my name on the birth certificate is spelled different from my ID card so they cannot process my pension. The registry is far away on the bus.',
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['adm-namefix-ask', 'adm-namefix-registry']);
    expect(en.keys).not.toContain('adm-ben-check');
    expect(en.keys).not.toContain('adm-02');
    const ru = await tap(
      'admin',
      'Исправить свидетельство о рождении',
      'В Социальном фонде сказали, что фамилия в свидетельстве о рождении не совпадает с паспортом, и пенсию не оформляют. ЗАГС в другом городе.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-namefix-ask');
    expect(ru.keys).not.toContain('adm-ben-check');
    // A name changed on purpose keeps the name-change path.
    const near = await tap(
      'admin',
      'Change my surname on all my documents',
      "I got married in June and want to take my husband's name on my passport and bank cards.",
      'en',
      ['Changing my name'],
    );
    expect(some(near.keys, 'adm-namefix')).toEqual([]);
  });

  it('asks for a disability assessment on paper or at home when the person cannot travel — no office appointment', async () => {
    const ru = await tap(
      'admin',
      'Оформить маме инвалидность',
      'Маме 81, после инсульта плохо ходит. Терапевт сказала проходить МСЭ и дала список обследований. Мама к врачам ездить не может, я работаю в две смены.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-home-route');
    expect(ru.keys).not.toContain('adm-04');
    const en = await tap(
      'admin',
      'Apply for disability benefit for my dad',
      "Dad is 84 and housebound since his fall, he can't manage the journey to an assessment centre. I live an hour away.",
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys[0]).toBe('adm-home-route');
    expect(en.keys).not.toContain('adm-04');
    // Someone who can get to the office keeps the appointment step, with no home-assessment steps.
    const near = await tap(
      'admin',
      'Apply for disability benefit',
      'I have MS and my GP said I should apply. I can still drive to appointments.',
      'en',
      ['Claiming a benefit'],
    );
    expect(some(near.keys, 'adm-home')).toEqual([]);
    expect(near.keys).toContain('adm-04');
  });

  it('does not send someone who states the deadline to look it up', async () => {
    const en = await tap(
      'admin',
      'File our taxes myself this year',
      "My husband always did our taxes but he had a stroke. I've never done it. Deadline is April 30 and I've got a shoebox of slips.",
      'en',
      ['A tax return'],
    );
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys[0]).toBe('adm-tax-account');
    const ru = await tap(
      'admin',
      'Подать декларацию 3-НДФЛ',
      'Первый раз сдаю сама, продала дачу. Крайний срок 30 апреля, чеки в коробке.',
      'ru',
      ['Налоговая декларация'],
    );
    expect(ru.keys).not.toContain('adm-01');
    // A deadline asked about, not stated, is still looked up.
    const near = await tap(
      'admin',
      'File my tax return',
      "I'm self-employed for the first time and I don't know when the deadline is.",
      'en',
      ['A tax return'],
    );
    expect(near.keys[0]).toBe('adm-01');
  });

  it('skips "which powers of attorney" when the forms are in hand, and registers an LPA before it is used', async () => {
    const en = await tap(
      'admin',
      'Get Lasting Power of Attorney done for Mum',
      "Mum's 79 and was diagnosed with early Alzheimer's in the spring. I downloaded the forms, there's a health one and a finance one, and I don't know if we need a solicitor.",
      'en',
      ['A power of attorney'],
    );
    expect(en.keys).not.toContain('adm-poa-kinds');
    expect(en.keys).toContain('adm-poa-store');
    expect(en.texts[en.keys.indexOf('adm-poa-store')]).toMatch(/Office of the Public Guardian/);
    const ru = await tap(
      'admin',
      'Оформить доверенность на папу',
      'Папе 85, память подводит. Я уже скачала бланки доверенностей на сайте, но не понимаю, что писать.',
      'ru',
      ['Оформление доверенности'],
    );
    expect(ru.keys).not.toContain('adm-poa-kinds');
    // Nothing in hand: the kinds are found out first.
    const near = await tap(
      'admin',
      'Sort out power of attorney for my dad',
      "Dad's 88 and his memory is going. We haven't started anything yet.",
      'en',
      ['A power of attorney'],
    );
    expect(near.keys).toContain('adm-poa-kinds');
  });

  it('gives no school step to an old couple whose children are grown, nor a flat search when the new place is found', async () => {
    const en = await tap(
      'moving',
      'Move off the farm into a unit in town',
      "We're 73 and 75 and have been on our sheep place for 44 years. The kids don't want it, it's sold and settlement is the 30th of May. We've found a two-bedroom unit near the hospital but there's a shed full of stuff.",
      'en',
    );
    expect(en.keys).not.toContain('kids-school');
    expect(en.keys).not.toContain('move-09');
    const ru = await tap(
      'moving',
      'Переехать из деревни в город',
      'Нам с мужем под семьдесят, дети давно взрослые, живут в Москве. Дом продали, нашли однушку рядом с поликлиникой, переезд в мае.',
      'ru',
    );
    expect(ru.keys).not.toContain('kids-school');
    // Young children named with no grown-up ones keep the school step.
    const near = await tap(
      'moving',
      'Move to a bigger house',
      'We have two kids, 6 and 9, and they will change school after the move in August.',
      'en',
      ['Children changing school'],
    );
    expect(near.keys).toContain('kids-school');
  });

  it('plans the search for one’s own place from housing an employer gives for the first weeks, and a first place abroad that takes the dog', async () => {
    const en = await tap(
      'moving',
      'Move from Lagos to Aberdeen for my nursing job',
      'I start at the hospital on 3 March, my visa is already approved. The hospital gives four weeks of accommodation and then I must find my own room.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-stay-given');
    expect(en.keys).not.toContain('abroad-landing');
    const ru = await tap(
      'moving',
      'Переезд в Германию по работе',
      'Компания оплачивает гостиницу на первые две недели, а потом надо искать своё жильё. Еду одна, виза готова.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).toContain('abroad-stay-given');
    expect(ru.keys).not.toContain('abroad-landing');
    const pet = await tap(
      'moving',
      'Переезд из Тбилиси в Белград с собакой',
      'Едем на машине с лабрадором, 38 кг. Жильё в Белграде ищем удалённо, и везде пишут «без животных».',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(own(pet.keys)).toContain('abroad-pet-stay');
    expect(pet.keys).not.toContain('abroad-landing');
    // A move abroad with no given housing and no pet keeps the first-month short let.
    const near = await tap(
      'moving',
      'Move to Lisbon',
      'I work remotely and want to try living in Portugal for a year. Never lived abroad.',
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-landing');
    expect(near.keys).not.toContain('abroad-stay-given');
  });
});
