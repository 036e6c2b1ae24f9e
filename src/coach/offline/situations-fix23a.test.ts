import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** The kind the coach settles on for an unplaced goal before any answer: undefined while it still has to ask. */
async function placed(title: string, description: string, locale: 'en' | 'ru') {
  const result = await coach.clarifyGoal(
    aCoachContext({ goal: { id: 'g', title, description, goalType: null }, locale, mayAsk: true }),
  );
  return result.goalType;
}

describe('the twenty-third blind read, fixed in general (helper fix23a)', () => {
  it('gives befriending an older person the schemes, the checks and a first visit — not a volunteer shift', async () => {
    const en = await firstFive(
      'social',
      'Become a befriender for an older person in my area',
      "I'm 26, work from home and I'm honestly quite lonely myself. I've heard Age UK runs something like this but I've never volunteered for anything.",
    );
    expect(en.keys).toEqual(['soc-bef-what', 'soc-bef-find', 'soc-bef-apply', 'soc-bef-checks', 'soc-bef-first']);
    expect(en.text).not.toMatch(/shift/i);
    const ru = await firstFive(
      'social',
      'Навещать одиноких пожилых людей',
      'Хочу раз в неделю приходить к кому-то из стариков в нашем районе, но не знаю, с чего начать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-bef-what');
    expect(ru.keys).not.toContain('soc-vol-first');
    expect(ru.text).not.toMatch(/смен/);
    // Volunteering with animals keeps the volunteer path and its shifts.
    const shelter = await firstFive('social', 'Volunteer at an animal shelter', 'I love dogs and have Saturdays free.');
    expect(shelter.keys[0]).toBe('soc-vol-what');
    expect(shelter.keys).not.toContain('soc-bef-what');
  });

  it('gives a class reunion the class list, the search and a date poll — not a club, a barista or openers', async () => {
    const ru = await firstFive(
      'social',
      'Собрать одноклассников на встречу через 25 лет после выпуска',
      'Выпускались в 2000-м в Усть-Каменогорске, сейчас все разъехались — Россия, Германия, Казахстан. Есть старый чат в Вотсапе, но там восемь человек из двадцати семи.',
      'ru',
    );
    expect(ru.keys).toEqual(['soc-reu-list', 'soc-reu-search', 'soc-reu-helpers', 'soc-reu-poll', 'soc-reu-venue']);
    expect(ru.text).not.toMatch(/бариста|клуб, курсы/);
    const en = await firstFive(
      'social',
      'Organise our school reunion',
      "It's 20 years since we left school and most of the class has moved away.",
    );
    expect(en.keys[0]).toBe('soc-reu-list');
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-05');
    // Seeing old school friends more often keeps the list of people and a message to one of them.
    const friends = await firstFive('social', 'See my old school friends more often', "We've drifted apart since uni.");
    expect(friends.keys[0]).toBe('soc-01');
    expect(friends.keys).not.toContain('soc-reu-list');
  });

  it('gives a partner newly retired and home all day territories and time apart — not a weekly slot or a postcard', async () => {
    const en = await firstFive(
      'family',
      "Make my husband's retirement work without us driving each other mad",
      "He retired from the fire service in June and now he's home all day reorganising my kitchen cupboards. We've been married 31 years and I'd like us to actually enjoy this bit.",
    );
    expect(en.keys).toEqual(['fam-ret-talk', 'fam-ret-zones', 'fam-ret-apart', 'fam-ret-project', 'fam-ret-week']);
    expect(en.texts[0]).toMatch(/with your husband/);
    expect(en.keys).not.toContain('fam-23');
    expect(en.keys).not.toContain('fam-05');
    const ru = await firstFive(
      'family',
      'Ужиться с мужем, который вышел на пенсию',
      'Теперь он целыми днями дома и переставляет всё на кухне.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-ret-talk');
    expect(ru.texts[0]).toMatch(/с мужем/);
    expect(ru.keys).not.toContain('fam-12');
    // A parent's retirement is no partner at home all day.
    const dad = await firstFive('family', 'Help my dad settle into retirement', 'He retired in May and seems lost.');
    expect(dad.keys).not.toContain('fam-ret-zones');
  });

  it('gives not lecturing a grown child the worry, a message and advice kept back — not past rows or a pause word', async () => {
    const ru = await firstFive(
      'family',
      'Научиться не поучать взрослую дочь',
      'Дочери 28, живёт отдельно. После каждого моего совета мы ругаемся, и она неделю не берёт трубку. Понимаю, что перегибаю, но остановиться не могу.',
      'ru',
    );
    expect(ru.keys).toEqual(['fam-adv-worry', 'fam-adv-message', 'fam-adv-note', 'fam-adv-ask', 'fam-adv-call']);
    expect(ru.texts[0]).toMatch(/дочери/);
    expect(ru.text).not.toMatch(/слово-пауз|три последние ссоры/);
    const en = await firstFive(
      'family',
      'Stop giving my adult son unsolicited advice',
      "He's 32 and every time I tell him how to do things he goes quiet for a week.",
    );
    expect(en.keys[0]).toBe('fam-adv-worry');
    expect(en.texts[1]).toMatch(/your son/);
    expect(en.keys).not.toContain('fam-16');
    expect(en.keys).not.toContain('fam-25');
    // Fewer rows with a daughter, with no word about advice, keep the conflict steps.
    const rows = await firstFive('family', 'Меньше ссориться с дочерью', 'Ругаемся из-за уборки в её комнате.', 'ru');
    expect(rows.keys).not.toContain('fam-adv-worry');
    // A goal like «Мама поживёт у меня два месяца» is placed in family at once, and so is not lecturing a daughter.
    expect(await placed('Мама поживёт у меня два месяца', 'Живу одна, квартира маленькая.', 'ru')).toBe('family');
    expect(
      await placed(
        'Научиться не поучать взрослую дочь',
        'Дочери 28, живёт отдельно. После каждого моего совета мы ругаемся, и она неделю не берёт трубку.',
        'ru',
      ),
    ).toBe('family');
  });

  it('skips the doctor check when the doctor already cleared exercise — and keeps it when they have not', async () => {
    const ru = await firstFive(
      'fitness',
      'Сбросить вес, набранный на антидепрессантах',
      'За полтора года на терапии плюс 14 кг. Врач сказал, что спорт можно, таблетки пью дальше. В зал идти страшно, дома есть только коврик.',
      'ru',
    );
    expect(ru.keys).not.toContain('fit-02');
    expect(ru.keys[0]).toBe('fit-14');
    const en = await firstFive(
      'fitness',
      'Lose the weight I put on during treatment',
      'I gained two stone on my medication. My GP has cleared me to exercise, but I have no idea where to start.',
    );
    expect(en.keys).not.toContain('fit-02');
    // A doctor who has not cleared it yet keeps the check first.
    const waiting = await firstFive(
      'fitness',
      'Lose the weight I put on during treatment',
      "I gained two stone on my medication and my GP hasn't cleared me to exercise yet.",
    );
    expect(waiting.keys[0]).toBe('fit-02');
  });

  it('gives eating slowly without the phone a place, the phone away and the pace — not a restart of an old habit', async () => {
    const ru = await firstFive(
      'habit',
      'Есть медленно и без телефона',
      'Обед у меня — пять минут над клавиатурой, потом тяжесть, а через час снова есть хочется. Гастроэнтеролог сказал жевать и не торопиться, но легко сказать.',
      'ru',
    );
    expect(ru.keys.map((key) => key.split(':')[0])).toEqual([
      'hab-eat-place',
      'hab-eat-phone',
      'hab-eat-pace',
      'hab-eat-pause',
      'hab-eat-week',
    ]);
    expect(ru.text).not.toMatch(/прервалась|четверть прежнего/);
    const en = await firstFive(
      'habit',
      'Eat more slowly and stop wolfing lunch at my desk',
      'I finish lunch in five minutes and feel bloated all afternoon.',
    );
    expect(en.keys[0]?.split(':')[0]).toBe('hab-eat-place');
    expect(en.keys.some((key) => key.startsWith('hab-02') || key.startsWith('hab-03'))).toBe(false);
    // Drinking more water keeps its own set-up.
    const water = await firstFive('habit', 'Drink more water', 'I forget to drink during the day.');
    expect(water.keys.some((key) => key.startsWith('hab-eat-'))).toBe(false);
  });

  it('gives the polar night bright mornings, midday daylight and the GP — no caffeine cut-off', async () => {
    const ru = await firstFive(
      'sleep',
      'Не впадать в спячку полярной ночью в Мурманске',
      'Переехали из Краснодара в сентябре по работе мужа, с декабря солнца не будет вообще. Уже сейчас сплю по десять часов и всё равно встаю разбитая.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'sleep-wake',
      'sleep-dark-bright',
      'sleep-dark-out',
      'sleep-bedtime',
      'sleep-dark-doctor',
    ]);
    expect(ru.keys).not.toContain('sleep-caffeine');
    const en = await firstFive(
      'sleep',
      'Stop hibernating through the dark winter',
      "We moved to northern Norway; it's dark by 2pm and I sleep ten hours and still wake up groggy.",
    );
    expect(en.keys.slice(1, 3)).toEqual(['sleep-dark-bright', 'sleep-dark-out']);
    expect(en.keys).not.toContain('sleep-caffeine');
    // Sleeping enough with no word about the dark keeps the caffeine cut-off.
    const plain = await firstFive(
      'sleep',
      'Нормально высыпаться',
      'Сплю по пять часов, хочу наладить к концу месяца.',
      'ru',
    );
    expect(plain.keys).toContain('sleep-caffeine');
    expect(plain.keys).not.toContain('sleep-dark-bright');
  });

  it('gives tests before IVF with the list in hand the list sorted and the partner talked to — not "which appointment"', async () => {
    const ru = await firstFive(
      'checkup',
      'Пройти обследование вместе с мужем перед ЭКО',
      'Нам обоим по 36, второй год не получается. Гинеколог дала список анализов на две страницы, а муж пока отмахивается от спермограммы.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['chk-fert-sort', 'chk-fert-talk', 'chk-fert-book', 'chk-fert-folder']);
    expect(ru.keys).not.toContain('chk-gen-which');
    expect(ru.keys).not.toContain('chk-fert-consult');
    const en = await firstFive(
      'checkup',
      'Get fertility tests done with my partner',
      "We've been trying for a baby for two years and haven't seen anyone yet.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-fert-consult', 'chk-fert-sort']);
    expect(en.keys).not.toContain('chk-gen-which');
    // A plain gynaecologist visit keeps its own booking step.
    const gyn = await firstFive('checkup', 'Сходить к гинекологу', 'Давно не была, хочу провериться.', 'ru');
    expect(gyn.keys).toContain('chk-gyn-book');
    expect(gyn.keys).not.toContain('chk-fert-sort');
  });

  it('gives bleeding gums the dentist with the words for it — not "which appointment" or a new lump', async () => {
    const ru = await firstFive('checkup', 'Кровоточат дёсны', 'Когда чищу зубы, на щётке кровь, уже месяц.', 'ru');
    expect(ru.keys.slice(0, 3)).toEqual(['chk-gum-book', 'chk-gum-notes', 'chk-gum-brush']);
    expect(ru.texts[0]).toMatch(/стоматолог/);
    expect(ru.keys).not.toContain('chk-gen-which');
    const en = await firstFive('checkup', 'My gums bleed when I brush', 'It has been going on for a few weeks.');
    expect(en.keys[0]).toBe('chk-gum-book');
    expect(en.keys).not.toContain('chk-urgent-call');
    expect(en.keys).not.toContain('chk-gen-which');
    // A routine dental check-up keeps its own steps.
    const dentist = await firstFive('checkup', 'Go to the dentist', "It's been two years since my last check-up.");
    expect(dentist.keys).toContain('chk-dent-plain-book');
    expect(dentist.keys).not.toContain('chk-gum-book');
  });
});
