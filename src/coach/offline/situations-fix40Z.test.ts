import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);

const none = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
/** The kind's own steps: a danger named in passing may lead with its hazard steps (another helper's). */
const own = (keys: string[]) => keys.filter((key) => hazardKeys([key]).length === 0);

describe('the fortieth blind read (b), fixed in general (helper fix40Z)', () => {
  it('replaces one lost card or licence — who issues it, what to use meanwhile — not a newcomer’s first numbers', async () => {
    const ru = await tap(
      'admin',
      'Сделать дубликат водительских прав',
      'Права потерял на рыбалке, а машина нужна каждый день.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['adm-lost1-where', 'adm-lost1-meanwhile', 'adm-lost1-apply']);
    const polis = await tap(
      'admin',
      'Получить новый медицинский полис взамен утерянного',
      'Через неделю приём у эндокринолога.',
      'ru',
    );
    expect(polis.keys[0]).toBe('adm-lost1-where');
    expect(none(polis.keys, 'adm-ids-')).toEqual([]);
    const en = await tap(
      'admin',
      'Replace my lost Medicare card',
      'It fell out of my wallet somewhere in town and I have a GP appointment on Friday.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['adm-lost1-where', 'adm-lost1-meanwhile']);
    expect(en.keys).not.toContain('adm-pass-dates');
    // A newcomer's first numbers keep their own path; every paper lost in a fire keeps its list.
    const near = await tap(
      'admin',
      'Get my Medicare card and tax file number',
      'Just arrived in Brisbane on a working holiday visa.',
    );
    expect(near.keys[0]).toBe('adm-ids-order');
    expect(none(near.keys, 'adm-lost1-')).toEqual([]);
    const fire = await tap('admin', 'Восстановить документы после пожара', 'Сгорели паспорт, права и полис.', 'ru');
    expect(none(fire.keys, 'adm-lost1-')).toEqual([]);
  });

  it('swaps a licence from abroad on the official procedure — a visa named in passing is no passport to check', async () => {
    const en = await tap(
      'admin',
      'Convert my South African licence to a UK one',
      'I came over on a skilled worker visa last year and still drive on my old licence.',
    );
    expect(none(en.keys, 'adm-pass-')).toEqual([]);
    const ru = await tap(
      'admin',
      'Обменять иностранные права на российские',
      'Переехал по рабочей визе, права выданы в Узбекистане.',
      'ru',
    );
    expect(none(ru.keys, 'adm-pass-')).toEqual([]);
    // A passport renewed for a trip keeps its dates and slot.
    const near = await tap(
      'admin',
      'Renew my passport before the trip',
      'We fly to Spain in six weeks and it expires in May.',
      'en',
      ['A passport'],
    );
    expect(near.keys).toContain('adm-pass-dates');
  });

  it('keeps the children busy in the holidays while the parent works — the partner working away is no parent abroad', async () => {
    const ru = await tap(
      'family',
      'Чем занять дочек на летних каникулах',
      'Муж на заработках в Казахстане, я работаю в аптеке до шести. Девочкам 8 и 10, целыми днями на улице, а я прихожу без сил.',
      'ru',
    );
    expect(own(ru.keys).slice(0, 3)).toEqual(['fam-sum-week', 'fam-sum-club', 'fam-sum-rota']);
    expect(none(ru.keys, 'fam-away-')).toEqual([]);
    const en = await tap(
      'family',
      'Keep my boys busy over the summer holidays',
      "My husband works away in Saudi. They're 9 and 12 and I'm at work till five; I want them doing something useful and some time with me.",
    );
    expect(own(en.keys).slice(0, 2)).toEqual(['fam-sum-week', 'fam-sum-club']);
    expect(none(en.keys, 'fam-away-')).toEqual([]);
    // The parent who is the one away keeps the calls and visits.
    const away = await tap(
      'family',
      'Быть ближе к сыну, пока я на заработках',
      'Работаю в Москве, сын живёт у бабушки в селе, домой езжу раз в год.',
      'ru',
    );
    expect(away.keys).toContain('fam-away-slot');
    expect(none(away.keys, 'fam-sum-')).toEqual([]);
    // Time with the children, no holidays named: no holiday plan.
    const plain = await tap('family', 'Spend more time with my kids', "They're 7 and 10; I work long hours.");
    expect(none(plain.keys, 'fam-sum-')).toEqual([]);
  });

  it('settles with the spouse how much each side’s parents get — not a list of rows "with your parents"', async () => {
    const ru = await tap(
      'family',
      'Перестать ссориться с мужем из-за денег нашим родителям',
      'Его маме переводим каждый месяц, моим помогаем реже, и муж считает, что своей больше не надо. Доход общий, кредит за машину.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fam-both-needs', 'fam-both-budget', 'fam-both-talk']);
    expect(ru.keys).not.toContain('fam-25');
    const en = await tap(
      'family',
      'Agree with my wife how much we send her parents and mine',
      'Every month we argue about money to her parents versus mine; both are retired and my dad is unwell.',
    );
    expect(en.keys[0]).toBe('fam-both-needs');
    expect(en.text).not.toMatch(/arguments with your parents/);
    // Whose parents get the holidays is the holiday row; a row with one's own parents keeps its steps.
    const holidays = await tap('family', 'Перестать спорить с женой, к чьим родителям ехать на Новый год', '', 'ru');
    expect(none(holidays.keys, 'fam-both-')).toEqual([]);
    const near = await tap('family', 'Stop arguing with my parents', 'Every visit ends in a row about my job.');
    expect(none(near.keys, 'fam-both-')).toEqual([]);
  });

  it('says it again, alone with a child who has just come out — no phones-in-a-basket family meal', async () => {
    const en = await tap(
      'family',
      'Support my daughter now she has come out',
      "She's 16 and told us she's gay last month; I hugged her and then changed the subject, and I think she noticed.",
      'en',
      ['Spending time with a teenager'],
    );
    expect(en.keys[0]).toBe('fam-out-words');
    expect(en.keys).not.toContain('fam-12');
    const ru = await tap(
      'family',
      'Не потерять связь с сыном после его признания',
      'Сыну 18, неделю назад сказал нам, что он гей. Я промолчал и теперь не знаю, как заговорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-out-words');
    expect(ru.texts[0]).toMatch(/наедине с сыном/);
    // The person's own coming out keeps their path.
    const near = await tap('family', 'Come out to my parents', "I'm gay and they're very religious.");
    expect(near.keys).not.toContain('fam-out-words');
  });

  it('mends an inherited instrument before the practice — a broken string, a bow with no hair — even after "None of these"', async () => {
    const ru = await tap(
      'instrument',
      'Научиться играть на отцовской скрипке',
      'Скрипка лежит в шкафу, две струны порвались, смычок без волоса. В детстве год ходил на фортепиано.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('inst-stored-check');
    const en = await tap(
      'instrument',
      "Learn to play my grandad's fiddle",
      'The bow has no hair left and the E string snapped years ago.',
      'en',
      ['None of these'],
    );
    expect(en.keys[0]).toBe('inst-stored-check');
    // A new instrument needs no repair first.
    const near = await tap('instrument', 'Learn the violin', 'Just bought a new one, never played.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).not.toContain('inst-stored-check');
  });

  it("puts grandchildren to bed through the power cuts on the children's routine — not the fan and wet cloths of a hot night", async () => {
    const en = await tap(
      'sleep',
      'Get my grandkids to bed on time',
      'They stay with me while their mum works away; the 10-year-old watches videos till midnight. The power goes off most nights here.',
    );
    expect(own(en.keys).slice(0, 2)).toEqual(['sleep-kid-talk', 'sleep-kid-devices']);
    expect(none(en.keys, 'sleep-power-')).toEqual([]);
    expect(none(en.keys, 'sleep-heat-')).toEqual([]);
    const ru = await tap(
      'sleep',
      'Уложить внуков вовремя',
      'Внуки 7 и 11 лет живут у меня, сидят в телефонах до ночи, а у нас часто отключают свет.',
      'ru',
    );
    expect(own(ru.keys)[0]).toBe('sleep-kid-talk');
    expect(none(ru.keys, 'sleep-power-')).toEqual([]);
    // An adult in a hot flat through the cuts keeps the power steps.
    const near = await tap(
      'sleep',
      'Sleep through the load-shedding',
      'When the power goes the fan stops and the room is 35 degrees.',
    );
    expect(near.keys[0]).toBe('sleep-power-charge');
  });

  it('sleeps by day after nights with small children at home — a quiet block and the quietest room, not the phone', async () => {
    const en = await tap(
      'sleep',
      'Sleep properly after night shifts',
      "I work nights at the depot. The kids are home all day, the walls are paper-thin and earplugs don't help.",
      'en',
      ['Working night shifts'],
    );
    expect(en.keys).toContain('sleep-day-deal');
    expect(en.keys).not.toContain('sleep-screens');
    const ru = await tap(
      'sleep',
      'Высыпаться после ночных смен',
      'Работаю в ночные смены на заводе, дома двое детей, стены тонкие, беруши не помогают.',
      'ru',
      ['Работа в ночные смены'],
    );
    expect(ru.keys).toContain('sleep-day-room');
    // Children at home with no night work: no day-sleep block.
    const near = await tap(
      'sleep',
      'Fall asleep earlier',
      'The kids are home all day and the walls are thin; I lie awake till 2.',
    );
    expect(none(near.keys, 'sleep-day-')).toEqual([]);
  });

  it('trains a stage racer for days back to back — not one target day for the whole distance or a comeback at half', async () => {
    const en = await tap(
      'sport',
      'Ride the Transalp with my brother',
      "I've been racing cross-country for about four years and did two marathons last season. It's seven stages in the Alps and I've never ridden more than two days back to back.",
      'en',
      ['Already', 'Cycling'],
    );
    expect(en.keys).toContain('sport-stage-gap');
    expect(en.keys).toContain('sport-stage-blocks');
    expect(en.keys).not.toContain('sport-03');
    expect(none(en.keys, 'sport-2')).toEqual([]);
    const ru = await tap(
      'sport',
      'Проехать многодневную гонку на МТБ',
      'Катаюсь четвёртый сезон, в прошлом году проехал два веломарафона. Гонка — пять этапов подряд, в паре с напарником.',
      'ru',
      ['Уже занимаюсь', 'Велоспорт'],
    );
    expect(ru.keys).toContain('sport-stage-gap');
    expect(ru.keys).toContain('sport-stage-pair');
    // A tour with a tent keeps the touring steps; a one-day race keeps its target day.
    const tour = await tap('sport', 'Cycle tour the Danube over a week', 'With a tent, about 80 km a day.', 'en', [
      'Already',
    ]);
    expect(none(tour.keys, 'sport-stage-')).toEqual([]);
    const near = await tap('sport', 'Ride a 100 km sportive', 'I ride 60 km every Saturday.', 'en', [
      'Already',
      'Cycling',
    ]);
    expect(none(near.keys, 'sport-stage-')).toEqual([]);
  });

  it('plans a lone open-water crossing as the swimmer’s own event with a boat beside — no event rules to read', async () => {
    const en = await tap(
      'sport',
      'Swim across the lake to the island',
      "I swim 3 km in the pool three times a week. There are no organised swims here, so I'll swim it alone early one morning.",
      'en',
      ['Already'],
    );
    expect(en.keys).toContain('sport-swim-own');
    expect(en.keys).not.toContain('sport-swim-rules');
    const ru = await tap(
      'sport',
      'Переплыть озеро Иссык-Куль в узком месте',
      'Плаваю в бассейне по 3 км, заплывов у нас нет, поплыву сам рано утром.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).toContain('sport-swim-own');
    // An organised river swim keeps its rules.
    const near = await tap(
      'sport',
      'Swim the Dart 10k in September',
      'I swim three times a week with a masters group, about 8 km a week, and did a 5 km lake swim last summer.',
      'en',
      ['Already'],
    );
    expect(near.keys).toContain('sport-swim-rules');
    expect(near.keys).not.toContain('sport-swim-own');
  });

  it('moves back home from abroad to a flat of one’s own once the tenants leave — no long-term rentals', async () => {
    const ru = await tap(
      'moving',
      'Переехать обратно из Турции в Алматы',
      'Прожили в Анталье четыре года, сыну 9. Наша квартира в Алматы сдаётся, жильцы съезжают только в сентябре.',
      'ru',
    );
    expect(ru.keys).toContain('ret-roof-own');
    expect(ru.keys).not.toContain('ret-roof');
    expect(ru.keys).not.toContain('move-09');
    const en = await tap(
      'moving',
      'Move back from Singapore to Perth',
      'Five years away with the kids; our tenants move out of our house in October.',
    );
    expect(en.keys).toContain('ret-roof-own');
    // A return with no home of one's own keeps the rentals.
    const near = await tap(
      'moving',
      'Move back from Dubai to Manchester',
      'Six years away; we need somewhere to rent near a school.',
    );
    expect(near.keys).toContain('ret-roof');
    expect(near.keys).not.toContain('ret-roof-own');
  });

  it("leaves home for the first time with a room found and the family's car — no flat search or removal quotes", async () => {
    const en = await tap(
      'moving',
      'Move to Brisbane for my apprenticeship',
      "I'm 19 and have never lived out of home. I've found a room in a share house near the depot, and Dad's bringing my stuff up in his ute.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('move-first-bag');
    expect(en.keys).not.toContain('move-09');
    expect(en.keys).not.toContain('move-04');
    const ru = await tap(
      'moving',
      'Переехать в Новосибирск на работу',
      'Нашла комнату недалеко от офиса, папа перевезёт вещи на своей машине.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('move-04');
  });

  it('rebuilds a fallen earth wall — what stands made safe, why it fell, earth or blocks — not a fence section and a ladder', async () => {
    const ru = await tap(
      'repair',
      'Восстановить саманный забор',
      'Зимой кусок метра четыре рухнул после оттепели, хочу сделать до лета сам с братом, не знаю, глиной или шлакоблоком.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toEqual(['fix-ewall-safe', 'fix-ewall-why', 'fix-ewall-ask', 'fix-ewall-clear', 'fix-ewall-base']);
    const en = await tap(
      'repair',
      'Rebuild the mud wall round our compound',
      'Part of the mud wall collapsed in the rains and the goats get out.',
      'en',
      ['None of these'],
    );
    expect(en.keys[0]).toBe('fix-ewall-safe');
    expect(none(en.keys, 'fix-out-')).toEqual([]);
    // A timber fence keeps its steps; cracked mud plaster keeps the plastering path.
    const fence = await tap('repair', 'Replace two fence panels', 'The storm knocked them out, posts are fine.', 'en', [
      'A fence, shed roof',
    ]);
    expect(fence.keys).toContain('fix-out-measure');
    expect(none(fence.keys, 'fix-ewall-')).toEqual([]);
    const plaster = await tap(
      'repair',
      'Re-plaster the mud walls of our rondavel',
      'The plaster is cracking and falling off.',
    );
    expect(plaster.keys[0]).toBe('fix-earth-look');
  });

  it('fixes a gate with no water valve, breaker or wall to scan first', async () => {
    const en = await tap(
      'repair',
      'Fix the garden gate',
      "It's sagged and scrapes the path; won't latch any more.",
      'en',
      ['Repairs'],
    );
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap('repair', 'Починить калитку', 'Деревянная, провисла и цепляет землю.', 'ru');
    expect(ru.keys).not.toContain('fix-03');
    const near = await tap('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(near.keys).toContain('fix-03');
  });

  it('gives someone who works in another owner’s salon no "numbers you already sell" — and reads the Saturdays worked there as no free time', async () => {
    const en = await tap(
      'business',
      'Start doing nails from my flat',
      "I've done nails for eight years at a salon where the owner takes 40% and I work every Saturday there. I want my own clients.",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-improve');
    expect(en.text).not.toMatch(/on Saturdays/);
    const ru = await tap(
      'business',
      'Начать стричь на дому',
      'Десять лет работаю в салоне на хозяйку, она забирает половину. Хочу своих клиентов.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
    // A business already trading keeps its numbers.
    const near = await tap(
      'business',
      'Grow my Etsy shop',
      "I've been selling candles for two years, about 40 orders a month.",
      'en',
      ['A business already trading'],
    );
    expect(near.keys).toContain('biz-numbers');
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Learn guitar', ['I work Monday to Friday, free on Saturdays.']).values.window?.id).toBe(
      'saturday',
    );
    expect(
      reader.read('Научиться шить', ['Работаю по субботам и воскресеньям на рынке.']).values.window,
    ).toBeUndefined();
    expect(reader.read('Научиться шить', ['По субботам не работаю, можно заниматься.']).values.window?.id).toBe(
      'saturday',
    );
  });

  it('skips the "About us" page for a council the person already knows from its meetings', async () => {
    const en = await tap(
      'interview',
      'Interview to be clerk to our town council',
      "I've sat in on their meetings for years and know most of the councillors; the interview is next Tuesday.",
    );
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'Пройти собеседование на секретаря сельсовета',
      'Я хожу на их заседания уже пять лет, знаю их всех. Собеседование через неделю.',
      'ru',
    );
    expect(ru.keys).not.toContain('intv-02');
    const near = await tap('interview', 'Prepare for my interview at a bank', 'Customer service role, next Monday.');
    expect(near.keys).toContain('intv-02');
  });

  it('asks for a carrier test by name and for both partners — no list of every medicine', async () => {
    const en = await tap(
      'checkup',
      'Get a genotype test before we get married',
      "My fiancé is AS and I don't know mine; the clinic near us isn't sure which test I need.",
    );
    expect(en.keys[0]).toBe('chk-carrier-test');
    expect(en.keys).toContain('chk-carrier-both');
    expect(en.keys).not.toContain('chk-05');
    const ru = await tap(
      'checkup',
      'Сдать анализ на носительство талассемии перед беременностью',
      'У мужа в семье была талассемия, хотим ребёнка в следующем году.',
      'ru',
    );
    expect(ru.keys).toContain('chk-carrier-test');
    expect(ru.keys).not.toContain('chk-05');
    const near = await tap('checkup', 'See the GP about my knee', "It's been sore for a month.");
    expect(none(near.keys, 'chk-carrier-')).toEqual([]);
  });

  it('reads a first festival of the dead without them as a hard date — no "say yes to an offer of help"', async () => {
    const en = await tap(
      'grief',
      'Get through the first Diwali without my dad',
      'He always did the lamps and the puja; it is in three weeks and nobody in the family wants to talk about it.',
      'en',
      ['An anniversary'],
    );
    expect(en.keys[0]).toBe('grief-anniv-day');
    expect(en.keys).not.toContain('grief-08');
    const ru = await tap(
      'grief',
      'Пережить первую Радоницу без мамы',
      'Мама всегда собирала всех на кладбище, в этом году некому.',
      'ru',
      ['Годовщина'],
    );
    expect(ru.keys[0]).toBe('grief-anniv-day');
    // A loss with no date ahead gets no day to plan.
    const near = await tap('grief', 'Cope after my dad died', 'It was three weeks ago and the house is so quiet.');
    expect(near.keys).not.toContain('grief-anniv-day');
  });

  it('mutes the feeds someone compares themselves against — no quit date for a comparison', async () => {
    const en = await tap(
      'quit',
      'Stop comparing myself to influencers on TikTok',
      "I'm 22 and feel ugly after every scroll.",
    );
    expect(en.keys[0]).toBe('quit-cmp-mute');
    expect(en.keys).not.toContain('quit-date');
    const ru = await tap(
      'quit',
      'Перестать сравнивать свою жизнь с чужими в соцсетях',
      'После ленты кажется, что у всех всё лучше.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-cmp-mute');
    const near = await tap('quit', 'Quit smoking', 'Twenty a day for ten years.');
    expect(none(near.keys, 'quit-cmp-')).toEqual([]);
  });

  it('reads «поэтому» as no poet and «стихийное бедствие» as no verse', async () => {
    const buttons = (asked: { choices?: string[] }[]) => asked.flatMap((question) => question.choices ?? []);
    const story = await tap(
      'writing',
      'Написать рассказ для конкурса',
      'Времени мало, поэтому хочу начать уже на этой неделе.',
      'ru',
    );
    expect(buttons(story.asked)).not.toContain('Стихи или тексты песен');
    const quake = await tap(
      'writing',
      'Написать книгу о землетрясении',
      'Это было стихийное бедствие, я работала в больнице.',
      'ru',
    );
    expect(buttons(quake.asked)).not.toContain('Стихи или тексты песен');
    const reading = await tap('reading', 'Читать больше', 'Много работаю, поэтому читаю только в метро.', 'ru');
    expect(buttons(reading.asked)).not.toContain('Начать читать стихи');
    const near = await tap('writing', 'Писать стихи', 'Хочу писать, как любимый поэт.', 'ru', ['Стихи']);
    expect(near.keys).toContain('write-poem-read');
  });

  it('reads «страховка» as no fear: friends driving abroad get no lone traveller’s evening plan', async () => {
    const ru = await tap(
      'travel',
      'Съездить на машине в Грузию',
      'Едем втроём с друзьями на моей машине, не знаем, какая страховка нужна на границе.',
      'ru',
      ['Путешествие на машине'],
    );
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Съездить в Грузию', ['Какую страховку брать?']).values.fear).toBeUndefined();
    expect(reader.read('Съездить в Грузию', ['Страх перед дорогой.']).values.fear?.id).toBe('nerves');
  });
});
