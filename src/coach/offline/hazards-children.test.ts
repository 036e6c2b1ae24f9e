import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

// The dangers to a child (content/goals/hazards/children.yaml): named in passing, they lead the path of a goal of any
// kind, and the same words in a harmless sense leave the kind's own steps in front.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

describe('a baby asleep on a parent, on a sofa, in an armchair or on pillows', () => {
  it('leads with safe sleep from tonight (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back into running after the baby',
      'Our daughter is 6 weeks old and feeds every two hours. By 4am I end up on the couch with her and wake an hour later not knowing when I dropped off.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-sleep-now', 'hz-baby-sleep-help']);
    expect(en.texts[0]).toMatch(/on their back/);
    const ru = await tap(
      'home',
      'Обустроить уголок для кормления в зале',
      'Дочке пять недель, ночью кормлю её в кресле и часто засыпаю с ней прямо там, просыпаюсь через час.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-sleep-now');
    expect(ru.texts[0]).toMatch(/на спину/);
  });

  it('leaves a grown-up dozing on the sofa and a baby held awake on the chest alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Stop crashing on the sofa after dinner',
          'Since the baby arrived my husband and I take turns with the nights, and on my off nights I still nod off on the sofa at eight.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Больше времени проводить с сыном',
          'Сыну три месяца. Люблю, когда он лежит у меня на груди, пока я читаю вслух, хочу делать так каждый вечер.',
          'ru',
        )
      ).keys,
    );
  });
});

describe("a baby in the parents' bed after alcohol, drowsy medicines or smoking", () => {
  it('leads with the baby in their own cot on those nights (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Cut what we spend on takeaways',
      'We co-sleep with our 4-month-old, and most nights my husband has a few beers with the takeaway before bed.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-baby-bed-now');
    const ru = await tap(
      'sleep',
      'Высыпаться, когда малыш просыпается',
      'Малыш спит с нами в одной кровати, муж курит на балконе, а по выходным выпивает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-bed-now');
    expect(ru.texts[0]).toMatch(/своей кроватке/);
  });

  it('leaves bed-sharing with no alcohol, drowsiness or smoke, and an older child in the bed, alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Move our 4-month-old from bed-sharing to her own cot',
          'We bed-share and it works well enough, but I would like my side of the bed back by the summer.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Отучить дочку спать с нами',
          'Ей три года, спит в нашей кровати, муж курит и уходит спать на диван.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('signs a child may be being hurt', () => {
  it('leads with notes and child protection, never a plan for the goal first (en + ru)', async () => {
    const en = await tap(
      'social',
      'Help my daughter make friends at her new school',
      "She's 9. Since her mum's boyfriend moved in she comes back from weekends there with bruises on her arms she won't explain, and she says she's scared to go back.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-hurt-note', 'hz-child-hurt-call']);
    expect(en.texts[0]).toMatch(/write down/);
    const ru = await tap(
      'exam',
      'Подтянуть сына к контрольной по математике',
      'Сыну 10. После выходных у отца и его новой жены он приходит с синяками на спине, говорит, что упал, и вздрагивает, когда его обнимаешь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-hurt-note');
    expect(ru.texts[0]).toMatch(/112/);
  });

  it('leaves a rugby player’s bruises, a boy shy with his stepfather and a grown sister’s bruises to other steps', async () => {
    const sister = await tap(
      'family',
      'Stop arguing with my sister',
      'She had bruises on her arm after her new boyfriend grabbed her, and when I said so she stopped speaking to me.',
      'en',
    );
    expect(sister.keys.filter((key) => key.startsWith('hz-child-'))).toEqual([]);
    noHazard(
      (
        await tap(
          'sport',
          'Get my son into the rugby first team',
          "He's 14, plays every Saturday and comes home covered in bruises, but he loves it.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Наладить отношения сына с отчимом',
          'Сыну 12, с отчимом почти не разговаривает, уходит к себе в комнату, когда тот приходит.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby who won’t stop crying and a parent at the end of their tether', () => {
  it('leads with putting the baby down safely and stepping away, never shaking (en + ru)', async () => {
    const en = await tap(
      'career',
      'Plan my return to work after maternity leave',
      "My baby has colic and screams every evening from six till midnight. My husband works nights and some evenings I'm at the end of my tether.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-cry-pause', 'hz-baby-cry-help']);
    expect(en.texts[0]).toMatch(/Never shake/);
    const ru = await tap(
      'habit',
      'Начать гулять каждый день',
      'Малыш плачет часами по вечерам, я одна, и иногда так злюсь, что боюсь не сдержаться.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-cry-pause');
    expect(ru.texts[0]).toMatch(/Никогда не тряси/);
  });

  it('leaves a coping parent, a vet’s colics and a mother with dementia alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Get our colicky baby into an evening routine',
          'She cries a lot in the evenings but we take turns and we are doing fine, I just want a calmer bedtime.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Sleep on my on-call weeks',
          "I'm a farm vet, on call for calvings and colics one week in three, and I can't cope with the broken nights.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Чаще навещать маму',
          'У мамы деменция, она плачет часами, когда я ухожу, и я уже на пределе.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('an adult met online asking a child for secrecy, photos or a meeting', () => {
  it('leads with no replies, the messages kept and a report (en + ru)', async () => {
    const en = await tap(
      'reading',
      'Get my 12-year-old reading again',
      "He'd rather be on Roblox. Lately a friend from Roblox he's never met keeps sending him gift cards and asked him to keep it a secret.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    const ru = await tap(
      'language',
      'Подтянуть английский дочке',
      'Ей 13, в дискорде переписывается с парнем постарше, он просит прислать фото и никому не говорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-online-stop');
    expect(ru.texts[0]).toMatch(/скриншоты/);
  });

  it('leaves a games night and a granddaughter’s photos alone', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Find people to play board games with',
          'I met a guy on Discord who runs a games night at a café in town, and he wants me to come along on Friday.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'language',
          'Вспомнить французский, чтобы переписываться с внучкой',
          'Внучке 9, она живёт в Лионе, присылает фото и рисунки, а я ничего не могу ответить.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a young child left at home alone', () => {
  it('leads with someone to be with the child (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get promoted to shift supervisor',
      "I'm a single mum and my son's only 6 — after school he stays on his own for two hours till I'm back from the warehouse.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-alone-cover', 'hz-child-alone-help']);
    const ru = await tap(
      'finance',
      'Накопить на отпуск',
      'Работаю в две смены, дочке пять, вечером она остаётся одна дома до моего прихода.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-alone-cover');
  });

  it('leaves a parent home with a toddler, a lonely grandmother and a puppy alone', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Make some mum friends',
          "I'm home alone with my 2-year-old all day while my husband works away and I barely speak to an adult.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Crate-train our puppy',
          "He's 5 months and howls when we leave him home alone for an hour.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'social',
          'Найти компанию, чтобы не сидеть дома одной',
          'Мне 34, сижу одна дома с сыном, ему 2, муж на вахте, поговорить не с кем.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('sweating or thirsting weight off before a weigh-in', () => {
  it('leads with stopping the cut and a safe weight (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Win the county judo championships',
      "I'm 15 and fight at under 55 kg, but I'm 58 now. Last time I sat in the sauna and had no water the day before the weigh-in.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-weight-cut-stop', 'hz-weight-cut-doctor']);
    const ru = await tap(
      'fitness',
      'Подготовиться к первенству по вольной борьбе',
      'Мне 13, выступаю в весе до 42, а вешу 45. Тренер сказал бегать в плёнке и не пить перед взвешиванием.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-weight-cut-stop');
    expect(ru.texts[0]).toMatch(/сгонку/);
  });

  it('leaves a boxer planning the weight with time to spare and a sauna on Saturdays alone', async () => {
    noHazard(
      (
        await tap(
          'sport',
          'Make the weight for my first amateur bout',
          "I'm 3 kg over my weight class with ten weeks to go; eating well and training four times a week.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Сбросить пять килограммов к лету',
          'Хожу в сауну по субботам, бегаю два раза в неделю, а вес стоит.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby out in a hard frost', () => {
  it('leads with the baby’s own cold limit from the nurse or doctor (en + ru)', async () => {
    const ru = await tap(
      'family',
      'Чаще выбираться с сыном из дома',
      'Сыну два месяца, живём в Якутске, сейчас минус сорок, а я уже неделю сижу в четырёх стенах и хочу выходить с коляской каждый день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-frost-limit');
    expect(ru.texts[0]).toMatch(/педиатра/);
    const en = await tap(
      'moving',
      'Settle in after our move to Yellowknife',
      "We moved up with our three-month-old in November. It's -40 with the wind and I want to get out with the stroller every day anyway.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-baby-frost-limit');
  });

  it('yields to a walking habit’s own limit from the doctor', async () => {
    const habit = await tap(
      'habit',
      'Гулять с коляской каждый день',
      'Сыну два месяца, живём в Якутске, сейчас минус сорок с ветром, а патронажная сестра говорит гулять обязательно.',
      'ru',
    );
    expect(habit.keys[0]).toBe('hab-weather-limit');
    noHazard(habit.keys);
  });

  it('leaves a grown-up moving to the frost alone', async () => {
    noHazard(
      (
        await tap(
          'moving',
          'Переехать в Норильск на работу',
          'Подписал контракт на три года, там зимой минус сорок, а из тёплого у меня одна куртка.',
          'ru',
        )
      ).keys,
    );
  });
});
