import { describe, expect, it } from 'vitest';
import { hazardReader, noHazard, tap } from '../../../../test/factories/offline-cases.js';

// The dangers in content/goals/hazards/children.yaml, through the real coach: each one named in passing leads the
// path of a goal of any kind, in English and Russian, and the same words in a harmless sense, or a kind's own net for
// the same danger, leave the kind's own steps in front. Where a new case goes: docs/coach.md.
const named = (text: string) => hazardReader.read([text]).map((hazard) => hazard.id);

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

describe("a pool, pond or hot tub whose gate or fence doesn't keep children out", () => {
  it('leads with the gate shut today and mended this week (en + ru)', async () => {
    const en = await tap(
      'home',
      'Turn the back garden into a play space for the grandkids',
      'The latch on the pool gate broke in the wind last month and it swings open now. Our grandkids, 3 and 6, come every Sunday and I want a sandpit by spring.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pool-gate-shut', 'hz-pool-gate-fix']);
    expect(en.texts[0]).toMatch(/padlock/);
    const ru = await tap(
      'home',
      'Подготовить дачу к приезду внуков',
      'Калитка у бассейна после зимы не закрывается, перекосило. В июне на всё лето приедут внуки, им четыре и шесть.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-pool-gate-shut', 'hz-pool-gate-fix']);
    expect(ru.texts[0]).toMatch(/замок/);
  });

  it('leads instead of the general water steps when a toddler is named too', async () => {
    const text =
      "We've got a backyard pool and the pool gate doesn't latch any more; our 2-year-old follows the older ones outside.";
    expect(named(text)).toEqual(expect.arrayContaining(['child_drown', 'pool_gate']));
    const { keys } = await tap('finance', 'Save for a new car', text, 'en');
    expect(keys.slice(0, 2)).toEqual(['hz-pool-gate-shut', 'hz-pool-gate-fix']);
    expect(keys).not.toContain('hz-child-water-watch');
  });

  it('leaves the mending to home childcare’s own walk-round and first-aid steps', async () => {
    const { keys } = await tap(
      'business',
      'Start a home daycare',
      "I'd take four preschoolers on weekdays. The gate to the pool doesn't close properly since we moved the fence.",
      'en',
    );
    expect(keys[0]).toBe('hz-pool-gate-shut');
    expect(keys).not.toContain('hz-pool-gate-fix');
    expect(keys).toContain('biz-care-home');
  });

  it('stays out of a house with no children and a gate already mended', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get the pool ready for summer',
          "The pool gate doesn't latch since the storm. It's just my husband and me now, the kids have grown up and moved out.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Подготовить бассейн к лету',
          'Калитку у бассейна починили ещё в мае, защёлка новая. Внукам пять и семь, хочу сама следить за водой.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a child left in charge of a younger one at night or through a shift', () => {
  it('leads with an adult for the nights, then lasting help (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get a better-paid job with day hours',
      "I'm a care assistant on night shifts. My 9-year-old looks after her little brother, he's 2, overnight while I'm at work. She's really sensible.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-minder-adult', 'hz-child-minder-help']);
    expect(en.texts[0]).toMatch(/adult/);
    const ru = await tap(
      'finance',
      'Закрыть долг по кредитке',
      'Работаю в такси по ночам. Дочка, ей десять, сидит с братиком, пока я на смене, а днём я отсыпаюсь.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-child-minder-adult', 'hz-child-minder-help']);
    expect(ru.texts[0]).toMatch(/взрослого/);
  });

  it('leads instead of the home-alone steps when the two are alone together at night', async () => {
    const text = "My 7-year-old is home alone with his baby brother overnight while I'm on nights at the depot.";
    expect(named(text)).toEqual(expect.arrayContaining(['child_home_alone', 'child_minds_child']));
    const { keys } = await tap('career', 'Move to day shifts', text, 'en');
    expect(keys.slice(0, 2)).toEqual(['hz-child-minder-adult', 'hz-child-minder-help']);
    expect(keys).not.toContain('hz-child-alone-cover');
  });

  it('stays out of a teenager babysitting for an evening and a grandmother staying the night', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Pick up more hours at the shop',
          "My 15-year-old babysits her brother on Friday evenings while I'm at work, and I'd like to add a Saturday shift.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Найти вторую работу',
          'Бабушка ночует с детьми, пока я на ночных сменах, старшей девять, младшему два. Хочу подработку днём.',
          'ru',
        )
      ).keys,
    );
  });

  it('stays out when the one writing is the adult who looks after them', () => {
    expect(
      named(
        "I look after my son's two (5 and 12) while he works away. The little one wakes at night and the 12-year-old is on her phone till late.",
      ),
    ).not.toContain('child_minds_child');
    expect(
      named('Я смотрю за внуками, пока дочь на вахте: младшему пять, старшему двенадцать, ночью младший просыпается.'),
    ).not.toContain('child_minds_child');
  });
});

describe('an adult met online asking a child for secrecy, photos or a meeting: only with a child in touch', () => {
  it('leads for a young teenager writing in their own words (en + ru)', async () => {
    const en = await tap(
      'reading',
      'Read a book a month',
      "I'm 13 and a guy I met on Discord says I'm mature for my age. He wants me to send pics and not tell my mum.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    const ru = await tap(
      'language',
      'Подтянуть английский к ОГЭ',
      'Мне 14, в роблоксе познакомилась с парнем, ему 20, он зовёт встретиться летом и просит никому не рассказывать.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('hz-child-online-stop');
  });

  it('stays out of a grown woman’s own online romance, with her children or a grown son mentioned', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Decide whether to move in with my boyfriend',
          "I'm 34, met him online last year. He wants me to keep us secret from his family and keeps asking for photos. My kids are 6 and 9.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'social',
          'Понять, стоит ли встречаться дальше',
          'Мне 41, познакомилась в интернете с мужчиной, он просит присылать фото и никому о нас не говорить. Сын уже взрослый.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a hot drink, the kettle or bath water scalding or nearly scalding a small child', () => {
  it('leads with cooling a burn and hot things out of reach, then the bath and kitchen (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back to running after the baby',
      'Last week my 10-month-old grabbed my coffee off the table and it splashed down his arm. I want to run three times a week again.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-scald-now', 'hz-scald-bath']);
    expect(en.texts[0]).toMatch(/cool running water/);
    const ru = await tap(
      'home',
      'Переделать кухню',
      'Малышу год и два, вчера дёрнул провод от чайника, еле успела поймать. Хочу поменять столешницу.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-scald-now', 'hz-scald-bath']);
  });

  it("stays out of a parent's own scald and a burn that is a figure of speech", async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose the baby weight',
          "I scalded my hand on the kettle last week so I've been off the gym. The baby is 5 months and sleeps well.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Сменить работу',
          'На прошлой работе обжёгся на обещаниях, теперь хочу всё проверять. Сыну два года.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby left on a bed, sofa or changing table, or in a seat up on a table', () => {
  it('leads with the baby kept low from today (en + ru)', async () => {
    const en = await tap(
      'career',
      'Go back to work in March',
      "He's 4 months old. I leave him on our bed while I shower because he can't roll over yet.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-fall-floor', 'hz-baby-fall-ask']);
    expect(en.texts[0]).toMatch(/on the floor/);
    const ru = await tap(
      'home',
      'Навести порядок с бельём',
      'Малышу пять месяцев, я оставляю его на диване, пока развешиваю бельё, он ещё не переворачивается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-fall-floor');
  });

  it('stays out of a baby already on the floor', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get dinner on the table by six',
          "I leave her on the playmat on the floor while I cook — she's 6 months and happy there.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Организовать уборку',
          'Дочке четыре месяца, пока мою полы, она лежит на коврике на полу, на кровати одну не оставляю.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a looped blind cord or chain a young child can reach', () => {
  it('leads with the cords up out of reach today (en + ru)', async () => {
    const en = await tap(
      'home',
      'Decorate the nursery',
      "The cot is under the window and the blind cords hang right down beside it. She's 8 months and pulls herself up now.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-cord-up', 'hz-cord-fix']);
    expect(en.texts[0]).toMatch(/strangled/);
    const ru = await tap(
      'home',
      'Сделать ремонт в детской',
      'Кроватка стоит у окна, шнур от жалюзи свисает прямо над ней, сыну год. Хочу поклеить обои.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cord-up');
  });

  it('stays out of cordless blinds and cords already tied up', async () => {
    noHazard(
      (
        await tap(
          'home',
          "Update the kids' bedroom",
          'We put in cordless blinds last year; our son is 2 and I want shelves.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Обновить детскую',
          'Шнуры от жалюзи подвязали высоко на держатель, дочке три года. Хочу новые шторы.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a young child near an open fire, a burner or a heater with no guard', () => {
  it('leads with the child kept away until a guard is fitted (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Keep the heating bills down this winter',
      "We light the log burner every evening to save on gas and there's no guard yet. Our 1-year-old has just started crawling.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fire-guard-now', 'hz-fire-guard-fit']);
    const ru = await tap(
      'home',
      'Утеплить дом к зиме',
      'Топим печку каждый вечер, ограждения пока нет, а дочке полтора года, она всё тянется к дверце.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fire-guard-now');
    expect(ru.texts[0]).toMatch(/ограждения/);
  });

  it('stays out of a burner with a fireguard and a gas cooker', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Make the living room cosier',
          'We have a wood burner with a fireguard fixed round it, and a toddler. I would like new cushions.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Починить газовую плиту',
          'Газовая плита плохо зажигается, а ребёнок, ему два года, тянется к ручкам.',
          'ru',
          ['Ничего'],
        )
      ).keys,
    );
  });
});

describe('a parent or carer drunk or high while in charge of young children', () => {
  it('leads with a sober adult in charge, then help (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Pick up extra shifts',
      'On my late shifts my husband is on his own with the baby, and most evenings he gets drunk.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-carer-sober', 'hz-carer-help']);
    expect(en.texts[0]).toMatch(/sober/);
    const ru = await tap(
      'finance',
      'Накопить на ремонт',
      'Муж выпивает каждый вечер, а по субботам он один с ребёнком, пока я на работе. Сыну три года.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-carer-sober', 'hz-carer-help']);
  });

  it("leaves the help to family's steps for a partner who drinks, and a drunk handover to recovery's", async () => {
    const family = await tap(
      'family',
      'Меньше ссориться с мужем',
      'Муж выпивает каждый вечер, а по субботам он один с ребёнком, пока я на работе. Сыну три года.',
      'ru',
      ['Муж, жена или родитель выпивает'],
    );
    expect(family.keys[0]).toBe('hz-carer-sober');
    expect(family.keys).not.toContain('hz-carer-help');
    expect(family.keys).toContain('fam-drink-support');
    const recovery = await tap(
      'recovery',
      'Share the weekends fairly with my ex',
      'When he has the kids on his weekends he gets drunk by lunchtime, and our youngest is 3.',
      'en',
    );
    noHazard(recovery.keys);
    expect(recovery.keys).toContain('rec-drunk-safe');
  });

  it("stays out of a parent's own drinking with grown children and a partner who has stopped", async () => {
    noHazard(
      (
        await tap(
          'quit',
          'Stop getting drunk at weekends',
          "I'm 52, the kids have grown up and left home, and I want my Saturdays back.",
          'en',
          ['Drinking alcohol'],
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Проводить больше времени с сыном',
          'Муж бросил пить год назад, теперь по субботам он один с ребёнком, пока я на работе. Сыну три года.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby out in strong heat, or a pram covered over in the sun', () => {
  it('leads with the baby out of the heat and the pram uncovered (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Walk 10,000 steps a day',
      'I push the pram round the park at lunchtime even in this heat — it hit 38 degrees today — with a muslin over it to keep the sun off our 3-month-old.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-heat-shade', 'hz-baby-heat-home']);
    expect(en.texts[0]).toMatch(/never drape/);
    const ru = await tap(
      'fitness',
      'Каждый день гулять по часу',
      'Гуляем с коляской в самую жару, в обед, накрываю её пелёнкой от солнца, малышу два месяца.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-heat-shade');
  });

  it('stays out of an early walk in the shade and a summer trip with no baby', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Walk every morning',
          'In this heat we walk at 6am in the shade before it warms up; the baby is 5 months.',
          'en',
          ['Already doing it'],
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'travel',
          'Съездить на дачу летом',
          'Хочу на дачу в жару, дети взрослые, поедем вдвоём с мужем.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('the hazards whose generated lists became conjunctions still fire as before', () => {
  it('reads a dog by its breed and a warning only a dog gives, and not a teenager who answers back', async () => {
    expect(named('Our staffy snapped at our 2-year-old when she went near his bowl.')).toContain('child_dog');
    expect(named('Пёс рычит на дочку, ей полтора года, когда она подходит к его лежанке.')).toContain('child_dog');
    expect(named('Сыну 14, огрызается на каждое слово, а собака целыми днями одна.')).not.toContain('child_dog');
    expect(named('Our daughter is 3. She growled at the cat during her dinosaur game.')).not.toContain('child_dog');
  });

  it('reads honey on a dummy and watered-down bottles for a baby, and leaves honey for an older child', async () => {
    expect(named('Grandma dips his dummy in honey to settle him, he is 5 months old.')).toContain('baby_honey');
    expect(named('Бабушка мажет пустышку мёдом, чтобы уснул, сыну четыре месяца.')).toContain('baby_honey');
    expect(named("We've been watering down his bottles to make the tin last; our son is 4 months old.")).toContain(
      'formula_stretch',
    );
    expect(named('My 6-year-old has honey on toast for breakfast every day.')).not.toContain('baby_honey');
  });

  it("gives a late owner's gun to the hand-in steps, not the child's lock-up", async () => {
    const text =
      'Дед умер весной, его ружьё висит в шкафу, разрешение кончилось, а внук, ему двенадцать, просит пострелять по банкам.';
    expect(named(text)).toEqual(expect.arrayContaining(['child_gun', 'gun_lapsed']));
    const { keys } = await tap('grief', 'Пережить первый год без отца', text, 'ru');
    expect(keys).toContain('hz-gun-hand');
    expect(keys).not.toContain('hz-child-gun-lock');
  });
});

describe('a weighted blanket, sleeping bag or swaddle for a baby or toddler', () => {
  it('leads with the blanket off tonight, then the kind’s own settling steps', async () => {
    const { keys, texts } = await tap(
      'sleep',
      'Get our two-year-old to fall asleep without me lying on her floor',
      "Our daughter turned two in August and bedtime takes an hour and a half: she only drops off if I lie on the floor by her cot holding her hand, then I creep out and she wakes up. I'm 34 and back at work full time in Wellington, and my evenings have disappeared. My sister swears by the weighted blanket she got for her boy, so we bought the 3 kg one and she's been sleeping under it this week, which has helped a little. I'd love a routine where I can say goodnight and actually leave.",
      'en',
    );
    expect(keys[0]).toBe('hz-weighted-off');
    expect(texts[0]).toMatch(/weighted/);
    expect(keys).not.toContain('hz-weighted-ask');
    expect(keys.slice(1).some((key) => key.startsWith('sleep-kidbed-'))).toBe(true);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for a family holiday',
      'Our toddler sleeps in a weighted sleep sack a friend passed on, and I want to put £50 a month aside.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-weighted-off', 'hz-weighted-ask']);
    const ru = await tap(
      'family',
      'Спокойные вечера с сыном',
      'Сыну полтора года, засыпает только со мной. Подруга посоветовала утяжелённое одеяло, купили на 2 кг, спит под ним неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-weighted-off');
    expect(ru.texts[0]).toMatch(/утяжелённ/);
  });

  it('gives way to the safe-sleep steps for a baby under one', () => {
    const text = 'Our baby is 4 months old and sleeps on her tummy in a weighted sleep sack, the only way she settles.';
    expect(named(text)).toContain('baby_sleep_back');
    expect(named(text)).toContain('child_weighted_sleep');
    const lead = hazardReader.lead(hazardReader.read([text]), [], (steps) => steps);
    expect(lead.map((step) => step.key)).toEqual(['hz-baby-back', 'hz-baby-back-ask']);
  });

  it("stays out of a parent's own weighted blanket and one an occupational therapist chose for an older child", async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Sleep through the night again',
          "I've been using a weighted blanket for my insomnia and it helps me. My toddler still wakes twice a night.",
          'en',
        )
      ).keys,
    );
    expect(
      named('Our 8-year-old has a weighted blanket her occupational therapist suggested, and it calms her at night.'),
    ).not.toContain('child_weighted_sleep');
    expect(named('Я сама сплю под утяжелённым одеялом, а дочке 2 года, она спит в своей кроватке.')).not.toContain(
      'child_weighted_sleep',
    );
  });
});

describe('a looped blind cord or chain by a cot', () => {
  it('leads on the goal’s own wording, and says tucking the cords away is not enough', async () => {
    const { keys, texts } = await tap(
      'home',
      "Set up the spare room for the grandkids' sleepovers",
      "I'm 67, widowed, in a three-bed in Joondalup, and my daughter's finally letting the little ones stay over once a month. They're 4 and 18 months. The spare room has been my sewing and junk room for ten years. I've got a travel cot from Kmart and the only spot it fits is under the window, where the old venetian blinds have those long looped cords, but I'll just tuck them up behind. I'd like it ready and uncluttered for the first sleepover on the 9th.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-cord-up', 'hz-cord-fix']);
    expect(texts[0]).toMatch(/tucking/);
  });

  it('leads for other wordings of the cord (en + ru)', async () => {
    const en = await tap(
      'home',
      'Paint the nursery',
      "Our 18-month-old's room has a roller blind with a long looped chain right next to the crib; we'll replace it eventually.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-cord-up');
    const ru = await tap(
      'home',
      'Подготовить комнату к приезду внука',
      'Кроватку можно поставить только у окна, а там старые жалюзи с длинными шнурами, я их просто заправлю за карниз. Внуку полтора года.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cord-up');
    expect(ru.texts[0]).toMatch(/заправить/);
  });

  it('stays out of cordless blinds and cords already fixed up high', () => {
    expect(
      named('The nursery has new cordless blinds with no cords at all, right by the cot. She is 10 months old.'),
    ).not.toContain('blind_cord');
    expect(
      named('Жалюзи с длинными шнурами у кроватки мы подвязали на держатель для шнура. Малышу год.'),
    ).not.toContain('blind_cord');
  });
});

describe("a child on an adult's quad, motorbike, jet ski or snowmobile", () => {
  it('leads with the keys taken, then a youth club to ride together', async () => {
    const { keys, texts } = await tap(
      'family',
      'Найти общее занятие с сыном, а не только ругаться из-за телефона',
      'Мне 44, живём в посёлке под Сургутом, я на вахте месяц через месяц. Сыну 11, когда я дома — он в телефоне, я ругаюсь, он уходит к себе. На день рождения купил ему квадроцикл, взрослый, на 200 кубов, вот на нём хоть от телефона оторвался: гоняет сам по посёлку и до реки, пока я на работе. Хочется чтобы было что-то наше общее, а не только покупки.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-kid-machine-keys', 'hz-kid-machine-club']);
    expect(texts[0]).toMatch(/ключ/);
    expect(texts[1]).toMatch(/секци/);
  });

  it('leads for another machine and wording (en + ru)', async () => {
    const en = await tap(
      'family',
      'Spend more time with my son',
      "He's 12 and rides his dad's old 250 motorbike round the farm tracks on his own while we work.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-kid-machine-keys', 'hz-kid-machine-club']);
    const ru = await tap(
      'family',
      'Больше времени с дочкой',
      'Дочке 13, летом она сама гоняет на гидроцикле отчима по озеру, пока мы на пляже.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-kid-machine-keys');
  });

  it('gives way to the farm-ride steps for a child carried on a tractor or quad', () => {
    const text =
      "Our son, 6, rides on the back of the quad with his dad and we'd like him to drive it alone next year.";
    expect(named(text)).toEqual(expect.arrayContaining(['child_farm_ride', 'child_adult_machine']));
    const lead = hazardReader.lead(hazardReader.read([text]), [], (steps) => steps);
    expect(lead.map((step) => step.key)).toEqual(['hz-farm-ride-no', 'hz-farm-ride-learn']);
  });

  it('stays out of a youth machine at a club, a grown son, and a game', async () => {
    noHazard(
      (
        await tap(
          'family',
          'Weekends with my son',
          'My son is 10 and rides a kids quad at the motocross club on Saturdays, with a coach.',
          'en',
        )
      ).keys,
    );
    expect(named('My son is 25 and rides his motorbike alone to work every day.')).not.toContain('child_adult_machine');
    expect(named('Сыну 12, он сам гоняет на мотоцикле в игре на приставке часами.')).not.toContain(
      'child_adult_machine',
    );
  });
});

describe('aspirin given to a child or teenager under 16', () => {
  it('leads with no more aspirin and a pharmacist, then a doctor for the fever', async () => {
    const { keys, texts } = await tap(
      'sleep',
      'Get the grandchildren into a proper bedtime',
      "I'm 58 and I look after my daughter's three (6, 9 and 12) in our village outside Tzaneen while she works in Joburg. They watch TV with me till late and the 12-year-old is on the phone under the blanket, so mornings for school are a fight. The little one has had fever on and off this week, so I give her half an aspirin in warm milk at night like my mother did and then she sleeps. I want a routine that still works when the power goes.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-aspirin-stop', 'hz-aspirin-doctor']);
    expect(texts[0]).toMatch(/Reye/);
    expect(texts[0]).toMatch(/pharmacist/);
    expect(texts[0]).not.toMatch(/\d+\s?mg/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Cut the grocery bill',
      'When my 10-year-old gets a cold I give him Disprin, it works fast. I want to spend less on food each week.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-aspirin-stop');
    const ru = await tap(
      'family',
      'Наладить режим внукам',
      'Внуки живут у меня, младшей 5, часто температурит, даю ей полтаблетки аспирина на ночь, как нас лечили.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-aspirin-stop', 'hz-aspirin-doctor']);
    expect(ru.texts[0]).toMatch(/синдром Рея/);
  });

  it("stays out of an adult's own aspirin and aspirin a specialist prescribed for the child", async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Walk 10,000 steps a day',
          'I take aspirin daily for my heart; my son walks with me on weekends.',
          'en',
        )
      ).keys,
    );
    expect(
      named('After Kawasaki disease the cardiologist has our 4-year-old on aspirin for now; we give it every morning.'),
    ).not.toContain('child_aspirin');
    expect(named('Я пью цитрамон от головы, а дочке 7, у неё температура, даю ей нурофен.')).not.toContain(
      'child_aspirin',
    );
  });
});

describe('children swimming or jumping in at open water with no adult, or in moving water', () => {
  it('leads with an adult, no bridge and no moving water, ahead of the dive steps', async () => {
    const text =
      'Живём в кишлаке под Ферганой, мне 38, муж в России на заработках. Сыновьям 9 и 11, летом школы нет, и они с утра до вечера с пацанами на большом канале — прыгают с моста и купаются, течение там сильное, но все местные дети там плавают. Я на работе до вечера, свекровь старенькая, за ними не уследит. Хочу, чтобы чем-то полезным занимались и со мной время проводили, а не только я прихожу и сразу спать.';
    expect(named(text)).toEqual(expect.arrayContaining(['child_open_water', 'dive_shallow']));
    const { keys, texts } = await tap('family', 'Занять сыновей летом и побольше быть с ними', text, 'ru');
    expect(keys[0]).toBe('hz-kid-water-adult');
    expect(texts[0]).toMatch(/взрослый/);
    expect(texts[0]).toMatch(/с моста/);
    expect(texts[0]).toMatch(/течение/);
    expect(texts[0]).not.toMatch(/проверя/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'family',
      'A better summer with my boys',
      'My boys (9 and 12) spend all day at the river with friends, swimming and jumping off the rope swing, no adults around.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-kid-water-adult', 'hz-kid-water-summer']);
    const ru = await tap(
      'career',
      'Найти подработку на лето',
      'Дочке 10, она с подружками целыми днями купается на карьере за посёлком, одни, а я на смене.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-kid-water-adult');
  });

  it('stays out of a parent who goes with them, a swimming club, and «в течение»', () => {
    expect(named('Дети ходят на речку купаться, я всегда рядом, хожу с ними, там мелко.')).not.toContain(
      'child_open_water',
    );
    expect(named('My kids, 8 and 10, swim in the lake on Saturdays with the swim club and a lifeguard.')).not.toContain(
      'child_open_water',
    );
    expect(
      named('В течение лета сын 10 лет ездит со мной на озеро, купается у берега, пока я рядом; одни не ходят.'),
    ).not.toContain('child_open_water');
  });
});

describe('a child who has swallowed a button battery, magnets or a household chemical', () => {
  it('leads with getting help now, even if the child seems well (en + ru)', async () => {
    const en = await tap(
      'family',
      'Get the kids outside more',
      "My 8-year-old swallowed two of those little magnet balls from his brother's desk toy yesterday, he seems fine so we're just watching.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-swallowed-now', 'hz-swallowed-clear']);
    expect(en.texts[0]).toMatch(/emergency/);
    const ru = await tap(
      'family',
      'Больше гулять с детьми',
      'Сын (9 лет) вчера проглотил два магнитных шарика из неокуба, вроде всё нормально, ждём, выйдут сами.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-swallowed-now');
    expect(ru.texts[0]).toMatch(/103 или 112/);
  });

  it('leads instead of the batteries-within-reach steps when a toddler has swallowed one', () => {
    const text = 'Our 14-month-old swallowed a button battery from the car remote this morning, I think.';
    expect(named(text)).toEqual(expect.arrayContaining(['child_swallowed', 'child_button_battery']));
    const lead = hazardReader.lead(hazardReader.read([text]), [], (steps) => steps);
    expect(lead[0]!.key).toBe('hz-swallowed-now');
    expect(lead.map((step) => step.key)).not.toContain('hz-battery-now');
  });

  it('stays out of a pet, a doctor already seen, and pride swallowed', () => {
    expect(named('The dog swallowed a battery from the kids’ toy; the vet is watching him.')).not.toContain(
      'child_swallowed',
    );
    expect(
      named('Сын проглотил магнит, в больнице сделали рентген, врач сказал, что всё вышло. Хочу убрать все магниты.'),
    ).not.toContain('child_swallowed');
    expect(named('I swallowed my pride and asked my son to help me change the smoke alarm battery.')).not.toContain(
      'child_swallowed',
    );
  });
});

describe('children on a trampoline several at once, doing flips, or with no net', () => {
  it('leads with one at a time and no flips, then the trampoline made safe (en + ru)', async () => {
    const en = await tap(
      'family',
      'Get the kids off screens',
      'We got a big trampoline with no net and the four cousins all bounce on it together doing flips; my youngest is 5.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-trampoline-rules', 'hz-trampoline-fix']);
    const ru = await tap(
      'family',
      'Чтобы дети меньше сидели в телефонах',
      'Поставили на даче батут без сетки, прыгают по пять человек одновременно, сальто крутят, младшему 6.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-trampoline-rules');
  });

  it('stays out of a trampoline park and a netted trampoline used one at a time', () => {
    expect(
      named('For her birthday we booked the trampoline park; the kids jump together there with staff watching.'),
    ).not.toContain('child_trampoline');
    expect(named('Купили детям батут с сеткой, прыгают по очереди, я смотрю.')).not.toContain('child_trampoline');
  });
});

describe('children on the ice of a pond, lake or river without an adult', () => {
  it('leads with no ice without an adult and what to do if someone falls through (en + ru)', async () => {
    const en = await tap(
      'family',
      'Winter weekends with the kids',
      'The boys, 8 and 10, go sliding on the frozen pond behind the school on their own after school.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-kid-ice-no');
    const ru = await tap(
      'family',
      'Зимние выходные с детьми',
      'Сыновья 8 и 10 лет после школы одни катаются на льду на пруду за школой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-kid-ice-no');
    expect(ru.texts[0]).toMatch(/112/);
  });

  it('stays out of a rink', () => {
    expect(named('The kids, 7 and 9, skate on their own at the ice rink after school.')).not.toContain('child_ice');
    expect(named('Дети сами ходят на каток во дворе, на льду катка до вечера.')).not.toContain('child_ice');
  });
});

describe('sweating or thirsting weight off before a weigh-in', () => {
  it('leads on the goal’s own wording: a class named by its limit, barely drinking and the banya', async () => {
    const { keys, texts } = await tap(
      'sport',
      'Выступить на первенстве Якутии по хапсагаю',
      'Мне 15, живу в Чурапче, хапсагаем занимаюсь четвёртый год. В марте первенство республики, тренер хочет заявить меня до 55 кг, а я сейчас 60. Старшие пацаны говорят, сгонка — это нормально: три дня почти не пить и сидеть в бане в куртке, все так делают. Хочу хотя бы в призёры, чтобы взяли на сборы в Якутск.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-weight-cut-stop', 'hz-weight-cut-doctor']);
    expect(texts[0]).toMatch(/сгонку/);
  });

  it('leads for other wordings of the cut (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Win my first county wrestling title',
      "I'm 15 and my coach wants me to make weight for the 48kg class: three days barely drinking and sitting in the sauna.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-weight-cut-stop');
    expect(
      named('Мне 16, надо согнать 4 кг за три дня до турнира по вольной борьбе, тренер говорит сидеть в сауне.'),
    ).toContain('weight_cut');
    expect(named('He has to lose 5 kg in 3 days for the tournament, so no water and the sauna every night.')).toContain(
      'weight_cut',
    );
  });

  it('stays out of a banya after the tournament and a slow cut by eating less', () => {
    for (const text of [
      'После турнира по борьбе ходим всей командой в баню, хочу чаще тренироваться.',
      'I cut 2 kg in a week by eating a bit less for my judo grading, feeling fine.',
      'Тренер хочет заявить меня до 55 кг, я вешу 56, спокойно сброшу за месяц на питании.',
    ])
      expect(named(text)).not.toContain('weight_cut');
  });
});

describe("a toddler's decaying teeth and a bottle to sleep", () => {
  it('leads a dentist goal with a dentist soon, then water only at night', async () => {
    const { keys, texts } = await tap(
      'checkup',
      "Get Mia's front teeth looked at, they're going brown",
      "Mia is two and a half and her top front teeth have gone brown near the gums, and one's chipped. We're in Moree, and when I rang about the dental van they said it comes out to the school and the AMS but there's a wait. She still has a bottle of juice to go to sleep, it's the only way she settles. I'm 28, on my own with her and her baby brother, no car.",
      'en',
      ['The dentist'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-bottle-dentist', 'hz-bottle-water']);
    expect(texts[1]).toMatch(/water only at night/);
    // The check-up's own booking for a child's teeth would say the first step again.
    expect(keys).not.toContain('chk-kidteeth-book');
  });

  it('leads for other wordings (en + ru)', async () => {
    const en = await tap(
      'family',
      'Calmer bedtimes with our toddler',
      'Our son is 2 and has a bottle of milk in his cot every night to drop off; his front teeth have brown spots now.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bottle-dentist');
    const ru = await tap(
      'sleep',
      'Уложить сына без долгих уговоров',
      'Сыну 2 года, засыпает только с бутылочкой сока, а передние зубки потемнели у дёсен.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-bottle-dentist', 'hz-bottle-water']);
    expect(ru.texts[1]).toMatch(/только вода/);
  });

  it("stays out of a daytime bottle, an adult's teeth and a bottle already down to water", () => {
    for (const text of [
      'Our toddler drinks juice from a bottle at lunch and I want to cut down on sugar.',
      'My teeth are going brown from coffee and I drink a bottle of wine at night; I want whiter teeth.',
      'Our 18-month-old has a bottle of water only at night now; her teeth have a few white spots.',
      'Дочке полтора года, днём пьёт компот из бутылочки, хочу приучить к чашке.',
    ])
      expect(named(text)).not.toContain('bottle_teeth');
  });
});

describe('an older online "mate" who sends game money and moves the chat', () => {
  it('leads a family goal with the warning sign and the report', async () => {
    const { keys, texts } = await tap(
      'family',
      'Find something me and my 12-year-old can do together on my days off',
      "I'm a single dad in Telford working shifts at a distribution centre, and on my days off my lad is in his room on his Xbox. To be fair I'm glad he's got a mate, an older lad he met on Fortnite who's been really good to him, sends him V-Bucks cards and wants them to chat on Snapchat now instead. But I'd like us to have one thing that's ours, fishing or the football maybe, before he's too old to want me around.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    expect(texts[0]).toMatch(/game money/);
  });

  it('leads for other wordings (en + ru)', async () => {
    const en = await tap(
      'family',
      'More time with my daughter',
      'My 11-year-old daughter has a friend from Roblox who sends her Robux and wants her WhatsApp number.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-child-online-stop');
    const ru = await tap(
      'family',
      'Больше общаться с сыном',
      'Сыну 12, у него друг из игры постарше, дарит ему робуксы и зовёт перейти в телеграм.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    expect(ru.texts[0]).toMatch(/игровую валюту/);
  });

  it('stays out of a child spending on a game and friends they know', () => {
    for (const text of [
      'Сын в 12 лет донатит в роблоксе, покупает скины, хочу ограничить траты.',
      'My son, 13, plays Fortnite with his cousins and they chat on Snapchat.',
      'Дочке 13, общается в роблоксе с одноклассниками, на день рождения ей подарили подарочную карту.',
      'My 12-year-old spends his birthday gift cards on V-Bucks, and I want him outdoors more.',
    ])
      expect(named(text)).not.toContain('child_groomed');
  });
});

describe('a baby out in strong heat: the baby taken out, not the weather outside', () => {
  it('stays out of a weight-loss goal where the heat is why the mother stays in', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose the baby weight',
          "I'm 29, in Lahore, my son is 8 months old and I'm still 14 kg heavier than before him. Gym is not an option, my mother-in-law doesn't like me going out alone in the evening and it's 44 degrees outside anyway. I get maybe 20 minutes when he naps. I'm still breastfeeding so no crash diets.",
          'en',
        )
      ).keys,
    );
    for (const text of [
      "It's 42 degrees outside so we stay indoors; my daughter is 5 months old and I want to get fit at home.",
      'In this heat I walk on the treadmill while the baby naps; she’s 6 months old.',
      'На улице 44 градуса, с малышом сидим дома, ему 7 месяцев, хочу похудеть после родов.',
    ])
      expect(named(text)).not.toContain('baby_heat');
  });

  it('still leads when the baby is taken out in the heat (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get my steps up',
      'I take the baby out in the pram at noon even though it’s 40 degrees; she’s 4 months old.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-baby-heat-shade');
    expect(named('I sit outside with the baby all afternoon in this heat; he’s 3 months old.')).toContain('baby_heat');
    expect(named('В самую жару выходим с ним на улицу на час, сыну 5 месяцев.')).toContain('baby_heat');
  });
});

describe('lye (caustic soda) used at home with a young child', () => {
  it('leads for the soap made in the kitchen while the toddler sleeps', async () => {
    const { keys, texts } = await tap(
      'business',
      'Sell my coconut oil soaps beyond the Apia market',
      "I'm 31 and I've been making soap with virgin coconut oil, frangipani and moso'oi for two years. I sell at Fugalei market on Saturdays and to a couple of hotel gift shops. My aunties in Auckland keep asking for them and I think there's a market there and on Facebook. I make it in the kitchen with caustic soda so I can only do batches when my toddler is asleep. I don't know anything about shipping to NZ or pricing for export.",
      'en',
    );
    expect(keys[0]).toBe('hz-lye-safe');
    expect(texts[0]).toMatch(/vinegar/);
  });

  it('leads for another wording (en + ru)', async () => {
    expect(named('Making lye soap at home for the first time, our son is three.')).toContain('child_lye');
    const ru = await tap(
      'creative',
      'Научиться варить мыло',
      'Хочу варить мыло с нуля на каустике, дома дочка двух лет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-lye-safe');
    expect(ru.texts[0]).toMatch(/уксус/);
  });

  it('stays out of melt-and-pour soap with a child and lye soap with no child at home', () => {
    expect(named('Making melt and pour soap with my daughter, no lye involved.')).not.toContain('child_lye');
    expect(named('I make cold process soap with lye in my garage workshop, I live alone.')).not.toContain('child_lye');
  });
});
