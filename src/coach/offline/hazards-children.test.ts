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

describe('an adult met in a game or online offering a young person a ticket or money to come and visit', () => {
  it('leads with no replies, the messages kept and a report (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Help my daughter revise for her GCSEs',
      "She's 14 and spends every evening on her headset. I found out a guy she games with online, who says he's 22, has offered to pay for her train so she can come and stay with him at half term.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-child-online-stop');
    const ru = await tap(
      'habit',
      'Приучить сына меньше сидеть в телефоне',
      'Сыну 13, ночами переписывается с мужчиной из онлайн-игры, тот присылает ему деньги на карту и приглашает в гости в Казань на летних каникулах.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-online-stop');
  });

  it('leaves a teenager’s trip to a gaming tournament with a parent alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Take my son to a Minecraft convention',
          "He's 12 and a friend from school is going with his dad; we've offered to pay for the train tickets for both boys.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'travel',
          'Съездить с дочкой на каникулах к бабушке',
          'Дочке 11, бабушка зовёт нас приехать на каникулах и обещает оплатить билет.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a sedating medicine to make a small child sleep', () => {
  it('leads with no medicine for sleep and the doctor about the bedtime (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Fly to see my parents in Manila with our toddler',
      "It's a 14-hour flight. My sister says she always gave her kids Benadryl so they'd sleep the whole flight and I should do the same.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-sedate-no', 'hz-child-sedate-doctor']);
    expect(en.texts[0]).toMatch(/slow breathing/);
    const ru = await tap(
      'family',
      'Меньше ругаться с мамой из-за внучки',
      'Дочке три года, бабушка сидит с ней по вечерам и советует давать ей на ночь полтаблетки супрастина, чтобы ребёнок спал до утра.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-sedate-no');
    expect(ru.texts[0]).toMatch(/димедрола/);
  });

  it('leaves an adult’s own sleeping pill and a child’s allergy from the doctor alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Come off the sleeping pills I was given after the divorce',
          'I take one every night; the kids are at their dad’s on weekends and I still can’t sleep.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'health',
          'Пережить сезон цветения без приступов',
          'Мне 38, каждую весну пью супрастин, от него клонит в сон на работе.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a gun a child can get at', () => {
  it('leads with the gun and its cartridges locked away apart (en + ru)', async () => {
    const en = await tap(
      'social',
      'Have my nephew to stay for the summer',
      "He's 8 and obsessed with my dad's shotgun. It's kept behind the door in the utility room, and he already asked if he could hold it.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-gun-lock', 'hz-child-gun-safe']);
    expect(en.texts[0]).toMatch(/locked gun safe/);
    const ru = await tap(
      'moving',
      'Переехать с детьми к свёкру в деревню',
      'Сыну пять, дочке семь. Свёкор охотится, карабин висит у него на стене над кроватью, а патроны лежат на подоконнике.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-gun-lock');
  });

  it('leaves a rifle in the safe, a licence and a light socket alone', async () => {
    noHazard(
      (
        await tap(
          'exam',
          'Pass my shotgun certificate interview',
          'The police want to see where I keep it; my shotgun is in a gun cabinet bolted to the wall and the kids are grown.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Поменять патрон в люстре на кухне',
          'Патрон расплавился, лампочка не держится, новый лежит на полке в прихожей.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a child hit by something an adult threw', () => {
  it('leads with the child’s injury and a safe place to go, beside the partner’s own step (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for a family holiday',
      'My husband has a few beers most nights and when he gets wound up he chucks things. On Sunday a glass he threw hit our daughter and she needed stitches.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-child-thrown-safe');
    expect(en.texts[0]).toMatch(/knock to the head/);
    const ru = await tap(
      'habit',
      'Наладить вечерний режим для детей',
      'Муж после работы выпивает и, когда злится, швыряет что попало. Вчера кружка попала сыну в лоб, осталась шишка.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-thrown-safe');
    expect(ru.texts[0]).toMatch(/по голове/);
  });

  it('leaves a toddler’s tantrum and a cricket ball alone', async () => {
    noHazard(
      (
        await tap(
          'family',
          'Have calmer evenings with the kids',
          'Our youngest is in a tantrum phase: when he’s tired he throws things, and yesterday a block hit my daughter on the head.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sport',
          'Научить сына подавать в крикете',
          'Сыну 10, вчера на тренировке мяч попал ему в лоб, тренер говорит — бывает, и швырнул ему новый.',
          'ru',
        )
      ).keys,
    );
  });
});
