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

describe('honey given to a baby under one', () => {
  it('leads with no honey before one and the nurse about settling (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Get my 7-month-old to nap in her cot',
      'My mother-in-law looks after her three days a week and swears by rubbing a bit of honey on her gums so she drops off, and she says I worry too much.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-honey-no', 'hz-baby-honey-ask']);
    expect(en.texts[0]).toMatch(/botulism/);
    const ru = await tap(
      'family',
      'Наладить отношения с мамой после родов',
      'Дочке три месяца, мама приезжает помогать и даёт ей водичку с мёдом от коликов, а я не знаю, как ей сказать, чтобы не обиделась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-honey-no');
    expect(ru.texts[0]).toMatch(/ботулизм/);
  });

  it('leaves honey for a toddler’s cough and a parent’s own tea alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Get my 3-year-old back to sleeping through',
          'He has a cold, so I give him a spoon of honey for his cough before bed, and the GP says that is fine at his age.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Пить меньше кофе',
          'Мне 29, пью по пять чашек в день, хочу перейти на чай с мёдом. Сын уже ходит в школу, ему восемь.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby asleep on the tummy, in a swing or car seat, or with bumpers in the cot', () => {
  it('leads with back to sleep in an empty cot (en + ru)', async () => {
    const en = await tap(
      'career',
      'Go back to work part-time in September',
      'Our son is 5 months old. He only settles on his tummy, so that is how we put him down at night, and I need more sleep before I go back.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-back', 'hz-baby-back-ask']);
    expect(en.texts[0]).toMatch(/on their back/);
    const ru = await tap(
      'home',
      'Обустроить детскую до выписки',
      'Купили кроватку, мама подарила бортики в кроватку и кокон для новорождённого, хочу, чтобы всё было готово к родам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-back');
    expect(ru.texts[0]).toMatch(/на спину/);
  });

  it('leaves a baby who rolls by himself and a grown-up’s own sleep alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Stop waking at 4am',
          'I sleep on my stomach and my husband snores; our baby is 8 months and sleeps in her own room.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Уложить сына спать к девяти',
          'Сыну девять месяцев, он сам переворачивается и спит на животе, я укладываю его на спину.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a fever in a baby under three months', () => {
  it('leads with a doctor today (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Sort out my maternity pay',
      "My daughter is 6 weeks old and she's had a temperature since last night, so I haven't been able to look at the forms.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-baby-fever-now');
    expect(en.texts[0]).toMatch(/38°C/);
    const ru = await tap(
      'sleep',
      'Высыпаться хоть немного',
      'Малышу пять недель, вчера вечером поднялась температура 38,4, всю ночь не спали, а муж в командировке.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-fever-now');
  });

  it('leaves hay fever, a parent’s own fever and an older baby’s seen-to temperature alone', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Sleep better in the summer',
          'I get hay fever every June, and our 2-month-old wakes twice a night anyway.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Снова начать гулять каждый день',
          'У меня была температура неделю, сейчас всё прошло. Дочке месяц, хочу выходить с коляской.',
          'ru',
        )
      ).keys,
    );
  });
});

describe("a baby's formula watered down or replaced with milk before one", () => {
  it('leads with bottles made exactly to the tin and help with the cost (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Cut our food shop by £40 a week',
      "Money's tight since I lost my job. I've started putting extra water in the bottle to make the formula last, our boy is 3 months old.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-formula-exact', 'hz-formula-help']);
    expect(en.texts[0]).toMatch(/exactly as the tin says/);
    const ru = await tap(
      'finance',
      'Дотянуть до зарплаты',
      'Дочке четыре месяца, на искусственном вскармливании, смесь дорогая, поэтому развожу смесь жиже, чем написано.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-formula-exact');
  });

  it('leaves a toddler moving to cow’s milk at one and a plaster mix alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Spend less on baby things',
          'She turns one next week, so the health visitor says we can switch her to whole milk instead of formula.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Заштукатурить стену в детской',
          'Сыну два месяца, хочу успеть до зимы. Штукатурную смесь разбавляю водой по инструкции.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('button batteries or small magnets a baby or toddler can get at', () => {
  it('leads with the batteries up high and the child’s level made safe (en + ru)', async () => {
    const en = await tap(
      'home',
      'Clear out the junk drawer in the hall',
      'My 18-month-old has learnt to pull the bottom drawers open. The hall one is full of spare watch batteries, old keys and takeaway menus.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-battery-now', 'hz-battery-keep']);
    expect(en.texts[0]).toMatch(/two hours/);
    const ru = await tap(
      'habit',
      'Наводить порядок на кухне каждый вечер',
      'Сыну год и два, он залезает во все ящики и всё пробует на зуб, а на подоконнике вечно валяются батарейки-таблетки от весов и брелока.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-battery-now');
    expect(ru.texts[0]).toMatch(/пищевод/);
  });

  it('yields to the home’s own poisons hazard when it fires on the same words', async () => {
    const both = await tap(
      'home',
      'Разобрать кухню',
      'Дочке год, она всё тащит в рот, а батарейки-таблетки от пульта лежат в нижнем ящике.',
      'ru',
    );
    expect(both.keys[0]).toBe('hz-poison-now');
    expect(both.keys).not.toContain('hz-battery-now');
  });

  it('leaves a grandmother’s hearing aid with no small child, and batteries locked away, alone', async () => {
    noHazard(
      (
        await tap(
          'admin',
          'Get my mum a new hearing aid on the NHS',
          'She is 84 and keeps running out of hearing aid batteries; the grandchildren are all at university.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Разобрать ящик с мелочами',
          'Дочке полтора года. Круглые батарейки я уже убрала под замок, а остальной хлам никак не разберу.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('whole grapes, nuts, popcorn or hard sweets for a child under five', () => {
  it('leads with the food cut safe and what to do if they choke (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Survive a 9-hour drive to Cornwall with the kids',
      "Our twins are 2 and get bored in the car, so I'll pack whole grapes, popcorn and a bag of mini sweets to keep them quiet.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-choke-food-cut', 'hz-choke-food-aid']);
    expect(en.texts[0]).toMatch(/lengthwise into quarters/);
    const ru = await tap(
      'family',
      'Чтобы сын ел полезное, а не сладости',
      'Сыну два года, вместо конфет даю ему орешки и виноград, а недавно он подавился на прогулке.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-choke-food-cut');
  });

  it('leaves a nut allergy, a popcorn ceiling and an adult’s snack alone', async () => {
    noHazard(
      (
        await tap(
          'repair',
          'Get rid of the popcorn ceiling in the nursery',
          'Our daughter is 3 months old and the ceiling in her room is flaking.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'travel',
          'Съездить с дочкой на море',
          'Дочке четыре года, у неё аллергия на орехи, боюсь шведского стола.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby or small child in or near water without an adult right there', () => {
  it('leads with never leaving them at the water and a barrier (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move into the house we bought in Perth',
      "We move in on the 3rd with our 2-year-old. The house has a pool in the backyard and a gate that doesn't shut properly.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-water-watch', 'hz-child-water-fence']);
    expect(en.texts[0]).toMatch(/few centimetres/);
    const ru = await tap(
      'habit',
      'Каждое утро делать зарядку',
      'Малышке год и три, по утрам я её купаю и, бывает, оставляю её в ванне на пару минут, пока делаю растяжку в комнате.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-water-watch');
  });

  it('leaves swimming lessons at the leisure centre and a fenced pool alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Swim twice a week',
          'I take my 4-year-old to swimming lessons at the leisure centre and want to swim lengths while he is in the class.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Подготовить дачу к лету',
          'Сыну три года. Каркасный бассейн на участке огородили забором с калиткой, осталось покрасить веранду.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby or young child left alone in a car', () => {
  it('leads with the child never left in the car (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Get to the gym before work',
      "On the way I stop for fuel and a coffee and leave the baby asleep in the car for five minutes, it's so much easier than waking her.",
      'en',
    );
    expect(en.keys[0]).toMatch(/^hz-car-alone-never/);
    expect(en.texts[0]).toMatch(/child/);
    const ru = await tap(
      'finance',
      'Начать вести бюджет',
      'Сыну два года. Когда заезжаю в магазин, оставляю его в машине минут на десять, пока он спит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-car-alone-never');
  });

  it('leaves a husband waiting in the car and the dog alone', async () => {
    noHazard(
      (
        await tap(
          'checkup',
          'Book the physio for my back',
          'My husband waits in the car while I go in, and our kids are at school all day.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'travel',
          'Поехать на Алтай на машине',
          'Едем с мужем и собакой, собака спит в машине, пока мы гуляем по тропам.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a child in a car without a child seat, on a lap or unbuckled', () => {
  it('leads with a seat for every child, fitted right (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Drive up to see Grandma in Ohio',
      "It's about 7 hours. We only have one car seat, so the baby rides on my lap in the back and the 4-year-old wears a normal belt.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-car-seat-now', 'hz-car-seat-fit']);
    expect(en.texts[0]).toMatch(/never on a lap/);
    const ru = await tap(
      'moving',
      'Переехать к родителям в Тюмень',
      'Поедем на машине, 600 км. Автокресла у нас нет, дочка (ей год) поедет у мамы на коленях, как обычно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-car-seat-now');
    expect(ru.texts[0]).toMatch(/никогда на коленях/);
  });

  it('leaves a lap on a plane, a seat being bought and a baby asleep in arms at home alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Fly to Lisbon with our 8-month-old',
          'She will be a lap infant on the flight, and we hire a car at the airport with a car seat booked.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Чтобы сын спал в кроватке',
          'Сыну четыре месяца, засыпает только у меня на руках, муж ездит на машине на работу к семи.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a child riding on a tractor, ride-on mower or quad bike', () => {
  it('leads with no rides and the machine learnt safely (en + ru)', async () => {
    const en = await tap(
      'home',
      'Keep the big lawn tidy this summer',
      "I've bought a second-hand ride-on mower. My grandson is 4 and loves sitting on my lap while I mow.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-farm-ride-no', 'hz-farm-ride-learn']);
    expect(en.texts[0]).toMatch(/one seat, one person/);
    const ru = await tap(
      'skill',
      'Научиться пахать мотоблоком',
      'Купили дом в деревне. Сыну шесть, он просится с папой на мотоблок, и муж катает его в тележке по огороду.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-farm-ride-no');
  });

  it('leaves a toy tractor, a tractor licence and a food processor alone', async () => {
    noHazard(
      (
        await tap(
          'family',
          'Make a fun birthday for my 3-year-old',
          'He is mad about tractors, so we are getting him a pedal tractor and a cake shaped like one.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'exam',
          'Сдать на права тракториста',
          'Мне 17, с отцом на тракторе езжу с детства, хочу получить права тракториста к лету.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a dog that growls, snaps or bites where there is a baby or small child', () => {
  it('leads with the two kept apart and the vet and a behaviourist (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Walk the dog every morning',
      'Since our daughter started crawling our rescue growls at her when she gets near his bed, and last week he snapped at her.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-dog-child-apart', 'hz-dog-child-pro']);
    expect(en.texts[0]).toMatch(/Don't punish the growl/);
    const ru = await tap(
      'moving',
      'Переехать в дом побольше',
      'У нас алабай и сын двух лет. В последнее время пёс рычит на сына, когда тот подходит к миске.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-dog-child-apart');
  });

  it('leaves a puppy’s play-biting and a dog with no child around alone', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Train our new puppy',
          'He is 10 weeks old, play biting our hands and shoes, and we have no kids.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Гулять с собакой по часу',
          'Мне 40, живу один, собака рычит на других собак во дворе.',
          'ru',
        )
      ).keys,
    );
  });
});
