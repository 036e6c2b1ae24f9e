import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

// content/goals/hazards/health.yaml after blind read 39 (fix39-health): sport after a concussion not yet cleared,
// paracetamol from several products, a toothache held down with painkillers, a dust cough that is no heart's, and the
// dangers thought ahead — a knock to the head with warning signs, a severe allergy with no adrenaline, a reliever
// inhaler needed all the time, hearing gone in one ear, stimulants never prescribed, a diabetic foot that won't heal.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

describe('read 39’s health dangers named in passing lead the path', () => {
  it('puts a doctor first for sport or hard training after a concussion still felt (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Get back to playing rugby this season',
      "I'm 19, got concussed in a match three weeks ago and I still get headaches when I read. The coach wants me back for the cup game on Saturday.",
      'en',
      ['A team sport'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-concuss-doctor', 'hz-concuss-coach']);
    expect(en.keys).not.toContain('sport-contact-coach');
    const ru = await tap(
      'fitness',
      'Вернуться в зал после травмы',
      'Месяц назад на тренировке по самбо получила сотрясение мозга, до сих пор кружится голова по утрам. Хочу снова ходить в зал три раза в неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-concuss-doctor');
  });

  it('drops the restart session and the week of sessions for a third concussion weeks ago', async () => {
    const fit = await tap(
      'fitness',
      'Get fit at my mate’s kickboxing gym',
      "I'm 27. Stopped playing league after my third concussion, the last one six weeks ago, and screens still give me headaches. Put on 8 kg since and want it off.",
      'en',
    );
    expect(fit.keys[0]).toBe('hz-concuss-doctor');
    expect(fit.keys).not.toContain('fit-24');
    expect(fit.keys).not.toContain('fit-06');
    expect(fit.keys).not.toContain('fit-gym-first');
  });

  it('leaves a concussion long past and a fear of one alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Start running again',
          'I had a concussion as a kid playing football, no problems since. Now 40 and want to do a 5k.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sport',
          'Научиться правильно падать в регби',
          'Боюсь получить сотрясение в захвате, хочу поставить технику до сезона.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts a pharmacist today first for paracetamol taken from several products (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Sleep through this flu',
      "I've got a stinking cold. I'm on two paracetamol every four hours plus a Beechams sachet at bedtime and I still can't sleep.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-paracet-pharmacist', 'hz-paracet-list']);
    const ru = await tap(
      'exam',
      'Сдать сессию, несмотря на простуду',
      'Третий день температура, пью парацетамол и сверху Терафлю на ночь, чтобы хоть как-то заниматься.',
      'ru',
      ['Экзамен или зачёт в вузе'],
    );
    expect(ru.keys[0]).toBe('hz-paracet-pharmacist');
  });

  it('leaves paracetamol in a first-aid kit alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Pack a first-aid kit for Spain',
          'Paracetamol, plasters and suncream — anything else worth taking?',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Собрать аптечку на дачу', 'Парацетамол, бинты, зелёнка — что ещё взять на лето?', 'ru')).keys,
    );
  });

  it('puts an urgent dentist first for a toothache held down with painkillers (en + ru)', async () => {
    const en = await tap(
      'career',
      'Finish my portfolio before the interview',
      "My back tooth has been throbbing for ten days and the dentist can't see me until the 20th, so I'm living on ibuprofen and can't focus.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-tooth-today');
    const ru = await tap(
      'writing',
      'Дописать диплом к июню',
      'Вторую неделю болит зуб, к стоматологу записалась только через месяц, держусь на найзе.',
      'ru',
      ['Диплом, диссертация или курсовая'],
    );
    expect(ru.keys[0]).toBe('hz-tooth-today');
  });

  it('puts both first for paracetamol stacked over a throbbing tooth, one step each', async () => {
    const both = await tap(
      'exam',
      'Pass my bar exam in July',
      'A wisdom tooth has been killing me for two weeks and the dentist is booked up. Two Panadol every four hours and a Lemsip at night get me through.',
      'en',
    );
    expect(both.keys.slice(0, 2)).toEqual(['hz-paracet-pharmacist', 'hz-tooth-today']);
  });

  it('leaves wisdom teeth to come out, teeth that don’t hurt, and a toothache goal to the check-up’s own steps', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Eat soft food after my wisdom teeth come out',
          'The extraction is on Friday, I want a week of meals ready.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('checkup', 'Сходить к стоматологу на чистку', 'Зубы не болят, просто давно не была.', 'ru')).keys,
    );
    const own = await tap(
      'checkup',
      'See a dentist about my toothache',
      "It's been aching for a week and I'm taking painkillers to sleep.",
      'en',
      ['A tooth'],
    );
    noHazard(own.keys);
  });

  it('keeps the heart’s lead for chest pain, and leaves a tight chest with a cough, a wheeze or dust alone (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Take the grandchildren to Cornwall',
      'I get a crushing pain in my chest when I carry the shopping up the hill, it eases when I stop.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-chest-now');
    noHazard(
      (
        await tap(
          'travel',
          'Plan a week in the Lakes',
          'Every autumn I get a wheezy cough and a tight chest, my inhaler helps a bit. Want easy walks only.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Уйти со стройки в офис',
          'Восемь лет на стройке, к концу смены кашель и тяжесть в груди от пыли, жена ругается.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts an emergency department first for a knock to the head with warning signs or blood thinners (en + ru)', async () => {
    const en = await tap(
      'family',
      'Help Mum settle in after her fall',
      "She fell in the kitchen yesterday and banged her head on the counter. She's on warfarin and seems a bit muddled.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-head-today');
    const ru = await tap(
      'moving',
      'Переехать в новую квартиру на выходных',
      'Вчера на лестнице ударился головой о косяк, ночью вырвало, сегодня всё время клонит в сон, но грузчики уже заказаны.',
      'ru',
      ['Заказ грузчиков или машины'],
    );
    expect(ru.keys[0]).toBe('hz-head-today');
  });

  it('leaves a bump on the head with no sign, and one long ago, alone', async () => {
    noHazard(
      (
        await tap(
          'repair',
          'Lower the kitchen cupboards',
          'I keep banging my head on the corner of the top cupboard, it just leaves a bump.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'creative',
          'Написать рассказ о детстве',
          'В детстве ударился головой о лёд и потерял сознание — хочу с этого начать.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the allergy doctor first for anaphylaxis with no adrenaline to hand (en + ru)', async () => {
    const en = await tap(
      'skill',
      'Start keeping bees',
      'I went into anaphylaxis after a wasp sting two years ago, and my EpiPen expired last spring. Got a hive from a neighbour.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-allergy-pen');
    const ru = await tap(
      'habit',
      'Каждое утро бегать в парке',
      'Летом был анафилактический шок на укус пчелы, автоинжектор так и не купил. Хочу бегать по лесным дорожкам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-allergy-pen');
  });

  it('leaves pens in date and a mild allergy alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Go hiking in the Alps',
          'I have a peanut allergy and always carry two EpiPens in date. Want a hut-to-hut route.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Завести кошку', 'У мужа лёгкая аллергия на шерсть, ищем гипоаллергенную породу.', 'ru')).keys,
    );
  });

  it('puts an asthma review first for a reliever needed all the time (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Run a half marathon in October',
      "I'm asthmatic and honestly I go through a blue inhaler a month now, and it wakes me at night. Training starts next week.",
      'en',
      [],
    );
    expect(en.keys[0]).toBe('hz-asthma-review');
    const ru = await tap(
      'fitness',
      'Начать бегать по утрам',
      'У меня астма, ингалятор нужен несколько раз в день, особенно на холоде. Хочу хотя бы 3 км.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-asthma-review');
  });

  it('leaves asthma under control and a preventer habit alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Swim twice a week',
          'I used to need my inhaler several times a day as a teenager, but my asthma is under control now.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('habit', 'Не забывать ингалятор по утрам', 'Врач назначил базисный ингалятор, а я забываю.', 'ru'))
        .keys,
    );
  });

  it('puts a doctor today first for hearing gone suddenly in one ear (en + ru)', async () => {
    const en = await tap(
      'language',
      'Pass my Spanish listening exam',
      "Since Tuesday I can't hear out of my left ear at all, it just went. Exam is in two weeks.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-hearing-today');
    const ru = await tap(
      'instrument',
      'Подготовить программу к концерту',
      'Три дня назад проснулась и не слышу правым ухом, звенит. Концерт через месяц.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('hz-hearing-today');
  });

  it('leaves an ear blocked by a cold or wax alone', async () => {
    noHazard(
      (
        await tap(
          'language',
          'Practise French podcasts daily',
          "I can't hear out of my left ear since this cold, so I'm using the right earbud.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('travel', 'Слетать в Сочи', 'Не слышу левым ухом — серная пробка, промою на этой неделе.', 'ru')).keys,
    );
  });

  it('puts stimulants never prescribed first in an exam goal (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Get through my finals',
      'My flatmate sells me modafinil so I can pull all-nighters. Six exams in two weeks.',
      'en',
      ['A university exam'],
    );
    expect(en.keys[0]).toBe('hz-stim-today');
    const ru = await tap(
      'exam',
      'Сдать ЕГЭ по профильной математике',
      'Одноклассник достаёт риталин у брата, я купил у него пачку, чтобы сидеть ночами.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('hz-stim-today');
  });

  it('leaves one’s own prescription alone', async () => {
    noHazard(
      (
        await tap(
          'exam',
          'Study for the CPA exam',
          "I'm prescribed Concerta for my ADHD and I bought a planner to time my study blocks.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'exam',
          'Сдать сессию без хвостов',
          'Мне назначили модафинил от нарколепсии, купил будильник и хочу выстроить режим.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the foot seen first for a diabetic foot sore that won’t heal, and drops the walks (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Walk 10,000 steps a day',
      "I'm type 2 diabetic and there's a sore on my heel that hasn't healed in three weeks, but I want to get moving.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('hz-footdiab-today');
    expect(en.keys).not.toContain('fit-14');
    const ru = await tap(
      'habit',
      'Гулять каждый вечер по часу',
      'Диабет второго типа. На пятке ранка, которая не заживает уже месяц, но врач велел больше двигаться.',
      'ru',
      ['Ежедневные прогулки'],
    );
    expect(ru.keys[0]).toBe('hz-footdiab-today');
    expect(ru.keys).not.toContain('hab-walk-first');
  });

  it('leaves feet sore after a walk, with diabetes, alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Walk to work twice a week',
          "I'm diabetic and my feet ache after long walks, so I bought proper shoes.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('habit', 'Ходить пешком на работу', 'У меня диабет, ноги в порядке, хочу больше двигаться.', 'ru'))
        .keys,
    );
  });
});
