import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers to a child added or widened after blind read 40 (content/goals/hazards/children.yaml, helper
// fix40-children), through the real coach: each leads the path of a goal of another kind with the read's own wording
// and with another wording of the same danger, stays out of a goal that uses its words in a harmless sense or says the
// danger is dealt with, and gives way where another hazard deals with it better.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('a weighted blanket, sleeping bag or swaddle for a baby or toddler', () => {
  it('leads with the blanket off tonight, then the kind’s own settling steps (read 40 en-13)', async () => {
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
    const lead = reader.lead(reader.read([text]), [], (steps) => steps);
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

describe('a looped blind cord or chain by a cot (widened after read 40)', () => {
  it('leads on the read’s own wording, and says tucking the cords away is not enough (en-08)', async () => {
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
  it('leads with the keys taken, then a youth club to ride together (read 40 ru-19)', async () => {
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
    const lead = reader.lead(reader.read([text]), [], (steps) => steps);
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
  it('leads with no more aspirin and a pharmacist, then a doctor for the fever (read 40b en-44)', async () => {
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
  it('leads with an adult, no bridge and no moving water, ahead of the dive steps (read 40b ru-50)', async () => {
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
    const lead = reader.lead(reader.read([text]), [], (steps) => steps);
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
