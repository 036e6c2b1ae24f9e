import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

// content/goals/hazards/health.yaml after blind read 40 (fix40-health): a swollen calf after a long flight, an operation,
// a cast or bed rest (`clot_after`); signs of a stroke that came and went, a TIA (`stroke_passed`); bruises without a
// knock with bleeding gums or tiredness (`bruise_bleed`); black, tarry stool or "coffee grounds" vomited, on painkillers
// or not (`gut_bleed`); and the dangers thought ahead — a fever with a stiff neck or a rash that doesn't fade, severe
// tummy pain, a fever after a trip to a malaria country, yellow skin or eyes.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

describe('read 40’s health dangers named in passing lead the path', () => {
  it('puts a same-day clot check first for a calf swollen since a long flight, and drops the race-week running (read 40 en-25)', async () => {
    const own = await tap(
      'sport',
      'Run the Sydney Marathon under 3:45',
      "I'm 44 and ran Melbourne in 3:58 last October. I've got 16 weeks till Sydney and I'm building back up to 60 km weeks, long run Sundays in Centennial Park. Got back from a work trip to London on Tuesday, 23 hours door to door, and my left calf has been swollen and tight ever since, I reckon from being crammed in economy, so I've been foam rolling it hard. Speed work is the thing I've never done properly.",
      'en',
    );
    expect(own.keys.slice(0, 2)).toEqual(['hz-clot-today', 'hz-clot-rest']);
    expect(own.keys).not.toContain('sport-12');
  });

  it('puts the clot check first for a swollen calf or leg after an operation, in words the old phrases miss (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Walk 10,000 steps a day',
      'Had my knee replacement three weeks ago and now the calf below it is swollen and red.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-clotafter-today', 'hz-clotafter-rest']);
    const ru = await tap(
      'travel',
      'Съездить с детьми в Казань',
      'Две недели назад прооперировали колено, а теперь голень отекла и покраснела. Хотим ехать на майские.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-clotafter-today');
  });

  it('leaves both ankles swelling on flights, a pulled calf and a clot ruled out alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Plan two weeks in Japan',
          'My ankles always swell on long flights, both legs, so I wear compression socks.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sport',
          'Get back to five-a-side',
          'Pulled my calf in a match last week, it is still swollen and tender, and I fly to Spain next month.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Бегать три раза в неделю',
          'После перелёта опухла икра, сделала УЗИ — тромба нет, врач разрешил бегать.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the stroke steps first for a mother’s signs that passed a week ago, trips waiting for the doctor (read 40 ru-27)', async () => {
    const own = await tap(
      'travel',
      'Свозить маму в Молдову на её 75-летие',
      'Мама родом из-под Сорок, не была там с 1989 года, там осталась её двоюродная сестра. Мы в Калуге, хотим поехать вдвоём в мае, прямых рейсов нет, говорят только через Стамбул. Неделю назад у неё минут на десять отнялась правая рука и язык заплетался, потом всё прошло, она сказала давление, выпила капотен и легла. Хочу, чтобы поездка была ей в радость, а не в тягость.',
      'ru',
    );
    expect(own.keys.slice(0, 2)).toEqual(['hz-stroke-now', 'hz-stroke-card']);
  });

  it('puts a same-day check first for a numb hand, a drooping mouth and jumbled words put down to nerves (read 40b en-49)', async () => {
    const own = await tap(
      'interview',
      'Interview for the parish clerk job on the 14th',
      "I'm 61, took early retirement from the county council's planning team, and the clerk for our village council in Cumbria is retiring. It's 12 hours a week and the interview is with five councillors in the village hall, two of whom I've crossed swords with at meetings. Last Thursday my left hand went numb, the left side of my mouth felt funny and my words came out jumbled for ten minutes or so, then it all passed, so I've put it down to nerves. I want to go in calm and not ramble.",
      'en',
    );
    expect(own.keys.slice(0, 2)).toEqual(['hz-tia-today', 'hz-tia-again']);
  });

  it('puts the TIA steps first for other signs that came and went, and the stroke steps for signs still there (en + ru)', async () => {
    const en = await tap(
      'social',
      'Plan our wedding for June',
      'On Sunday my right arm went weak and I couldn’t lift it for a few minutes, then it went away.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-tia-today', 'hz-tia-again']);
    const ru = await tap(
      'home',
      'Подготовить дачу к лету',
      'Позавчера у бабушки минут на пятнадцать онемела правая рука и она путала слова, потом всё прошло.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tia-today');
    const now = await tap(
      'skill',
      'Научиться печь хлеб',
      'У мамы сегодня утром отнялась левая рука и заплетался язык.',
      'ru',
    );
    expect(now.keys[0]).toBe('hz-stroke-now');
  });

  it('leaves nerves at a rehearsal, a limb slept on, drink and a dentist’s numbing alone', async () => {
    noHazard(
      (
        await tap(
          'social',
          "Give the best man's speech",
          'At the rehearsal my words came out jumbled for a few minutes, then it passed.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Stop waking up at 4',
          'I wake with my arm gone numb because I slept on it, back to normal within minutes.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'quit',
          'Drink less at weekends',
          'Last Saturday I was drunk, my speech was slurred for an hour, then it passed.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'checkup',
          'Долечить зубы',
          'После заморозки у стоматолога онемела губа, перекосило рот на пару часов, потом всё прошло.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts a blood test within days first for bruises without knocks and bleeding gums (read 40 ru-24)', async () => {
    const own = await tap(
      'checkup',
      'Сходить к гематологу — синяки на ровном месте',
      'Мне 39, уже месяца два на ногах и руках синяки, откуда — не помню. Дёсны кровят, когда чищу зубы, и устаю так, что после работы сразу ложусь. Терапевт в поликлинике в Саранске дала направление к гематологу, но запись в республиканскую только через месяц. Не знаю, ждать или идти платно.',
      'ru',
    );
    expect(own.keys.slice(0, 2)).toEqual(['hz-bruise-blood', 'hz-bruise-notes']);
  });

  it('puts the blood test first for other unexplained bruising (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Run a 5k by June',
      "Lately I've been covered in bruises for no reason, and my gums bleed when I brush.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-bruise-blood');
    const ru = await tap(
      'habit',
      'Ходить в бассейн два раза в неделю',
      'Синяки появляются от малейшего прикосновения, из носа то и дело идёт кровь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bruise-blood');
  });

  it('leaves bruises from a sport or a fall, dark circles under the eyes and bruised fruit alone', async () => {
    noHazard(
      (await tap('sport', 'Make the first fifteen', "I'm covered in bruises after every match, no idea how.", 'en'))
        .keys,
    );
    noHazard((await tap('sleep', 'Высыпаться', 'Синяки под глазами без причины, постоянно устаю.', 'ru')).keys);
    noHazard(
      (await tap('skill', 'Научиться кататься на роликах', 'Упала в первый же день, теперь синяки, и сил нет.', 'ru'))
        .keys,
    );
    noHazard(
      (await tap('skill', 'Bake banana bread', 'Use up bananas that bruise for no reason in the fruit bowl.', 'en'))
        .keys,
    );
  });

  it('puts a same-day doctor first for a tar-black stool after months of daily Nimesil (read 40b ru-34)', async () => {
    const own = await tap(
      'fitness',
      'Начать делать зарядку для суставов',
      'Мне 63, на пенсии, живём с женой в своём доме в Уссурийске. Колени болят так что на огород хожу как старик, хирург сказал артроз, надо двигаться и худеть. Нимесил пью почти каждый день уже месяца три, без него никак. Ещё последнее время стул чёрный какой-то, как дёготь, думаю от таблеток или от черники, жена её вёдрами с дачи носит. Хочу по утрам минут 20 что-то делать, но не знаю что, чтоб колени не угробить.',
      'ru',
    );
    expect(own.keys.slice(0, 2)).toEqual(['hz-gutbleed-today', 'hz-gutbleed-note']);
  });

  it('puts the same-day doctor first for other signs of a stomach bleed (en + ru), ahead of the blood-passed steps', async () => {
    const en = await tap(
      'fitness',
      'Get back in shape for summer',
      'I take ibuprofen most days for my back and lately my poo has been black and sticky like tar.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-gutbleed-today');
    const vomit = await tap(
      'career',
      'Finish the quarterly report',
      'This morning I threw up something that looked like coffee grounds, probably the curry.',
      'en',
    );
    expect(vomit.keys[0]).toBe('hz-gutbleed-today');
    const ru = await tap(
      'repair',
      'Переложить плитку в ванной',
      'Пью диклофенак от спины уже месяц, и стул стал чёрный, как дёготь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-gutbleed-today');
    const both = await tap(
      'habit',
      'Walk every evening',
      "I've had black tarry stools since Monday, and I take aspirin daily.",
      'en',
    );
    expect(both.keys.slice(0, 2)).toEqual(['hz-gutbleed-today', 'hz-gutbleed-note']);
    expect(both.keys).not.toContain('hz-blood-doctor');
  });

  it('leaves black furniture, iron tablets and a newborn’s first stools alone', async () => {
    noHazard((await tap('repair', 'Build a black bar stool', 'Oak, for the kitchen island.', 'en')).keys);
    noHazard((await tap('home', 'Обставить кабинет', 'Купить чёрный стул для кабинета и стол побольше.', 'ru')).keys);
    noHazard(
      (await tap('fitness', 'Walk more', "I'm on iron tablets and my stool is black, the GP says that's normal.", 'en'))
        .keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Settle into a feeding routine',
          "My newborn's first poos are black and tarry, the midwife says it's meconium.",
          'en',
        )
      ).keys,
    );
  });

  it('puts the emergency number first for a fever with a stiff neck or a rash that doesn’t fade (en + ru)', async () => {
    const en = await tap(
      'writing',
      'Finish my dissertation',
      'My flatmate has had a high temperature since last night and now she has a stiff neck and the light hurts her eyes.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-meningitis-now');
    const ru = await tap(
      'travel',
      'Поехать на море с дочкой',
      'У дочки с вечера температура 39, а утром шея не гнётся.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-meningitis-now');
  });

  it('leaves a stiff neck from a desk, with no fever or with hay fever, alone', async () => {
    noHazard(
      (await tap('fitness', 'Fix my posture', 'Stiff neck every morning from the laptop, no fever.', 'en')).keys,
    );
    noHazard(
      (await tap('fitness', 'Размять шею после работы', 'Шея не гнётся после сна на сквозняке, температуры нет.', 'ru'))
        .keys,
    );
  });

  it('puts a doctor today first for severe tummy pain (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Pass my finals',
      "Since last night I've had a pain low on the right side of my tummy and I can't stand up straight. The first exam is Friday.",
      'en',
      ['A university exam'],
    );
    expect(en.keys[0]).toBe('hz-belly-today');
    const ru = await tap(
      'moving',
      'Переехать в новую квартиру',
      'Со вчерашнего вечера болит живот справа внизу, не могу разогнуться, а грузчики на субботу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-belly-today');
  });

  it('leaves period pain, sore stomach muscles, a stitch and belly fat alone', async () => {
    noHazard(
      (
        await tap(
          'checkup',
          'Get help with my periods',
          "I'm doubled over every month with stomach cramps on the first day of my period.",
          'en',
        )
      ).keys,
    );
    noHazard((await tap('fitness', 'Накачать пресс', 'После тренировки болит живот, не могу разогнуться.', 'ru')).keys);
    noHazard(
      (await tap('fitness', 'Бегать по утрам', 'Колет в правом боку при беге, дикая боль — это нормально?', 'ru')).keys,
    );
    noHazard(
      (await tap('fitness', 'Убрать живот', 'Лишний вес на животе, спина болит, не разогнуться по утрам.', 'ru')).keys,
    );
  });

  it('puts a malaria test today first for a fever after a trip to a malaria country (en + ru)', async () => {
    const en = await tap(
      'language',
      'Learn Yoruba with my kids',
      "Since we got back from visiting family in Nigeria I've had fevers and shivers, but I want to start lessons.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-feverabroad-today');
    const ru = await tap(
      'writing',
      'Дописать диплом к июню',
      'Вернулась из Танзании неделю назад, знобит и температура 38, но надо дописывать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-feverabroad-today');
  });

  it('leaves a trip still ahead, hay fever and a cold caught on the plane home from a non-malaria country alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Go on safari in Kenya next year',
          "I'm worried about the malaria tablets and a fever on the trip.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('habit', 'Run every morning', 'The hay fever since I got back from India is killing me.', 'en')).keys,
    );
    noHazard(
      (await tap('sleep', 'Наладить сон', 'Вернулась из Турции, температура 38 — простыла в самолёте.', 'ru')).keys,
    );
  });

  it('puts a doctor within a day or two first for yellow skin or eyes (en + ru)', async () => {
    const en = await tap(
      'family',
      'Take my husband to the cup final',
      "His eyes have gone yellowish and he's itchy all the time, but he won't miss the match.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-yellow-doctor');
    const ru = await tap(
      'travel',
      'Съездить к сыну в Тверь',
      'У мужа пожелтели глаза и кожа, моча тёмная, а ехать через неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-yellow-doctor');
  });

  it('leaves yellow things near the eyes alone', async () => {
    noHazard((await tap('creative', 'Learn make-up', 'Yellow eyeshadow for brown eyes?', 'en')).keys);
    noHazard((await tap('creative', 'Связать жёлтый плед', 'Вяжу вечерами, глаза устают, живу в Жёлтом.', 'ru')).keys);
  });
});
